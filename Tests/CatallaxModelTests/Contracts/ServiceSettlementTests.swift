import Testing
@testable import CatallaxModel

/// One contract's money by outcome (`docs/SlaMarket.md`, "Settlement and
/// disputes") and Becker's deterrence condition, known answer (a).
@Suite struct ServiceSettlementTests {
    /// Price 2, collateral 6, fee 1/16: binary fractions, compared exactly.
    static func settle(missed: Bool, skipped: Bool, audited: Bool, collateral: Double = 6) -> ServiceSettlement {
        ServiceSettlement(price: 2, collateral: collateral, fee: 1.0 / 16, missed: missed, skipped: skipped, audited: audited)
    }

    @Test func everyOutcomeMovesThePriceAndTheCollateralOnce() {
        for missed in [false, true] {
            for skipped in [false, true] {
                for audited in [false, true] {
                    let s = Self.settle(missed: missed, skipped: skipped, audited: audited)
                    #expect(s.toRequester + s.toProvider + s.toProtocol == 8)
                    #expect(s.fraud == (skipped && audited))
                }
            }
        }
    }

    @Test func theCasesByHand() {
        let clean = Self.settle(missed: false, skipped: false, audited: true)
        #expect(clean.toProvider == 7.875 && clean.toProtocol == 0.125 && clean.toRequester == 0)
        #expect(clean.providerProfit(cost: 1, worked: true) == 0.875 && clean.requesterSurplus(value: 5, worked: true) == 3)
        let miss = Self.settle(missed: true, skipped: false, audited: false)
        #expect(miss.toRequester == 2 && miss.toProvider == 6 && miss.toProtocol == 0 && miss.penalty == 0)
        #expect(miss.providerProfit(cost: 1, worked: true) == -1 && miss.requesterSurplus(value: 5, worked: true) == 0)
        let fraud = Self.settle(missed: false, skipped: true, audited: true)
        #expect(fraud.toProvider == 1.875 && fraud.toRequester == 2 && fraud.toProtocol == 4.125 && fraud.penalty == 6)
        #expect(fraud.providerProfit(cost: 1, worked: false) == -4.125 && fraud.requesterSurplus(value: 5, worked: false) == 0)
        let hidden = Self.settle(missed: false, skipped: true, audited: false)
        #expect(hidden.toProvider == 7.875 && hidden.providerProfit(cost: 1, worked: false) == 1.875)
        #expect(hidden.requesterSurplus(value: 5, worked: false) == -2)
        let partial = Self.settle(missed: false, skipped: true, audited: true, collateral: 1.5)
        #expect(partial.toRequester == 1.5 && partial.toProtocol == 0.125 && partial.toProvider == 1.875)
        // A missed fraud refunds nothing from the collateral: the credit already returned the price.
        let missedFraud = Self.settle(missed: true, skipped: true, audited: true)
        #expect(missedFraud.toRequester == 2 && missedFraud.toProtocol == 6 && missedFraud.refund == 2)
    }

    /// At `p = 1.5`, `φ = 0.02`, `q = 0.02`, `c = 1`, `p_d = 0.25`: working
    /// earns 0.4406; skipping earns 0.6906 at `k = 3` and 0.1906 at `k = 5`.
    @Test func beckersConditionDecidesTheSkip() {
        func profit(works: Bool, k: Double) -> Double {
            ServiceSettlement.expectedProfit(price: 1.5, fee: 0.02, miss: 0.02, cost: 1, works: works, detection: 0.25, collateral: k)
        }
        #expect(abs(profit(works: true, k: 3) - 0.4406) < 1e-12)
        #expect(abs(profit(works: false, k: 3) - 0.6906) < 1e-12)
        #expect(abs(profit(works: false, k: 5) - 0.1906) < 1e-12)
        for k in [2, 3, 3.9, 4, 4.1, 5, 8] {
            let skips = ServiceSettlement.skipsWork(cost: 1, detection: 0.25, collateral: k)
            #expect(skips == (k < 4), "k = \(k)")
            #expect(skips == (profit(works: false, k: k) > profit(works: true, k: k)), "k = \(k)")
        }
        // The smooth version: c = 0.8·e^{±0.01} around the threshold p_d·k = 0.8.
        #expect(ServiceSettlement.skipsWork(cost: 0.81, detection: 0.2, collateral: 4))
        #expect(!ServiceSettlement.skipsWork(cost: 0.79, detection: 0.2, collateral: 4))
    }
}
