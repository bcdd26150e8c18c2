import CatallaxNumerics
import PropertyBased
import Testing

/// `LaneBits`' operators (Lanes/LaneBits+Arithmetic.swift) are one vector
/// operation each; every lane must get what the scalar `UInt64` operator
/// gives, for every lane width, shift counts of 64 and more included (Swift's
/// `&<<` and `&>>` take them mod 64).
@Suite struct LaneBitsArithmeticTests {
    static func lanes<B: LaneBits>(_ values: [UInt64], from start: Int, as _: B.Type) -> B {
        var v = B()
        for i in 0..<B.scalarCount { v[i] = values[start + i] }
        return v
    }

    static func matches<B: LaneBits>(_ lanes: B, _ expected: (Int) -> UInt64) -> Bool {
        (0..<B.scalarCount).allSatisfy { lanes[$0] == expected($0) }
    }

    static func check<B: LaneBits>(_ values: [UInt64], _: B.Type) {
        let a = lanes(values, from: 0, as: B.self), b = lanes(values, from: 8, as: B.self)
        let s = values[16], count = values[17] % 200
        let counts = lanes(values, from: 8, as: B.self) & 0xFF
        #expect(matches(a &+ b) { a[$0] &+ b[$0] } && matches(a &+ s) { a[$0] &+ s })
        #expect(matches(a &- b) { a[$0] &- b[$0] } && matches(a &- s) { a[$0] &- s })
        #expect(matches(a &* b) { a[$0] &* b[$0] } && matches(a &* s) { a[$0] &* s })
        #expect(matches(a & b) { a[$0] & b[$0] } && matches(a & s) { a[$0] & s })
        #expect(matches(a | b) { a[$0] | b[$0] } && matches(a | s) { a[$0] | s })
        #expect(matches(a ^ b) { a[$0] ^ b[$0] } && matches(a ^ s) { a[$0] ^ s })
        #expect(matches(a &<< count) { a[$0] &<< count }, "&<< \(count)")
        #expect(matches(a &>> count) { a[$0] &>> count }, "&>> \(count)")
        #expect(matches(a &>> counts) { a[$0] &>> counts[$0] }, "&>> \(counts)")

        var sum = a, difference = a, product = a, both = a, either = a, differing = a
        sum &+= b; difference &-= b; product &*= b; both &= b; either |= b; differing ^= b
        #expect(matches(sum) { a[$0] &+ b[$0] } && matches(difference) { a[$0] &- b[$0] })
        #expect(matches(product) { a[$0] &* b[$0] } && matches(both) { a[$0] & b[$0] })
        #expect(matches(either) { a[$0] | b[$0] } && matches(differing) { a[$0] ^ b[$0] })
        sum = a; difference = a; product = a; both = a; either = a; differing = a
        sum &+= s; difference &-= s; product &*= s; both &= s; either |= s; differing ^= s
        #expect(matches(sum) { a[$0] &+ s } && matches(difference) { a[$0] &- s })
        #expect(matches(product) { a[$0] &* s } && matches(both) { a[$0] & s })
        #expect(matches(either) { a[$0] | s } && matches(differing) { a[$0] ^ s })
    }

    @Test func operatorsMatchScalarOperatorsOnEveryLane() {
        let word = Gen.oneOf(Gen.uint64(), Gen.element(of: [0, 1, 63, 64, 65, .max, 1 << 63]).map { $0! })
        seededPropertyCheck(word.array(of: 18), seed: 0x2B) { values in
            Self.check(values, SIMD2<UInt64>.self)
            Self.check(values, SIMD4<UInt64>.self)
            Self.check(values, SIMD8<UInt64>.self)
        }
    }
}
