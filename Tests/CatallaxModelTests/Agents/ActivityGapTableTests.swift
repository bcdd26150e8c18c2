import CatallaxModel
import Foundation
import PropertyBased
import Testing

/// The geometric gap `G(u) = max{g : u ≤ (1 − p)ᵍ}` by table lookup,
/// checked against its definition (a scan of the thresholds) and against
/// `⌊ln u / ln(1 − p)⌋` (the same map in closed form, from Foundation).
@Suite struct ActivityGapTableTests {
    /// The gap of one draw through the lane lookup.
    func lookup(_ table: ActivityGapTable, _ u: Double) -> Double {
        table.gap(forDraw: SIMD2<Double>(repeating: u))[0]
    }

    /// `⌊ln u / ln(1 − p)⌋`, capped at `limit`.
    func closedForm(_ u: Double, activity: Double, limit: Int) -> Double {
        min(Double(limit), (Foundation.log(u) / Foundation.log1p(-activity)).rounded(.down))
    }

    @Test func knownGapsAtTheReferenceActivity() {
        // p_act = 0.1: ⌊ln u / ln 0.9⌋ = 43 for u = 0.01, 6 for u = ½, 0 for u = 0.95.
        let table = ActivityGapTable(activity: 0.1, limit: 1001)
        #expect(table.gap(forDraw: SIMD4(0.01, 0.5, 0.95, 1 - 0x1p-53)) == SIMD4(43, 6, 0, 0))
        // Far in the tail the gap is capped at the limit.
        #expect(lookup(table, 0x1p-53) == Double(min(1001, Int((53 * M_LN2 / -log1p(-0.1)).rounded(.down)))))
    }

    @Test func thresholdsArePowersOfTheInactivity() {
        for activity in [1e-6, 0.01, 0.1, 0.5, 0.9] {
            let table = ActivityGapTable(activity: activity, limit: 500)
            #expect(table.thresholds[0] == 1)
            for (g, t) in table.thresholds.enumerated() {
                let exact = pow(1 - activity, Double(g))
                #expect(abs(t - exact) <= 1e-13 * exact + Double.leastNormalMagnitude, "p = \(activity), g = \(g)")
            }
            #expect(zip(table.thresholds, table.thresholds.dropFirst()).allSatisfy { $0 >= $1 })
        }
    }

    @Test func everyThresholdAndItsNeighboursMatchTheScan() {
        // Draws at and next to every threshold are where a cell holding two
        // thresholds, or a wrong cell boundary, would show.
        for activity in [1e-9, 1e-3, 0.01, 0.1, 0.37, 0.5, 0.9, 0.999] {
            let table = ActivityGapTable(activity: activity, limit: 1001)
            for t in table.thresholds where t >= 0x1p-53 && t < 1 {
                for u in [t.nextDown, t, t.nextUp] {
                    #expect(lookup(table, u) == Double(table.gapByScan(forDraw: u)), "p = \(activity), u = \(u)")
                }
            }
        }
    }

    @Test func randomDrawsMatchTheScanAndTheClosedForm() throws {
        let input = zip(logUniform(1e-12...1), Gen.double(in: 0...1), Gen.int(in: 0...3000))
        try seededCheck(input, count: 400, seed: 0x4741_5053) { activity, v, limit in
            let table = ActivityGapTable(activity: activity, limit: limit)
            // u on the draws' grid (odd multiples of 2⁻⁵³), spread over every binade.
            let u = max(0x1p-53, (pow(0x1p-53, v) * 0x1p52).rounded(.down) * 0x1p-52 + 0x1p-53)
            let gap = lookup(table, u)
            #expect(gap == Double(table.gapByScan(forDraw: u)), "p = \(activity), u = \(u), limit = \(limit)")
            // The closed form differs only within rounding of a threshold.
            let closed = closedForm(u, activity: activity, limit: limit)
            #expect(abs(gap - closed) <= 1, "p = \(activity), u = \(u)")
        }
    }

    @Test func gapsFollowTheGeometricLaw() {
        // 10⁵ draws at p = 0.1 on a grid of u: P(G ≥ g) = 0.9ᵍ, so the share of
        // draws with G ≥ g equals the share of the grid below 0.9ᵍ to 1/n.
        let table = ActivityGapTable(activity: 0.1, limit: 1001)
        let n = 100_000
        var atLeast = [Int](repeating: 0, count: 30)
        for i in 0..<n {
            let g = Int(lookup(table, (Double(i) + 0.5) / Double(n)))
            for j in 0..<min(g + 1, 30) { atLeast[j] += 1 }
        }
        for g in 0..<30 { #expect(abs(Double(atLeast[g]) / Double(n) - pow(0.9, Double(g))) <= 1.0 / Double(n)) }
    }

    @Test func activityAtTheEndsOfItsDomain() {
        let always = ActivityGapTable(activity: 1, limit: 1001)
        #expect(always.gap(forDraw: SIMD4<Double>(0x1p-53, 0.5, 0.9, 1 - 0x1p-53)) == SIMD4<Double>(repeating: 0))
        let never = ActivityGapTable(activity: 0, limit: 1001)
        #expect(never.gap(forDraw: SIMD4<Double>(0x1p-53, 0.5, 0.9, 1 - 0x1p-53)) == SIMD4<Double>(repeating: 1001))
        let subnormal = ActivityGapTable(activity: 5e-324, limit: 1001)
        #expect(subnormal.gap(forDraw: SIMD2<Double>(0x1p-53, 1 - 0x1p-53)) == SIMD2<Double>(repeating: 1001))
    }

    @Test func tablesStaySmallForEveryActivity() {
        // About three cells per agent at most (cells of relative width ≈ p
        // over the range 1…(1 − p)^N), and at most 53 binades of them.
        for activity in [5e-324, 1e-15, 1e-9, 1e-4, 0.01, 0.1, 0.5, 0.99, 1] {
            for limit in [0, 11, 1001, 100_001] {
                let table = ActivityGapTable(activity: activity, limit: limit)
                #expect(table.cellCount <= 4 * (limit + 1) + 64, "p = \(activity), limit = \(limit): \(table.cellCount) cells")
            }
        }
    }

    @Test func aWalkReusesTheTableOfTheSamePoint() {
        let first = ActivityGapTable.forWalk(overAgents: 1000, activity: 0.1, reusing: nil)
        #expect(first.limit == 1001)
        #expect(ActivityGapTable.forWalk(overAgents: 1000, activity: 0.1, reusing: first) === first)
        #expect(ActivityGapTable.forWalk(overAgents: 999, activity: 0.1, reusing: first) !== first)
        #expect(ActivityGapTable.forWalk(overAgents: 1000, activity: 0.2, reusing: first) !== first)
    }
}
