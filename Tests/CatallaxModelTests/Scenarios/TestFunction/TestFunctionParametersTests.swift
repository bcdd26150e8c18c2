@testable import CatallaxModel
import Testing

@Suite struct TestFunctionParametersTests {
    @Test func defaultsAreTheSphereAtTheOriginInThreeDimensionsWithoutNoise() throws {
        let p = try TestFunctionParameters(assigning: [])
        #expect(p == TestFunctionParameters())
        #expect(p.function == .sphere && p.dimension == 3 && p.noise == 0 && p.exactValue == 0)
        #expect(p.agentSteps == 1 && p.shortened(toSteps: 1) == p)
        #expect(p.summaryLine == "function=sphere")
        let defaults = TestFunctionParameters.descriptors.map { "\($0.key)=\($0.defaultValue.map(\.description) ?? "")" }
        #expect(defaults == ["function=sphere", "dimension=3"] + (1...8).map { "x\($0)=0" } + ["a=7", "b=0.1"]
                + zip(1...8, ["0", "1", "4.5", "9", "99", "99", "99", "99"]).map { "a\($0)=\($1)" } + ["noise=0"])
    }

    @Test func assignmentsSetTheInputsAndCoefficients() throws {
        let p = try testFunctionPoint([("function", .word("sobol-g")), ("x2", .number(0.75)), ("a3", .number(2)),
                                       ("noise", .number(0.5)), ("dimension", .number(8))])
        #expect(p.function == .sobolG && p.inputs[1] == 0.75 && p.sobolCoefficients[2] == 2 && p.noise == 0.5)
        #expect(p.summaryLine == "function=sobol-g dimension=8 x2=0.75 a3=2.0 noise=0.5")
        let again = try TestFunctionParameters(assigning: p.keyedValues.map { ($0.key, ParameterValue(parsing: $0.value)) })
        #expect(again == p)
    }

    @Test func everyFunctionIsValidAtTheDefaultsWhenOnlyTheFunctionChanges() throws {
        for word in TestFunction.words { #expect(throws: Never.self) { try testFunctionPoint([("function", .word(word))]) } }
    }

    /// Refused as inconsistent, naming `keys` in this order.
    static func expectInconsistent(_ assignments: [(key: String, value: ParameterValue)], keys: [String], saying text: String,
                                   sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(sourceLocation: sourceLocation) {
            try testFunctionPoint(assignments)
        } throws: { error in
            guard case let .inconsistent(named, reason)? = error as? ParameterError else { return false }
            return named == keys && reason.contains(text)
        }
    }

    @Test func ishigamiNeedsExactlyThreeInputs() {
        Self.expectInconsistent([("function", .word("ishigami")), ("dimension", .number(2))], keys: ["dimension", "function"],
                                saying: "ishigami needs dimension exactly 3, but dimension = 2")
    }

    @Test func rosenbrockNeedsTwoInputs() {
        Self.expectInconsistent([("function", .word("rosenbrock")), ("dimension", .number(1))], keys: ["dimension", "function"],
                                saying: "rosenbrock needs dimension 2…8")
    }

    @Test func ishigamiInputsLieWithinPi() throws {
        Self.expectInconsistent([("function", .word("ishigami")), ("x2", .number(3.2))], keys: ["x2", "function"],
                                saying: "ishigami's inputs lie in [−π, π], and x2 = 3.2 does not")
        _ = try testFunctionPoint([("function", .word("ishigami")), ("x1", .number(-Double.pi)), ("x3", .number(Double.pi))])
    }

    @Test func sobolGInputsLieInTheUnitIntervalUpToTheDimension() throws {
        Self.expectInconsistent([("function", .word("sobol-g")), ("x3", .number(1.5))], keys: ["x3", "function"],
                                saying: "sobol-g's inputs lie in [0, 1]")
        Self.expectInconsistent([("function", .word("sobol-g")), ("x1", .number(-0.1))], keys: ["x1", "function"],
                                saying: "x1 = -0.1 does not")
        // x4 lies past the dimension (3): ignored.
        _ = try testFunctionPoint([("function", .word("sobol-g")), ("x4", .number(2)), ("x1", .number(1))])
    }

    @Test func anOverflowingValueIsRefusedNamingTheKeysTheFunctionReads() {
        Self.expectInconsistent([("x2", .number(1e200))], keys: ["x1", "x2", "x3", "function"], saying: "sphere evaluates to inf")
        Self.expectInconsistent([("function", .word("ishigami")), ("x1", .number(1)), ("x3", .number(3)), ("b", .number(1e308))],
                                keys: ["x1", "x2", "x3", "a", "b", "function"], saying: "ishigami evaluates to")
        Self.expectInconsistent([("noise", .number(1e308))], keys: ["noise", "function"], saying: "lower noise")
    }

    @Test func theSobolCoefficientsAreNonNegative() {
        #expect(throws: ParameterError.outOfDomain(key: "a2", value: "-1", allowed: "0 ≤ a2, finite")) {
            try testFunctionPoint([("a2", .number(-1))])
        }
    }

    @Test func referencePointsAreEachFunctionAtAKnownValueWithNoise() {
        let points = TestFunctionParameters.referencePoints
        #expect(points.map(\.label) == TestFunction.words.map { "function=\($0)" })
        #expect(points.map(\.point.exactValue) == [0, 0, 0, 0, 1])
        #expect(points.allSatisfy { $0.point.noise == 1 })
        for (_, point) in points { #expect(throws: Never.self) { try point.validate() } }
    }
}
