import CatallaxModel
import CatallaxNumerics
import Testing

/// The issue-17 curves' lane operations against their scalar ones, in ulps
/// of the scalar result, over a grid of supplies and trade sizes (the shared
/// property tests check `1e-12` relative; this states the actual bound).
@Suite struct LaneScalarUlpTests {
    /// Distance of `x` from `y` in units of `y`'s ulp.
    static func ulps(_ x: Double, _ y: Double) -> Double {
        x == y ? 0 : abs(x - y) / max(y.ulp, Double.leastNormalMagnitude)
    }

    /// The largest lane–scalar distance of mint and burn, in ulps.
    static func worstUlps<C: BondingCurve>(_ curve: C, supplies: [Double]) -> (mint: Double, burn: Double) {
        var worst = (mint: 0.0, burn: 0.0)
        let fractions: [Double] = [1e-12, 1e-9, 1e-6, 1e-3, 0.01, 0.1, 0.3, 0.7, 1, 2]
        for s in supplies {
            let p = curve.price(atSupply: s)
            for f in fractions {
                let d = f * s * p
                var price = SIMD8<Double>(repeating: p)
                let minted = curve.tokensMinted(forDeposit: SIMD8(repeating: d), atSupply: SIMD8(repeating: s), price: &price)[0]
                worst.mint = max(worst.mint, ulps(minted, curve.tokensMinted(forDeposit: d, atSupply: s)))
                let q = min(f, 1) * s
                price = SIMD8(repeating: p)
                let refund = curve.refundForBurn(SIMD8(repeating: q), atSupply: SIMD8(repeating: s), price: &price)[0]
                worst.burn = max(worst.burn, ulps(refund, curve.refundForBurn(q, atSupply: s)))
            }
        }
        return worst
    }

    static let supplies: [Double] = [1e-3, 0.37, 1, 12.5, 999, 9e4, 1e5, 1.1e5, 3.3e5, 1e7]

    @Test func rootLanesAreWithinEightUlpsOfScalar() throws {
        for level in [1 / 1e5.squareRoot(), 2, 1e-8, 1e3] {
            let worst = Self.worstUlps(try RootCurve(level: level), supplies: Self.supplies)
            #expect(worst.mint <= 8 && worst.burn <= 8, "k = \(level): \(worst)")
        }
    }

    @Test func inverseLanesAreWithinEightUlpsOfScalar() throws {
        for level in [100_001, 1, 1e-6, 1e9] {
            let worst = Self.worstUlps(try InverseCurve(level: level), supplies: Self.supplies)
            #expect(worst.mint <= 8 && worst.burn <= 8, "k = \(level): \(worst)")
        }
    }

    @Test func stepLanesEqualScalarBitForBit() throws {
        for (b, c) in [(0.25, 30_000.0), (1, 10), (3e-4, 7.3)] {
            let worst = Self.worstUlps(try StepCurve(basePrice: b, stepWidth: c), supplies: Self.supplies + [30_000, 9e4 + 1e-9])
            #expect(worst.mint == 0 && worst.burn == 0, "b = \(b), c = \(c): \(worst)")
        }
    }

    @Test func segmentedLanesAreWithinEightUlpsOfScalar() throws {
        for curve in [try SegmentedCurve(slope: 1e-5, basePrice: 0, breakpoint: 1e5, growthRate: 1e-5),
                      try SegmentedCurve(slope: 3e-6, basePrice: 0.7, breakpoint: 5e4, growthRate: 2e-5)] {
            let worst = Self.worstUlps(curve, supplies: Self.supplies)
            #expect(worst.mint <= 8 && worst.burn <= 8, "\(curve): \(worst)")
        }
    }
}
