import CatallaxNumerics
import Testing

// The LaneMath code relies on LaneVector's vector comparisons
// (Lanes/LaneVector+Compare.swift); they must agree lane by lane with the
// scalar IEEE comparisons, NaN included, for every lane width.
@Suite struct LaneVectorCompareTests {
    static let values: [Double] = [-.infinity, -2, -0.0, 0, 0x1p-1074, 1, 2, .infinity, .nan]

    static func check<V: LaneVector>(_: V.Type) {
        var sampler = LaneMathSampler(seed: 0xC0)
        for _ in 0..<200 {
            var a = V(), b = V()
            for lane in 0..<V.scalarCount {
                a[lane] = values[Int(sampler.unit() * Double(values.count))]
                b[lane] = values[Int(sampler.unit() * Double(values.count))]
            }
            let masks: [SIMDMask<V.MaskStorage>] = [a .< b, a .<= b, a .> b, a .>= b, a .== b, a .!= b, a .< 1.0, a .>= 0.0]
            for lane in 0..<V.scalarCount {
                let (x, y) = (a[lane], b[lane])
                let expected = [x < y, x <= y, x > y, x >= y, x == y, x != y, x < 1, x >= 0]
                for (mask, value) in zip(masks, expected) {
                    #expect(mask[lane] == value, "a = \(x), b = \(y)")
                }
            }
        }
    }

    @Test func comparisonsMatchScalarComparisonsForAllWidths() {
        Self.check(SIMD2<Double>.self)
        Self.check(SIMD4<Double>.self)
        Self.check(SIMD8<Double>.self)
    }

    @Test func bitPatternRoundTripsEveryLane() {
        let x = SIMD8<Double>(-0.0, .nan, .infinity, 0x1p-1074, 1, -2.5, .greatestFiniteMagnitude, 3)
        let bits = x.bitPattern
        for lane in 0..<8 { #expect(bits[lane] == x[lane].bitPattern) }
        #expect(SIMD8<Double>(bitPattern: bits).bitPattern == bits)
    }
}
