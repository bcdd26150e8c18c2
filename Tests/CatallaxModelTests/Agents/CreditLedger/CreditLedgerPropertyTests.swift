import CatallaxModel
import CatallaxNumerics
import PropertyBased
import Testing

/// Random ledgers, checked for conservation, signs and lane independence.
@Suite struct CreditLedgerPropertyTests {
    /// One ledger history: an expiry, and per step and lane a need, a
    /// purchase and whether the agent forfeits (then buys again later, as a
    /// fresh agent would: the ledger does not know about dormancy).
    struct History {
        var expiry: Int
        var needs: [[Double]]  // [step][lane]
        var buys: [[Double]]
        var forfeits: [[Bool]]
    }

    static let histories = zip(Gen.int(in: 1...9), Gen.int(in: 1...120), Gen.int(in: 0...Int.max)).map {
        expiry, steps, seed -> History in
        var rng = Xoshiro(seed: (UInt64(seed), 0x6c65_6467, 0x6572_0001, 0x0102_0304))
        // Needs and purchases are often exactly zero, as in the kernel.
        func amount() -> Double {
            let roll = Int.random(in: 0..<4, using: &rng)
            return roll == 0 ? 0 : Double.random(in: 0...(roll == 3 ? 1e3 : 2), using: &rng)
        }
        return History(
            expiry: expiry,
            needs: (0..<steps).map { _ in (0..<8).map { _ in amount() } },
            buys: (0..<steps).map { _ in (0..<8).map { _ in amount() } },
            forfeits: (0..<steps).map { _ in (0..<8).map { _ in Int.random(in: 0..<40, using: &rng) == 0 } })
    }

    /// Totals of one lane over the history.
    struct Totals: Equatable {
        var bought = 0.0, redeemed = 0.0, expired = 0.0, forfeited = 0.0, held = 0.0
        var trace: [UInt64] = []  // every returned amount's bits, in order
        var signsHold = true
    }

    /// Runs `history` in `V` lanes, lane `k` taking the history's lane `order[k]`.
    static func run<V: LaneVector>(_: V.Type, _ history: History, order: [Int]) -> [Totals] {
        let e = history.expiry
        let lots = UnsafeMutablePointer<V>.allocate(capacity: e)
        lots.initialize(repeating: V(), count: e)
        defer { lots.deallocate() }
        var totals = [Totals](repeating: Totals(), count: V.scalarCount)
        func lanes(_ row: [Double]) -> V {
            var v = V()
            for k in 0..<V.scalarCount { v[k] = row[order[k]] }
            return v
        }
        for t in history.needs.indices {
            let need = lanes(history.needs[t]), buy = lanes(history.buys[t])
            let r = CreditLedger.redeem(need: need, lots: lots, expiry: e, step: t)
            let x = CreditLedger.expire(lots: lots, expiry: e, step: t)
            CreditLedger.store(amount: buy, lots: lots, expiry: e, step: t)
            var mask = SIMDMask<V.MaskStorage>()
            for k in 0..<V.scalarCount { mask[k] = history.forfeits[t][order[k]] }
            let f = CreditLedger.forfeit(lots: lots, expiry: e, where: mask)
            for k in 0..<V.scalarCount {
                totals[k].bought += buy[k]
                totals[k].redeemed += r[k]
                totals[k].expired += x[k]
                totals[k].forfeited += f[k]
                totals[k].trace += [r[k].bitPattern, x[k].bitPattern, f[k].bitPattern]
                if !(r[k] >= 0 && r[k] <= need[k] && x[k] >= 0 && f[k] >= 0) { totals[k].signsHold = false }
                for slot in 0..<e where !(lots[slot][k] >= 0) { totals[k].signsHold = false }
            }
        }
        let held = CreditLedger.held(lots: lots, expiry: e)
        for k in 0..<V.scalarCount {
            totals[k].held = held[k]
            totals[k].trace.append(held[k].bitPattern)
        }
        return totals
    }

    @Test func boughtEqualsRedeemedPlusExpiredPlusForfeitedPlusHeld() {
        seededCheck(Self.histories, count: 300, seed: 0x636f_6e73) { history in
            for lane in Self.run(SIMD8<Double>.self, history, order: Array(0..<8)) {
                #expect(lane.signsHold)
                let accounted = lane.redeemed + lane.expired + lane.forfeited + lane.held
                #expect(abs(lane.bought - accounted) <= 1e-12 * max(1, lane.bought))
            }
        }
    }

    @Test func everyLaneIsIndependentOfItsPositionAndTheWidth() {
        seededCheck(Self.histories, count: 100, seed: 0x6c61_6e65) { history in
            let wide = Self.run(SIMD8<Double>.self, history, order: Array(0..<8))
            let reversed = Self.run(SIMD8<Double>.self, history, order: Array((0..<8).reversed()))
            for k in 0..<8 { #expect(reversed[7 - k] == wide[k]) }
            for start in 0..<8 {
                let four = Self.run(SIMD4<Double>.self, history, order: (0..<4).map { (start + 3 * $0) % 8 })
                for (k, lane) in four.enumerated() { #expect(lane == wide[(start + 3 * k) % 8]) }
                let two = Self.run(SIMD2<Double>.self, history, order: [start, (start + 5) % 8])
                #expect(two[0] == wide[start] && two[1] == wide[(start + 5) % 8])
            }
        }
    }
}
