import Testing
@testable import CatallaxModel

/// Known answer (h) of `docs/TokenLaunch.md`: the Gini of holdings against
/// known vectors and the O(n²) definition.
@Suite struct GiniTrackerTests {
    /// `Σ_i Σ_j |x_i − x_j| / (2n²·x̄)`.
    static func direct(_ x: [Double]) -> Double {
        let n = Double(x.count), mean = x.reduce(0, +) / n
        var sum = 0.0
        for a in x { for b in x { sum += abs(a - b) } }
        return sum / (2 * n * n * mean)
    }

    @Test func knownVectors() {
        var g = GiniTracker()
        let equal = g.sample([1, 1, 1, 1]), one = g.sample([0, 0, 0, 1]), ramp = g.sample([4, 1, 3, 2])
        #expect(equal == 0 && one == 0.75 && abs(ramp - 0.25) < 1e-15)
        #expect(g.samples == 3 && abs(g.mean - 1.0 / 3) < 1e-15 && abs(g.last - 0.25) < 1e-15)
    }

    @Test func agreesWithTheQuadraticDefinition() {
        var x: UInt64 = 5
        var g = GiniTracker()
        for n in [2, 3, 10, 101, 500] {
            let holdings = (0..<n).map { _ -> Double in
                x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return Double(x >> 40) / 1000
            }
            let sampled = g.sample(holdings)
            #expect(abs(sampled - Self.direct(holdings)) < 1e-12)
        }
    }

    @Test func aZeroTotalIsNotSampled() {
        var g = GiniTracker()
        let empty = g.sample([0, 0])
        #expect(empty.isNaN)
        #expect(g.samples == 0 && g.mean.isNaN)
    }
}
