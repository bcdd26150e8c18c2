import CatallaxModel
import Testing

@Suite struct MarketClearingParametersTests {
    @Test func defaultsAreTheReferenceConstants() throws {
        let p = try MarketClearingParameters(assigning: [])
        #expect(p == MarketClearingParameters())
        #expect(p.agents == 1000 && p.steps == 1000 && p.activity == 0.1 && p.maxFraction == 0.1)
        #expect(p.lag == 10 && p.momentumThreshold == 0.01 && p.valueThreshold == 0.02 && p.reactivity == 1)
        #expect(p.beliefSpread == 0.1 && p.initialBalance == 100 && p.noiseShare == 0.6 && p.momentumShare == 0.2)
        #expect(p.mechanism == .continuous && p.tickCount == 1000 && p.initialTick == 100 && p.initialUnits == 100)
        #expect(p.noiseTraders == 600 && p.momentumTraders == 200 && p.fundamentalists == 200)
        #expect(p.agentSteps == 1e6)
    }

    @Test func everyDescriptorKeyHasAValueAndItsDefault() throws {
        let p = MarketClearingParameters()
        let keyed = p.keyedValues
        #expect(Set(keyed.keys) == Set(MarketClearingParameters.descriptors.map(\.key)))
        for descriptor in MarketClearingParameters.descriptors {
            guard let value = descriptor.defaultValue else { continue }
            switch value {
            case .number(let x): #expect(Double(keyed[descriptor.key]!) == x, "\(descriptor.key)")
            case .word(let w): #expect(keyed[descriptor.key] == w)
            }
        }
        #expect(keyed["agents"] == "1000" && keyed["h0"] == "100" && keyed["p0"] == "1.0")
    }

    @Test func keyedValuesAssignBackToTheSameParameters() throws {
        let p = try MarketClearingParameters(assigning: [
            ("mechanism", .word("tatonnement")), ("lambda", .number(3e-4)), ("adjustment", .word("saturated")),
            ("saturation", .number(20)), ("v0", .number(1.2)), ("tick", .number(0.05)), ("p0", .number(2)),
            ("interval", .number(3)), ("agents", .number(200)),
        ])
        let back = try MarketClearingParameters(assigning: p.keyedValues.map { ($0.key, ParameterValue(parsing: $0.value)) })
        #expect(back == p)
        #expect(p.priceAdjustment == .saturated(scale: 20))
        #expect(p.initialTick == 40)
    }

    @Test func laterAssignmentsWin() throws {
        let p = try MarketClearingParameters(assigning: [("mechanism", .word("call")), ("eta", .number(0.1)), ("mechanism", .word("tatonnement"))])
        #expect(p.mechanism == .tatonnement && p.limitOffset == 0.1)
    }

    @Test func summaryLineNamesTheMechanismAndWhatChanged() throws {
        let p = try MarketClearingParameters(assigning: [("mechanism", .word("call")), ("interval", .number(5)), ("eta", .number(0.05))])
        #expect(p.summaryLine == "mechanism=call eta=0.05 interval=5")
        #expect(MarketClearingParameters().summaryLine == "mechanism=continuous")
    }

    @Test func misspelledKeyNamesTheClosestKey() {
        #expect(throws: ParameterError.unknownKey(key: "lamda", allowed: MarketClearingParameters.descriptors.map(\.key), suggestion: "lambda")) {
            try MarketClearingParameters(assigning: [("lamda", .number(0.1))])
        }
    }

    @Test(arguments: [("tick", 0.0), ("lambda", -1), ("h0", 2.5), ("interval", 0), ("p_act", 1.5), ("eta", .nan), ("p0", .infinity), ("saturation", 0)])
    func outOfDomainValuesAreRejectedWithTheirDomain(key: String, value: Double) {
        do {
            _ = try MarketClearingParameters(assigning: [(key, .number(value))])
            Issue.record("\(key) = \(value) was accepted")
        } catch {
            #expect(error.key == key)
            #expect(error.description.contains("not allowed"))
        }
    }

    @Test func unknownMechanismListsTheMechanisms() {
        do {
            _ = try MarketClearingParameters(assigning: [("mechanism", .word("batch"))])
            Issue.record("batch was accepted")
        } catch {
            #expect(error.description == "'mechanism' = batch is not allowed: mechanism one of continuous, call, tatonnement.")
        }
    }

    @Test func startingPriceOffTheTickGridIsInconsistent() {
        #expect(throws: ParameterError.inconsistent(keys: ["p0", "tick"], reason: "p0 = 1.005 is not a whole number of ticks of 0.01")) {
            try MarketClearingParameters(assigning: [("p0", .number(1.005))])
        }
    }

    @Test func startingPriceAboveTheBookIsInconsistent() {
        #expect(throws: ParameterError.self) {
            try MarketClearingParameters(assigning: [("p0", .number(12))])
        }
    }

    @Test(arguments: [(1e-7, 10.0), (0.01, 0.01)])
    func bookOfTooManyOrTooFewTicksIsInconsistent(tick: Double, maxPrice: Double) {
        do {
            _ = try MarketClearingParameters(assigning: [("tick", .number(tick)), ("max_price", .number(maxPrice)), ("p0", .number(0.01))])
            Issue.record("a book of \(maxPrice / tick) ticks was accepted")
        } catch {
            #expect(error.key == "max_price")
        }
    }

    @Test func sharesAboveOneAreInconsistent() {
        #expect(throws: ParameterError.inconsistent(keys: ["f_noise", "f_mom"], reason: "f_noise + f_mom = 1.2 exceeds 1")) {
            try MarketClearingParameters(assigning: [("f_noise", .number(0.7)), ("f_mom", .number(0.5))])
        }
    }
}
