import CatallaxModel
import Testing

@Suite struct CurveVolatilityParametersTests {
    @Test func defaultsAreTheReferenceConstants() throws {
        let p = try CurveVolatilityParameters(assigning: [])
        #expect(p.agents == 1000 && p.steps == 1000)
        #expect(p.activity == 0.1 && p.maxFraction == 0.1 && p.feeRate == 0.003)
        #expect(p.lag == 10 && p.momentumThreshold == 0.01 && p.valueThreshold == 0.02)
        #expect(p.reactivity == 1 && p.beliefSpread == 0.1 && p.initialBalance == 100)
        #expect(p.initialSupply == 100_000 && p.noiseShare == 0.6 && p.momentumShare == 0.2 && p.shock == 0)
        #expect(p.noiseTraders == 600 && p.momentumTraders == 200 && p.fundamentalists == 200)
        #expect(p.curve.family == .linear)
    }

    @Test(arguments: CurveFamily.allCases)
    func referenceCurvesPriceOneAtTheInitialSupply(family: CurveFamily) {
        let price = CurveVolatilityParameters.reference(family).curve.price(atSupply: 100_000)
        #expect(abs(price - 1) < 1e-12)
    }

    @Test func assignmentsSetTheirParameters() throws {
        let p = try CurveVolatilityParameters(assigning: [
            ("curve", .word("sigmoid")), ("k", .number(5e-5)), ("fee", .number(0.01)), ("agents", .number(200)),
        ])
        #expect(p.curve.family == .sigmoid)
        #expect(p.familyValues.first { $0.key == "k" }?.value == 5e-5)
        #expect(p.feeRate == 0.01 && p.agents == 200)
    }

    @Test func misspelledKeyNamesTheClosestKey() {
        #expect(throws: ParameterError.unknownKey(key: "fe", allowed: (CurveVolatilityParameters.descriptors + CurveFamily.linear.descriptors).map(\.key), suggestion: "fee")) {
            try CurveVolatilityParameters(assigning: [("fe", .number(0.1))])
        }
    }

    @Test func curveParameterOfAnotherFamilyIsUnknown() {
        #expect(throws: ParameterError.self) {
            try CurveVolatilityParameters(assigning: [("curve", .word("linear")), ("n", .number(2))])
        }
    }

    @Test(arguments: [("fee", -0.1), ("kappa", 0), ("agents", 0), ("agents", 2.5), ("p_act", 1.5), ("fee", .nan), ("s_init", .infinity)])
    func outOfDomainValuesAreRejectedWithTheirDomain(key: String, value: Double) {
        do {
            _ = try CurveVolatilityParameters(assigning: [(key, .number(value))])
            Issue.record("\(key) = \(value) was accepted")
        } catch {
            #expect(error.key == key)
            #expect(error.description.contains(key))
            #expect(error.description.contains("not allowed"))
        }
    }

    @Test func sharesAboveOneAreInconsistent() {
        #expect(throws: ParameterError.inconsistent(keys: ["f_noise", "f_mom"], reason: "f_noise + f_mom = 1.2 exceeds 1")) {
            try CurveVolatilityParameters(assigning: [("f_noise", .number(0.7)), ("f_mom", .number(0.5))])
        }
    }

    @Test func unknownCurveListsTheFamilies() {
        do {
            _ = try CurveVolatilityParameters(assigning: [("curve", .word("cubic"))])
            Issue.record("cubic was accepted")
        } catch {
            #expect(error.description == "'curve' = cubic is not allowed: curve one of linear, exponential, sigmoid, power, root, inverse, step, segmented.")
        }
    }

    @Test func shockStepMustFallInsideTheRun() {
        #expect(throws: ParameterError.self) {
            try CurveVolatilityParameters(assigning: [("steps", .number(100)), ("t_shock", .number(100))])
        }
    }
}
