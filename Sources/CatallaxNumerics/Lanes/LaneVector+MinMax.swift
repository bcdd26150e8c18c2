extension LaneVector {
    /// The smaller of `a` and `b` in every lane: `b` where `b < a`, else `a`.
    ///
    /// The standard library's `pointwiseMin` is generic over all SIMD types
    /// and is not inlined into the kernel; this is one vector compare and
    /// blend. A NaN in `b` gives `a`.
    @inlinable @_transparent
    public static func minimum(_ a: Self, _ b: Self) -> Self {
        a.replacing(with: b, where: b .< a)
    }

    /// The larger of `a` and `b` in every lane: `b` where `b > a`, else `a`.
    /// A NaN in `b` gives `a`.
    @inlinable @_transparent
    public static func maximum(_ a: Self, _ b: Self) -> Self {
        a.replacing(with: b, where: b .> a)
    }
}
