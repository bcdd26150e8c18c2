import CatallaxModel
import CatallaxNumerics
import Testing

/// Holdings and forfeiture.
@Suite struct CreditLedgerHoldingsTests {
    @Test func forfeitEmptiesOnlyTheMaskedLanesAndReturnsTheirHoldings() {
        withRing(SIMD4<Double>.self, expiry: 3) { lots in
            for t in 0..<3 { CreditLedger.store(amount: SIMD4(1, 2, 3, 4) * Double(t + 1), lots: lots, expiry: 3, step: t) }
            let held = CreditLedger.held(lots: lots, expiry: 3)
            let mask = SIMDMask<SIMD4<Int64>>([false, true, false, true])
            let forfeited = CreditLedger.forfeit(lots: lots, expiry: 3, where: mask)
            #expect(forfeited == SIMD4(0, held[1], 0, held[3]))
            #expect(CreditLedger.held(lots: lots, expiry: 3) == SIMD4(held[0], 0, held[2], 0))
        }
    }
}
