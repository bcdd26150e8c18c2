import CatallaxModel
import CatallaxNumerics
import Testing
import _CatallaxTestSupport

/// The contract every registered scenario keeps, checked on each of its
/// reference points (cut to a few steps): a new scenario gets these tests
/// by being in the registry.
@Suite struct ScenarioContractTests {
    /// Every reference point of every registered scenario, short enough for a debug build.
    static let cases: [ContractCase] = Scenario.all.flatMap { scenario in
        scenario.referencePoints.map { ContractCase(scenario: scenario, label: $0.label, point: $0.parameters.shortened(toSteps: 40)) }
    }

    static func keys(_ replicates: Range<Int>) -> [RunKey] { ScenarioBatchRunner.keys(replicates) }

    static func outcomes(_ point: ScenarioParameters, _ replicates: Range<Int>, laneWidth: Int = 4,
                         after warmUp: [ScenarioParameters] = []) -> [RunOutcome] {
        ScenarioBatchRunner.outcomes(point, keys: keys(replicates), laneWidth: laneWidth, after: warmUp)
    }

    @Test(arguments: cases)
    func resultsAreTheSameAtEveryLaneWidth(_ c: ContractCase) {
        let two = Self.outcomes(c.point, 0..<8, laneWidth: 2)
        let four = Self.outcomes(c.point, 0..<8, laneWidth: 4)
        let eight = Self.outcomes(c.point, 0..<8, laneWidth: 8)
        #expect(two == four)
        #expect(four == eight)
    }

    @Test(arguments: cases)
    func aRunIsTheSameInEveryLaneOfABatch(_ c: ContractCase) {
        let keys = Self.keys(0..<4)
        let forward = ScenarioBatchRunner.outcomes(c.point, keys: keys, laneWidth: 4)
        let rotated = ScenarioBatchRunner.outcomes(c.point, keys: Array(keys[1...]) + [keys[0]], laneWidth: 4)
        #expect(Array(forward[1...]) + [forward[0]] == rotated)
        // A partial batch: its real lanes give what they give in a full one.
        #expect(ScenarioBatchRunner.outcomes(c.point, keys: Array(keys[..<3]), laneWidth: 4) == Array(forward[..<3]))
    }

    @Test(arguments: cases)
    func aReusedKernelGivesWhatANewOneGives(_ c: ContractCase) {
        // The point on a worker whose kernel first ran every point of its
        // scenario, forward and backward, so the kernel meets it after others
        // grew and dirtied its buffers (each scenario has its own kernel, so
        // other scenarios' points never touch it).
        let same = Self.cases.filter { $0.scenario.name == c.scenario.name }.map(\.point)
        let fresh = Self.outcomes(c.point, 0..<4)
        #expect(Self.outcomes(c.point, 0..<4, after: same) == fresh)
        #expect(Self.outcomes(c.point, 0..<4, after: same.reversed()) == fresh)
    }

    @Test(arguments: cases)
    func differentReplicatesDiffer(_ c: ContractCase) {
        let outcomes = Self.outcomes(c.point, 0..<4)
        #expect(Set(outcomes.map { $0.values.map { $0?.bitPattern } }).count > 1)
    }

    @Test(arguments: cases)
    func outcomesHoldOneValueForEachMetricAndOnlyTheReportedOnes(_ c: ContractCase) {
        let reported = Set(c.point.reportedMetrics.map(\.name))
        for outcome in Self.outcomes(c.point, 0..<4) {
            #expect(outcome.failure == nil, "\(outcome.failure ?? "")")
            #expect(outcome.values.count == c.scenario.metrics.count)
            for metric in c.scenario.metrics where !reported.contains(metric.name) {
                #expect(outcome[metric] == nil, "\(metric.name) is not reported at \(c.label) but has a value")
            }
        }
    }

    @Test(arguments: cases)
    func keyedTextsSpelledIntoBytesAreTheListsWithTheGivenTextsInPlace(_ c: ContractCase) {
        let texts = c.point.keyedTexts
        // The oracle: the list, each given key's first entry replaced by its text unless that text is empty.
        func expected(_ given: [(key: String, value: String)]) -> String {
            var values = texts
            for (key, value) in given where !value.isEmpty {
                if let i = values.firstIndex(where: { $0.key == key }) { values[i].value = value }
            }
            return values.map { " \($0.key)=\($0.value)" }.joined()
        }
        func spelled(_ given: [(key: String, value: String)]) -> String {
            var text = ByteText()
            c.point.appendKeyedTexts(to: &text, replacing: given)
            return String(decoding: text.bytes, as: UTF8.self)
        }
        #expect(spelled([]) == expected([]))
        // Every key given anew, an empty text (which changes nothing), and a key the point does not have.
        let given = texts.enumerated().map { (key: $0.element.key, value: $0.offset % 3 == 2 ? "" : "given\($0.offset)") }
        #expect(spelled(given) == expected(given))
        #expect(spelled(given.reversed() + [("no-such-key", "x")]) == expected(given.reversed() + [("no-such-key", "x")]))
        // A key given twice: the later non-empty text wins, as the list's replacements in turn give.
        if let first = texts.first {
            let twice = [(key: first.key, value: "early"), (key: first.key, value: "late"), (key: first.key, value: "")]
            #expect(spelled(twice) == expected(twice))
        }
    }

    @Test(arguments: cases)
    func keyedValuesRoundTrip(_ c: ContractCase) throws {
        let keyed = c.point.keyedValues
        #expect(Set(keyed.keys) == Set(c.point.keys))
        let again = try c.scenario.parameters(assigning: c.point.keys.map { ($0, ParameterValue(parsing: keyed[$0]!)) })
        #expect(again.keyedValues == keyed)
        #expect(again.summaryLine == c.point.summaryLine)
    }

    @Test(arguments: cases)
    func theDeclaredInvariantsHoldAfterEveryStep(_ c: ContractCase) {
        let (violations, checks) = ScenarioBatchRunner.invariantViolations(c.point, keys: Self.keys(0..<3))
        #expect(checks >= 2)
        #expect(violations == [nil, nil, nil])
    }

    @Test(arguments: Scenario.all)
    func declarationsAreConsistent(_ scenario: Scenario) throws {
        let keys = scenario.descriptors.map(\.key)
        #expect(Set(keys).count == keys.count)
        for d in scenario.parameterGroups.flatMap(\.descriptors) {
            if let value = d.defaultValue { #expect(throws: Never.self) { _ = try d.checked(value) } }
            #expect(d.defaultValue != nil || d.defaultText != nil, "\(d.key) has no default")
            #expect(!d.summary.isEmpty && !d.name.isEmpty)
        }
        let metrics = scenario.metrics.map(\.name)
        #expect(Set(metrics).count == metrics.count)
        #expect(scenario.metrics.enumerated().allSatisfy { $0.offset == $0.element.index })
        #expect(metrics.contains(scenario.defaultObjective.name))
        #expect(!scenario.referencePoints.isEmpty)
        #expect(try scenario.parameters(assigning: []) == scenario.defaultParameters)
        if let families = scenario.families {
            #expect(keys.contains(families.key))
            for family in families.members {
                #expect(family.mainAxisKey.map { key in family.descriptors.contains { $0.key == key } } ?? true)
                #expect(family.levelKeys.allSatisfy { key in family.descriptors.contains { $0.key == key } })
            }
        }
    }

    @Test(arguments: Scenario.all)
    func anUnknownKeyIsRefusedWithTheClosestOne(_ scenario: Scenario) {
        let key = scenario.descriptors[1].key
        #expect {
            _ = try scenario.parameters(assigning: [(key + "x", .number(1))])
        } throws: { error in
            guard case let ParameterError.unknownKey(given, allowed, suggestion) = error else { return false }
            return given == key + "x" && allowed.contains(key) && suggestion == key
        }
    }
}

/// One reference point of one scenario, named for the test's output.
struct ContractCase: Sendable, CustomTestStringConvertible {
    let scenario: Scenario
    let label: String
    let point: ScenarioParameters
    var testDescription: String { "\(scenario.name) \(label)" }
}
