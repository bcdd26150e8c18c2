/// A real parameter in `[lo, hi]` written as an unsigned binary string of
/// `ℓ` bits (Holland 1975; Arifovic 1994, section 2), held in the low bits
/// of a `UInt64`.
///
/// ```
/// decode(s) = lo + (hi − lo)·k/(2^ℓ − 1),   k = the string's unsigned value, 0 ≤ k < 2^ℓ
/// encode(v) = round((v − lo)/(hi − lo)·(2^ℓ − 1)),   v clamped to [lo, hi]
/// ```
///
/// `ℓ ≤ 62`, so `2^ℓ − 1` is exact as a `Double` up to `ℓ = 53` and
/// rounded above (the grid is then finer than the `Double` spacing anyway).
public struct BitStringEncoding: Sendable, Equatable {
    /// `ℓ`, the string length.
    public let bits: Int
    /// `lo`, the value of the all-zero string.
    public let lowerBound: Double
    /// `hi`, the value of the all-one string.
    public let upperBound: Double
    /// `(hi − lo)/(2^ℓ − 1)`, the grid step.
    @usableFromInline let _step: Double

    /// The encoding of `[lowerBound, upperBound]` in `bits` bits (`2 ≤ bits ≤ 62`).
    @inlinable
    public init(bits: Int, lowerBound: Double, upperBound: Double) {
        precondition((1...62).contains(bits), "a string holds 1…62 bits, not \(bits)")
        self.bits = bits
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        _step = (upperBound - lowerBound) / Double(Self._ones(bits))
    }

    /// `2^ℓ − 1`, the all-one string: the mask of valid bits.
    @inlinable public var mask: UInt64 { Self._ones(bits) }

    @inlinable static func _ones(_ bits: Int) -> UInt64 { (1 as UInt64 &<< UInt64(bits)) &- 1 }

    /// The value string `s` stands for (its bits above `ℓ` ignored).
    @inlinable
    public func decode(_ s: UInt64) -> Double {
        let k = s & mask
        // The top string maps to `hi` exactly, not to `lo + (hi − lo)` rounded.
        return k == mask ? upperBound : lowerBound + _step * Double(k)
    }

    /// The string whose value is nearest `value` (clamped to `[lo, hi]`).
    @inlinable
    public func encode(_ value: Double) -> UInt64 {
        guard upperBound > lowerBound else { return 0 }
        let share = Swift.min(Swift.max((value - lowerBound) / (upperBound - lowerBound), 0), 1)
        return Swift.min(UInt64((share * Double(mask)).rounded()), mask)
    }

    /// Whether `s` uses no bit above `ℓ`.
    @inlinable public func contains(_ s: UInt64) -> Bool { s & ~mask == 0 }
}
