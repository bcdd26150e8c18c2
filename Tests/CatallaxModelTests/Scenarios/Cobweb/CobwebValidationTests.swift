import Testing
@testable import CatallaxModel
import CatallaxNumerics

/// The cross-key checks of `docs/Cobweb.md`, "Parameters": each error names
/// the keys that do not fit together.
@Suite struct CobwebValidationTests {
    static func error(_ assignments: [(String, ParameterValue)]) -> ParameterError? {
        do {
            _ = try CobwebParameters(assigning: assignments.map { (key: $0.0, value: $0.1) })
            return nil
        } catch {
            return error
        }
    }

    static func keys(_ assignments: [(String, ParameterValue)]) -> [String]? {
        guard case let .inconsistent(keys, _) = error(assignments) else { return nil }
        return keys
    }

    @Test func anInterceptNotAboveTheLinearCostIsRefused() {
        #expect(Self.keys([("demand_intercept", .number(1)), ("cost_linear", .number(1))]) == ["demand_intercept", "cost_linear"])
        #expect(Self.error([("demand_intercept", .number(1.01)), ("cost_linear", .number(1))]) == nil)
    }

    @Test func aWindowLongerThanTheRunIsRefused() {
        #expect(Self.keys([("steps", .number(100)), ("window", .number(101))]) == ["window", "steps"])
    }

    @Test func oddPopulationsAreRefused() {
        #expect(Self.keys([("firms", .number(7))]) == ["expectations", "firms"])
        #expect(Self.error([("firms", .number(7)), ("expectations", .word("naive"))]) == nil)
        #expect(Self.keys([("expectations", .word("ga-multi")), ("strings", .number(9))]) == ["expectations", "strings"])
        #expect(Self.keys([("expectations", .word("ga-multi")), ("firms", .number(2000)), ("strings", .number(1000))]) == ["firms", "strings"])
    }

    @Test(arguments: [("bits", 63.0), ("bits", 1.0), ("mutation", 1.5), ("crossover", -0.1), ("demand_slope", 0.0), ("adaptation", 0.0),
                      ("tolerance", 0.0), ("election", 2.0)])
    func valuesOutsideTheirDomainAreRefused(_ key: String, _ value: Double) {
        #expect(Self.error([(key, .number(value))]) != nil)
    }

    @Test func anUnknownRuleIsRefused() {
        #expect(Self.error([("expectations", .word("rational"))]) != nil)
    }
}
