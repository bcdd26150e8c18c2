import CatallaxModel
@testable import CatallaxSweep
import Testing

/// Errors of the file and its top level.
@Suite struct SpecErrorTests {
    @Test func missingFileIsUnreadable() {
        let path = "/nonexistent/catallax/sweep.toml"
        let error = #expect(throws: SpecError.self) { try SweepSpec.load(contentsOf: path) }
        #expect(error == .unreadableFile(file: path, reason: "no such file"))
        #expect(error?.description == "Cannot read sweep file '/nonexistent/catallax/sweep.toml' (no such file); give the path of a readable TOML file.")
    }

    @Test func syntaxErrorGivesLineAndColumn() {
        let error = SpecFixture.error(in: "name = \"x\"\nseed = = 3\n")
        guard case let .syntax(file, line, column, _)? = error else {
            Issue.record("expected a syntax error, got \(String(describing: error))")
            return
        }
        #expect(file == SpecFixture.file)
        #expect(line == 2)
        #expect(column >= 7)
        #expect(error!.description.contains("'\(SpecFixture.file)' is not valid TOML at line 2"))
    }

    /// The input that aborted the process inside the former C++ TOML library
    /// (issue 11), and bytes that are not UTF-8: refusals with a line and column.
    @Test func brokenHeadersAndNonUTF8AreSyntaxErrors() throws {
        let shipped = try String(contentsOfFile: SweepFilesTests.path("curve-volatility-quick.toml"), encoding: .utf8)
        let lines = shipped.split(separator: "\n", omittingEmptySubsequences: false).count
        let error = SpecFixture.error(in: shipped + "[[[ broken\n")
        #expect(error == .syntax(file: SpecFixture.file, line: lines, column: 3, message: "expected a key, found '['"))
        let bytes = Array("name = \"x\"\nseed = ".utf8) + [0xFF, 0x0A]
        let decoded = #expect(throws: SpecError.self) { try SweepSpec(decoding: bytes, file: SpecFixture.file) }
        guard case let .syntax(_, line, column, _)? = decoded else { Issue.record("\(String(describing: decoded))"); return }
        #expect((line, column) == (2, 8))
    }

    @Test func unknownTopLevelKeySuggestsTheNearestKey() {
        let error = SpecFixture.error("seeed = 3\n[[block]]\n")
        #expect(error == .unknownKey(file: SpecFixture.file, keyPath: "seeed", allowed: _SpecHeader.rootKeys, suggestion: "seed"))
        SpecFixture.expectMessage(error, keyPath: "seeed", mentions: ["did you mean 'seed'?", "replicates", "block"])
    }

    @Test func unknownKeyFarFromAnyKeyHasNoSuggestion() {
        let error = SpecFixture.error("[[block]]\nwhatever = 1\n")
        guard case let .unknownKey(_, keyPath, _, suggestion)? = error else {
            Issue.record("expected an unknown key")
            return
        }
        #expect(keyPath == "block[0].whatever")
        #expect(suggestion == nil)
        SpecFixture.expectMessage(error, keyPath: "block[0].whatever", mentions: ["axes", "anchor", "fee"])
    }

    @Test func missingRequiredKeysAreNamed() {
        for key in ["name", "scenario", "seed", "replicates"] {
            let text = SpecFixture.header.split(separator: "\n").filter { !$0.hasPrefix(key + " ") }.joined(separator: "\n") + "\n[[block]]\n"
            let error = SpecFixture.error(in: text)
            guard case .missingKey? = error else {
                Issue.record("\(key): expected a missing key, got \(String(describing: error))")
                continue
            }
            SpecFixture.expectMessage(error, keyPath: key, mentions: ["required"])
        }
    }

    @Test func seedOfTheWrongTypeNamesWhatIsAllowed() {
        let text = SpecFixture.header.replacingOccurrences(of: "seed = 7", with: "seed = \"seven\"") + "[[block]]\n"
        let error = SpecFixture.error(in: text)
        #expect(error == .wrongType(file: SpecFixture.file, keyPath: "seed", value: "\"seven\"", allowed: "a whole number from 0 to \(Int64.max)"))
        SpecFixture.expectMessage(error, keyPath: "seed", mentions: ["\"seven\"", "wrong type", "a whole number"])
    }

    @Test func realWhereAWholeNumberIsExpectedIsTheWrongType() {
        let text = SpecFixture.header.replacingOccurrences(of: "replicates = 4", with: "replicates = 4.0") + "[[block]]\n"
        let error = SpecFixture.error(in: text)
        guard case .wrongType? = error else { Issue.record("expected a wrong type"); return }
        SpecFixture.expectMessage(error, keyPath: "replicates", mentions: ["4.0", "a whole number from 1 to 1000000"])
    }

    @Test func negativeSeedAndZeroReplicatesAreOutOfDomain() {
        let seed = SpecFixture.error(in: SpecFixture.header.replacingOccurrences(of: "seed = 7", with: "seed = -1") + "[[block]]\n")
        #expect(seed == .outOfDomain(file: SpecFixture.file, keyPath: "seed", value: "-1", allowed: "a whole number from 0 to \(Int64.max)"))
        let replicates = SpecFixture.error(in: SpecFixture.header.replacingOccurrences(of: "replicates = 4", with: "replicates = 0") + "[[block]]\n")
        SpecFixture.expectMessage(replicates, keyPath: "replicates", mentions: ["= 0", "a whole number from 1 to 1000000"])
    }

    /// Sizes whose outcomes would not fit in memory are refused before any point is built.
    @Test func tooManyReplicatesOrRunsAreOutOfDomain() {
        let many = SpecFixture.error(in: SpecFixture.header.replacingOccurrences(of: "replicates = 4", with: "replicates = 1000001") + "[[block]]\n")
        SpecFixture.expectMessage(many, keyPath: "replicates", mentions: ["= 1000001", "a whole number from 1 to 1000000"])
        let text = SpecFixture.header.replacingOccurrences(of: "replicates = 4", with: "replicates = 1000000")
            + "[[block]]\n[block.axes]\nagents = { from = 1, to = 100, count = 100 }\n"
        let runs = SpecFixture.error(in: text)
        SpecFixture.expectMessage(runs, keyPath: "replicates", mentions: ["1000000 replicates of 100 points", "at most 20000000 runs"])
    }

    @Test func nameThatCannotNameAFolderIsRejected() {
        let error = SpecFixture.error(in: SpecFixture.header.replacingOccurrences(of: "\"test\"", with: "\"my sweep/1\"") + "[[block]]\n")
        SpecFixture.expectMessage(error, keyPath: "name", mentions: ["\"my sweep/1\"", "letters, digits"])
    }

    @Test func unknownScenarioListsTheScenarios() {
        let text = SpecFixture.header.replacingOccurrences(of: "\"curve-volatility\"", with: "\"curve-volatilty\"") + "[[block]]\n"
        let error = SpecFixture.error(in: text)
        #expect(error == .unknownChoice(file: SpecFixture.file, keyPath: "scenario", value: "curve-volatilty",
                                        allowed: Scenario.all.map(\.name), suggestion: "curve-volatility"))
        SpecFixture.expectMessage(error, keyPath: "scenario", mentions: ["\"curve-volatilty\"", "allowed: curve-volatility"])
    }

    @Test func objectiveMustBeAMetric() {
        let error = SpecFixture.error("objective = \"calm\"\n[[block]]\n")
        guard case let .unknownChoice(_, _, value, allowed, _)? = error else { Issue.record("expected an unknown choice"); return }
        #expect(value == "calm")
        #expect(allowed == ["volatility", "max_drawdown", "log_return", "volume", "fees", "gini", "shock_drop", "recovery_steps", "recovery_censored"])
        SpecFixture.expectMessage(error, keyPath: "objective", mentions: ["\"calm\"", "volatility, max_drawdown"])
    }

    @Test func objectiveOrderMustBeAscendingOrDescending() {
        let error = SpecFixture.error("objective_order = \"up\"\n[[block]]\n")
        SpecFixture.expectMessage(error, keyPath: "objective_order", mentions: ["ascending, descending"])
    }

    @Test func shockObjectiveNeedsAShockAtEveryPoint() {
        let error = SpecFixture.error("objective = \"shock_drop\"\n[[block]]\nshock = 0.1\n[[block]]\n")
        SpecFixture.expectMessage(error, keyPath: "objective", mentions: ["point 1 (block[1])", "shock > 0", "every point"])
    }

    /// The market-clearing header: its scenario decides the keys, metrics and what is refused.
    static let marketHeader = SpecFixture.header.replacingOccurrences(of: "\"curve-volatility\"", with: "\"market-clearing\"")

    @Test func aBookMetricObjectiveNeedsABookAtEveryPoint() {
        let text = Self.marketHeader + "objective = \"spread\"\n[[block]]\n[block.axes]\nmechanism = [\"call\", \"tatonnement\"]\n"
        let error = SpecFixture.error(in: text)
        SpecFixture.expectMessage(error, keyPath: "objective", mentions: ["point 1 (block[0])", "a mechanism with a book", "every point"])
    }

    @Test func anAnchorNeedsACurve() {
        let error = SpecFixture.error(in: Self.marketHeader + "[[block]]\nanchor = \"unit-price\"\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].anchor", mentions: ["scenario", "no level rule"])
    }

    @Test func keysBelongToTheSpecsScenario() {
        let error = SpecFixture.error(in: Self.marketHeader + "[fixed]\nfee = 0.01\n[[block]]\n")
        guard case let .unknownKey(_, keyPath, allowed, _)? = error else { Issue.record("expected an unknown key, got \(String(describing: error))"); return }
        #expect(keyPath == "fixed.fee")
        #expect(allowed.contains("mechanism") && !allowed.contains("curve"))
    }

    @Test func noBlocksMeansNoPoints() {
        let error = SpecFixture.error("")
        #expect(error == .noPoints(file: SpecFixture.file, keyPath: "block", allowed: "add at least one block as an array of tables, written [[block]]"))
        SpecFixture.expectMessage(error, keyPath: "block", mentions: ["no runnable points", "[[block]]"])
    }

    @Test func blockWrittenAsOneTableIsTheWrongType() {
        let error = SpecFixture.error("[block]\ncurve = \"linear\"\n")
        SpecFixture.expectMessage(error, keyPath: "block", mentions: ["wrong type", "[[block]]"])
    }

    @Test func pathsReplicatesCannotExceedReplicates() {
        let error = SpecFixture.error("[paths]\nreplicates = 5\n[[block]]\n")
        SpecFixture.expectMessage(error, keyPath: "paths.replicates", mentions: ["= 5", "from 0 to replicates = 4"])
    }

    @Test func pathsPointsIsNotYetAccepted() {
        let error = SpecFixture.error("[paths]\npoints = \"best-worst\"\n[[block]]\n")
        SpecFixture.expectMessage(error, keyPath: "paths.points", mentions: ["allowed keys: replicates"])
    }

    @Test func fixedValueOutOfDomainNamesItsKeyPath() {
        let error = SpecFixture.error("[fixed]\np_act = 2\n[[block]]\n")
        #expect(error == .outOfDomain(file: SpecFixture.file, keyPath: "fixed.p_act", value: "2", allowed: "0 ≤ p_act ≤ 1, finite"))
        SpecFixture.expectMessage(error, keyPath: "fixed.p_act", mentions: ["= 2", "0 ≤ p_act ≤ 1"])
    }

    @Test func fixedBooleanIsTheWrongType() {
        let error = SpecFixture.error("[fixed]\nfee = true\n[[block]]\n")
        SpecFixture.expectMessage(error, keyPath: "fixed.fee", mentions: ["true", "a number or a word"])
    }
}
