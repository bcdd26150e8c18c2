import CatallaxNumerics
import PropertyBased
import Testing

/// `exactIntegerBits` against `Int64(exactly:)`, lane by lane, for every
/// lane width, over the whole range it promises, `0 ≤ y < 2⁵²`.
@Suite struct LaneVectorExactIntegerBitsTests {
    static func check<V: LaneVector>(_ values: [Int64], _: V.Type) {
        var lanes = V()
        for lane in 0..<V.scalarCount { lanes[lane] = Double(values[lane % values.count]) }
        let bits = lanes.exactIntegerBits
        for lane in 0..<V.scalarCount {
            #expect(Int64(bitPattern: bits[lane]) == Int64(exactly: lanes[lane]), "lane \(lane): \(lanes[lane])")
        }
    }

    @Test func integersConvertExactlyOnEveryLane() async {
        let value = Gen.oneOf(Gen.int64(in: 0...4096), Gen.int64(in: 0...(1 << 52) - 1))
        await propertyCheck(count: 300, input: value.array(of: 1...8)) { values in
            Self.check(values, SIMD2<Double>.self)
            Self.check(values, SIMD4<Double>.self)
            Self.check(values, SIMD8<Double>.self)
        }
    }

    @Test func theRangeEndsConvertExactly() {
        let ends: [Int64] = [0, 1, (1 << 52) - 2, (1 << 52) - 1]
        Self.check(ends, SIMD4<Double>.self)
        Self.check(ends, SIMD8<Double>.self)
    }
}
