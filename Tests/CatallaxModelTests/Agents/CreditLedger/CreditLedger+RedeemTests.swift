import CatallaxModel
import CatallaxNumerics
import PropertyBased
import Testing

/// Redemption: oldest lot first, capped by the credits held.
@Suite struct CreditLedgerRedeemTests {
    @Test func redemptionTakesTheOldestLotFirst() {
        withRing(SIMD2<Double>.self, expiry: 4) { lots in
            // Lots of 1, 2, 3, 4 bought at steps 0…3 (slots 0…3).
            for t in 0..<4 { _ = ledgerStep(lots, expiry: 4, step: t, need: .zero, buy: SIMD2(repeating: Double(t + 1))) }
            // At t = 4 the walk starts at slot 0 (lot 0, expiring now): 1 from
            // lot 0, then 1.5 from lot 1.
            let r = CreditLedger.redeem(need: SIMD2(repeating: 2.5), lots: lots, expiry: 4, step: 4)
            #expect(r == SIMD2(repeating: 2.5))
            #expect((0..<4).map { lots[$0][0] } == [0, 0.5, 3, 4])
            // At t = 6 the oldest lot is in slot 2 (lot 2), then 3, then 0, 1.
            let more = CreditLedger.redeem(need: SIMD2(repeating: 4), lots: lots, expiry: 4, step: 6)
            #expect(more == SIMD2(repeating: 4))
            #expect((0..<4).map { lots[$0][0] } == [0, 0.5, 0, 3])
        }
    }

    @Test func redemptionIsCappedByTheCreditsHeld() {
        withRing(SIMD4<Double>.self, expiry: 5) { lots in
            for t in 0..<3 { CreditLedger.store(amount: SIMD4(repeating: 0.1), lots: lots, expiry: 5, step: t) }
            let r = CreditLedger.redeem(need: SIMD4(0, 0.05, 0.3, 7), lots: lots, expiry: 5, step: 3)
            // Covered needs come back bit for bit; an uncovered one is the sum
            // of the lots, oldest first (not 7 − (7 − 0.3), which would carry
            // the rounding of the need's size).
            #expect(r[0] == 0 && r[1] == 0.05 && r[2] == 0.3)
            #expect(r[3] == (0.1 + 0.1) + 0.1)
            #expect(CreditLedger.held(lots: lots, expiry: 5)[3] == 0)
        }
    }

    @Test func aCoveredNeedIsRedeemedBitForBit() {
        // The residual need n − r must be exactly 0 when the credits cover it.
        var rng = Xoshiro(seed: (1, 2, 3, 4))
        withRing(SIMD2<Double>.self, expiry: 6) { lots in
            for t in 0..<200 {
                let need = SIMD2(Double.random(in: 0...1, using: &rng), Double.random(in: 0...1, using: &rng))
                let held = CreditLedger.held(lots: lots, expiry: 6)
                let (r, _) = ledgerStep(lots, expiry: 6, step: t, need: need, buy: SIMD2(repeating: 0.7))
                for lane in 0..<2 where held[lane] >= need[lane] * (1 + 1e-12) { #expect(r[lane] == need[lane]) }
            }
        }
    }
}
