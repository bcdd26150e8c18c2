extension LaneMath {
    /// `(cos 2πu, sin 2πu)` on every lane for an angle `u` in turns,
    /// `0 ≤ u ≤ 1`: the polynomial Box–Muller uses, with an exact reduction
    /// in quarter turns and absolute error at most 2⁻⁵².
    ///
    /// ```
    /// q = round(4u),  r = u − q/4 ∈ [−1/8, 1/8],  2πu = q·π/2 + 2πr
    /// ```
    /// Bits are the same on every lane width and CPU (fused multiply-adds
    /// are correctly rounded), so a daily cycle computed from it keeps runs
    /// bit-identical. Reduce angles outside [0, 1] first (`u − ⌊u⌋`).
    @inlinable @inline(__always)
    public static func cosineAndSine<V: LaneVector>(ofTurns u: V) -> (cosine: V, sine: V) {
        _Turn.cosineAndSine(of: u)
    }
}
