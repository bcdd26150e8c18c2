import Testing
@testable import CatallaxModel
import CatallaxNumerics

/// Known answer 1 (`docs/Cobweb.md`): the rational-expectations equilibrium
/// of both of Arifovic's cases, and naive firms that start there stay.
@Suite struct CobwebEquilibriumTests {
    @Test(arguments: CobwebCase.allCases)
    func bothCasesShareTheEquilibriumPriceOf1_12(_ market: CobwebCase) {
        let eq = cobwebPoint(market, .naive, [("firms", 6)]).equilibrium
        #expect(abs(eq.price - 1.12) < 1e-12)
        #expect(abs(eq.quantity - 1.12 / (0.016 * 6)) < 1e-10)
        #expect(abs(eq.quantity - 11.666_666_666_7) < 1e-9)
        // π* = p*·q* − ½·y·m·q*² with x = 0.
        #expect(abs(eq.profit - (eq.price * eq.quantity - 0.5 * 0.016 * 6 * eq.quantity * eq.quantity)) < 1e-12)
    }

    @Test func theEquilibriumPriceDoesNotDependOnTheNumberOfFirms() {
        let six = cobwebPoint(.unstable, .naive, [("firms", 6)]).equilibrium
        let thirty = cobwebPoint(.unstable, .naive, [("firms", 30)]).equilibrium
        #expect(six.price == thirty.price)
        #expect(abs(six.quantity * 6 - thirty.quantity * 30) < 1e-12)
    }

    @Test func aLinearCostEntersTheFormula() {
        // p* = (A·y + B·x)/(y + B) = (10·1 + 2·1)/(1 + 2) = 4, q* = (4 − 1)/(1·3) = 1, π* = 3·1/2.
        let eq = CobwebEquilibrium(demandIntercept: 10, demandSlope: 2, costLinear: 1, costQuadratic: 1, firms: 3)
        #expect(eq == CobwebEquilibrium(demandIntercept: 10, demandSlope: 2, costLinear: 1, costQuadratic: 1, firms: 3))
        #expect(abs(eq.price - 4) < 1e-15 && abs(eq.quantity - 1) < 1e-15 && abs(eq.profit - 1.5) < 1e-15)
    }

    @Test(arguments: CobwebCase.allCases)
    func naiveFirmsStartedAtTheEquilibriumStayThere(_ market: CobwebCase) {
        let start = cobwebPoint(market, .naive).equilibrium.price
        let p = cobwebPoint(market, .naive, [("initial_price", start), ("steps", 200), ("window", 200)])
        let (outcomes, probe) = probedCobwebRun(p, keys: cobwebKeys(0..<1))
        #expect(probe.records[0].allSatisfy { abs($0.price - start) < 1e-12 })
        #expect(outcomes[0][CobwebMetric.converged] == 1)
        #expect((outcomes[0][CobwebMetric.profit] ?? 0) > 1 - 1e-9)
    }
}
