import CatallaxModel
import CatallaxNumerics
import Testing

/// Expiry and storage: a lot bought at `s` is usable at `s+1 … s+e`.
@Suite struct CreditLedgerExpireTests {
    @Test func aLotIsUsableThroughStepSPlusEAndExpiresThen() {
        let e = 3
        withRing(SIMD2<Double>.self, expiry: e) { lots in
            // Lot 2 of 1 unit; nothing else is bought.
            for t in 0...(2 + e) {
                let buy = SIMD2<Double>(repeating: t == 2 ? 1 : 0)
                let before = CreditLedger.held(lots: lots, expiry: e)
                let (r, x) = ledgerStep(lots, expiry: e, step: t, need: .zero, buy: buy)
                #expect(r == .zero)
                // Usable (held) at 3, 4, 5 = s + 1 … s + e; expired at 5 = s + e.
                #expect(before[0] == ((3...5).contains(t) ? 1 : 0))
                #expect(x[0] == (t == 2 + e ? 1 : 0))
            }
            #expect(CreditLedger.held(lots: lots, expiry: e) == .zero)
        }
        // It can still be redeemed at t = s + e, before it expires.
        withRing(SIMD2<Double>.self, expiry: e) { lots in
            CreditLedger.store(amount: SIMD2(repeating: 1), lots: lots, expiry: e, step: 2)
            let (r, x) = ledgerStep(lots, expiry: e, step: 2 + e, need: SIMD2(repeating: 0.75), buy: .zero)
            #expect(r == SIMD2(repeating: 0.75) && x == SIMD2(repeating: 0.25))
        }
    }

    @Test func anExpiryOfOneStepLastsOneStep() {
        withRing(SIMD2<Double>.self, expiry: 1) { lots in
            _ = ledgerStep(lots, expiry: 1, step: 0, need: .zero, buy: SIMD2(repeating: 2))
            let (r, x) = ledgerStep(lots, expiry: 1, step: 1, need: SIMD2(repeating: 0.5), buy: SIMD2(repeating: 3))
            #expect(r == SIMD2(repeating: 0.5) && x == SIMD2(repeating: 1.5))
            #expect(CreditLedger.held(lots: lots, expiry: 1) == SIMD2(repeating: 3))
        }
    }
}
