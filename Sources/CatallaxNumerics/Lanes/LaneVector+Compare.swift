// Lane comparisons that compile to one vector compare for every lane width.
//
// In generic code `a .< b` resolves to the standard library's `SIMD` default,
// a loop that stores `-1`/`0` lane by lane; for eight lanes LLVM keeps it as a
// branchy scalar loop through memory. The concrete `SIMDn<Double>` operators
// are single `fcmp` builtins, so each conformance forwards to them, and the
// operators below (more specific than the `SIMD` defaults) make every generic
// `V: LaneVector` comparison use the fast path after specialization.

extension SIMD2 where Scalar == Double {
    @inlinable @inline(__always)
    public static func _lanesLess(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .< b }
    @inlinable @inline(__always)
    public static func _lanesLessOrEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .<= b }
    @inlinable @inline(__always)
    public static func _lanesEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .== b }
    @inlinable @inline(__always)
    public static func _lanesNotEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .!= b }
}

extension SIMD4 where Scalar == Double {
    @inlinable @inline(__always)
    public static func _lanesLess(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .< b }
    @inlinable @inline(__always)
    public static func _lanesLessOrEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .<= b }
    @inlinable @inline(__always)
    public static func _lanesEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .== b }
    @inlinable @inline(__always)
    public static func _lanesNotEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .!= b }
}

extension SIMD8 where Scalar == Double {
    @inlinable @inline(__always)
    public static func _lanesLess(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .< b }
    @inlinable @inline(__always)
    public static func _lanesLessOrEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .<= b }
    @inlinable @inline(__always)
    public static func _lanesEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .== b }
    @inlinable @inline(__always)
    public static func _lanesNotEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .!= b }
}

extension LaneVector {
    /// Lane-wise `a < b`; false in lanes where either is NaN.
    ///
    /// ```
    /// mask[i] = a[i] < b[i]
    /// ```
    /// Same result as the `SIMD` default, but one vector compare for every
    /// lane width (the default stays a scalar loop for `SIMD8`).
    /// - Parameters:
    ///   - a: Left lanes.
    ///   - b: Right lanes.
    /// - Returns: The lane mask.
    @inlinable @inline(__always)
    public static func .< (a: Self, b: Self) -> SIMDMask<MaskStorage> { _lanesLess(a, b) }

    /// Lane-wise `a <= b`; false in lanes where either is NaN.
    ///
    /// ```
    /// mask[i] = a[i] <= b[i]
    /// ```
    /// One vector compare for every lane width (see `.<`).
    /// - Parameters:
    ///   - a: Left lanes.
    ///   - b: Right lanes.
    /// - Returns: The lane mask.
    @inlinable @inline(__always)
    public static func .<= (a: Self, b: Self) -> SIMDMask<MaskStorage> { _lanesLessOrEqual(a, b) }

    /// Lane-wise `a > b`; false in lanes where either is NaN.
    ///
    /// ```
    /// mask[i] = a[i] > b[i]
    /// ```
    /// One vector compare for every lane width (see `.<`).
    /// - Parameters:
    ///   - a: Left lanes.
    ///   - b: Right lanes.
    /// - Returns: The lane mask.
    @inlinable @inline(__always)
    public static func .> (a: Self, b: Self) -> SIMDMask<MaskStorage> { _lanesLess(b, a) }

    /// Lane-wise `a >= b`; false in lanes where either is NaN.
    ///
    /// ```
    /// mask[i] = a[i] >= b[i]
    /// ```
    /// One vector compare for every lane width (see `.<`).
    /// - Parameters:
    ///   - a: Left lanes.
    ///   - b: Right lanes.
    /// - Returns: The lane mask.
    @inlinable @inline(__always)
    public static func .>= (a: Self, b: Self) -> SIMDMask<MaskStorage> { _lanesLessOrEqual(b, a) }

    /// Lane-wise `a == b`; false in lanes where either is NaN.
    ///
    /// ```
    /// mask[i] = a[i] == b[i]
    /// ```
    /// One vector compare for every lane width (see `.<`).
    /// - Parameters:
    ///   - a: Left lanes.
    ///   - b: Right lanes.
    /// - Returns: The lane mask.
    @inlinable @inline(__always)
    public static func .== (a: Self, b: Self) -> SIMDMask<MaskStorage> { _lanesEqual(a, b) }

    /// Lane-wise `a != b`; true in lanes where either is NaN.
    ///
    /// ```
    /// mask[i] = a[i] != b[i]
    /// ```
    /// One vector compare for every lane width (see `.<`).
    /// - Parameters:
    ///   - a: Left lanes.
    ///   - b: Right lanes.
    /// - Returns: The lane mask.
    @inlinable @inline(__always)
    public static func .!= (a: Self, b: Self) -> SIMDMask<MaskStorage> { _lanesNotEqual(a, b) }

    /// Lane-wise `a < b` against one scalar (see the vector form).
    ///
    /// ```
    /// mask[i] = a[i] < b
    /// ```
    /// - Parameters:
    ///   - a: Lanes.
    ///   - b: The bound, broadcast to every lane.
    /// - Returns: The lane mask.
    @inlinable @inline(__always)
    public static func .< (a: Self, b: Double) -> SIMDMask<MaskStorage> { _lanesLess(a, Self(repeating: b)) }

    /// Lane-wise `a <= b` against one scalar (see the vector form).
    ///
    /// ```
    /// mask[i] = a[i] <= b
    /// ```
    /// - Parameters:
    ///   - a: Lanes.
    ///   - b: The bound, broadcast to every lane.
    /// - Returns: The lane mask.
    @inlinable @inline(__always)
    public static func .<= (a: Self, b: Double) -> SIMDMask<MaskStorage> { _lanesLessOrEqual(a, Self(repeating: b)) }

    /// Lane-wise `a > b` against one scalar (see the vector form).
    ///
    /// ```
    /// mask[i] = a[i] > b
    /// ```
    /// - Parameters:
    ///   - a: Lanes.
    ///   - b: The bound, broadcast to every lane.
    /// - Returns: The lane mask.
    @inlinable @inline(__always)
    public static func .> (a: Self, b: Double) -> SIMDMask<MaskStorage> { _lanesLess(Self(repeating: b), a) }

    /// Lane-wise `a >= b` against one scalar (see the vector form).
    ///
    /// ```
    /// mask[i] = a[i] >= b
    /// ```
    /// - Parameters:
    ///   - a: Lanes.
    ///   - b: The bound, broadcast to every lane.
    /// - Returns: The lane mask.
    @inlinable @inline(__always)
    public static func .>= (a: Self, b: Double) -> SIMDMask<MaskStorage> { _lanesLessOrEqual(Self(repeating: b), a) }

    /// Lane-wise `a == b` against one scalar (see the vector form).
    ///
    /// ```
    /// mask[i] = a[i] == b
    /// ```
    /// - Parameters:
    ///   - a: Lanes.
    ///   - b: The value, broadcast to every lane.
    /// - Returns: The lane mask.
    @inlinable @inline(__always)
    public static func .== (a: Self, b: Double) -> SIMDMask<MaskStorage> { _lanesEqual(a, Self(repeating: b)) }

    /// Lane-wise `a != b` against one scalar (see the vector form).
    ///
    /// ```
    /// mask[i] = a[i] != b
    /// ```
    /// - Parameters:
    ///   - a: Lanes.
    ///   - b: The value, broadcast to every lane.
    /// - Returns: The lane mask.
    @inlinable @inline(__always)
    public static func .!= (a: Self, b: Double) -> SIMDMask<MaskStorage> { _lanesNotEqual(a, Self(repeating: b)) }
}
