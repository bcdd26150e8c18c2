// Whole-mask tests that compile to a few vector ANDs or ORs for every lane width.
//
// The standard library's `all(_:)` and `any(_:)` reduce the mask's storage with
// the generic `SIMD.max()` and `min()`; for `SIMD8<Int64>` the optimizer keeps
// that reduction as an out-of-line scalar loop, a call per test (6% of the
// resource-economy kernel's time went to it from `log1p` alone). A mask lane is
// `0` or `-1`, so the AND of the lanes is negative exactly when every lane is
// set, and the OR exactly when one is. Each conformance folds its halves.

extension SIMD2 where Scalar == Double {
    @inlinable @inline(__always)
    public static func _foldAnd(_ m: SIMDMask<MaskStorage>) -> Int64 { m._storage[0] & m._storage[1] }
    @inlinable @inline(__always)
    public static func _foldOr(_ m: SIMDMask<MaskStorage>) -> Int64 { m._storage[0] | m._storage[1] }
}

extension SIMD4 where Scalar == Double {
    @inlinable @inline(__always)
    public static func _foldAnd(_ m: SIMDMask<MaskStorage>) -> Int64 {
        let half = m._storage.lowHalf & m._storage.highHalf
        return half[0] & half[1]
    }
    @inlinable @inline(__always)
    public static func _foldOr(_ m: SIMDMask<MaskStorage>) -> Int64 {
        let half = m._storage.lowHalf | m._storage.highHalf
        return half[0] | half[1]
    }
}

extension SIMD8 where Scalar == Double {
    @inlinable @inline(__always)
    public static func _foldAnd(_ m: SIMDMask<MaskStorage>) -> Int64 {
        let half = m._storage.lowHalf & m._storage.highHalf
        let quarter = half.lowHalf & half.highHalf
        return quarter[0] & quarter[1]
    }
    @inlinable @inline(__always)
    public static func _foldOr(_ m: SIMDMask<MaskStorage>) -> Int64 {
        let half = m._storage.lowHalf | m._storage.highHalf
        let quarter = half.lowHalf | half.highHalf
        return quarter[0] | quarter[1]
    }
}

extension LaneVector {
    /// Whether every lane of `mask` is set; the standard library's `all(_:)`
    /// without its out-of-line reduction.
    ///
    /// ```
    /// allLanes(m) = m[0] ∧ m[1] ∧ … ∧ m[n−1]
    /// ```
    @inlinable @inline(__always)
    public static func allLanes(_ mask: SIMDMask<MaskStorage>) -> Bool { _foldAnd(mask) < 0 }

    /// Whether some lane of `mask` is set; the standard library's `any(_:)`
    /// without its out-of-line reduction.
    ///
    /// ```
    /// anyLane(m) = m[0] ∨ m[1] ∨ … ∨ m[n−1]
    /// ```
    @inlinable @inline(__always)
    public static func anyLane(_ mask: SIMDMask<MaskStorage>) -> Bool { _foldOr(mask) < 0 }
}
