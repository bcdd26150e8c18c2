extension Philox4x32 {
    /// Two independent standard normal deviates on every lane from two
    /// independent uniform deviates (the Box–Muller transform).
    ///
    /// ```
    /// ρ  = √(−2 ln u₁)
    /// z₁ = ρ · cos(2π u₂)
    /// z₂ = ρ · sin(2π u₂)          z₁, z₂ ~ N(0, 1), independent
    /// ```
    ///
    /// One Philox block per lane gives one pair:
    /// `u₁ = unitInterval(hi: w₀, lo: w₁)`, `u₂ = unitInterval(hi: w₂, lo: w₃)`.
    ///
    /// `ln` is ``LaneMath/log(_:)``; `cos 2πu` and `sin 2πu` are a lane
    /// polynomial with exact reduction in turns (absolute error ≤ 2⁻⁵²), so the
    /// transform is branch-free and vectorized. The trap avoided: `u₁` must lie
    /// in (0, 1], or `ln 0 = −∞` gives an infinite deviate; with `u₁` from
    /// ``unitInterval(hi:lo:)-(UInt32,UInt32)`` (u₁ ≥ 2⁻⁵³), |z| ≤ √(106 ln 2) ≈ 8.57.
    ///
    /// See G. E. P. Box, M. E. Muller, "A note on the generation of random
    /// normal deviates", Ann. Math. Statist. 29 (1958) 610–611.
    ///
    /// - Parameters:
    ///   - u1: uniform lanes in (0, 1), setting the radius.
    ///   - u2: uniform lanes in [0, 1], setting the angle in turns.
    /// - Returns: `(z₁, z₂)`, the cosine and the sine deviate.
    @inlinable @inline(__always)
    public static func standardNormals<V: LaneVector>(u1: V, u2: V) -> (V, V) {
        let radius = (-2 * LaneMath.log(u1)).squareRoot()
        let angle = _Turn.cosineAndSine(of: u2)
        return (radius * angle.cosine, radius * angle.sine)
    }

    /// Two independent standard normal deviates from two independent uniform
    /// deviates (the Box–Muller transform), one run at a time.
    ///
    /// ```
    /// z₁ = √(−2 ln u₁) · cos(2π u₂),   z₂ = √(−2 ln u₁) · sin(2π u₂)
    /// ```
    ///
    /// Evaluated as one lane of the lane form
    /// ``standardNormals(u1:u2:)-(V,V)``, so a run draws bit-identical deviates
    /// whichever form and lane width it is computed with.
    ///
    /// - Parameters:
    ///   - u1: a uniform deviate in (0, 1), setting the radius.
    ///   - u2: a uniform deviate in [0, 1], setting the angle in turns.
    /// - Returns: `(z₁, z₂)`, the cosine and the sine deviate.
    @inlinable
    public static func standardNormals(u1: Double, u2: Double) -> (Double, Double) {
        let (z1, z2) = standardNormals(u1: SIMD2(repeating: u1), u2: SIMD2(repeating: u2))
        return (z1[0], z2[0])
    }

    /// The Box–Muller pair of the block at `counter` on every lane: `u₁` from
    /// words 0–1, `u₂` from words 2–3.
    ///
    /// ```
    /// (w₀, w₁, w₂, w₃) = Philox4x32(counter, lane key)
    /// (z₁, z₂) = standardNormals(u₁ = unitInterval(w₀, w₁), u₂ = unitInterval(w₂, w₃))
    /// ```
    ///
    /// Here, not in each kernel, because a kernel's helper in one file is
    /// invisible to the optimizer compiling another file of the same module
    /// in an incremental (non-whole-module) build, so the tests' build ran it
    /// generic, about 1 000× slower; a call into this module always sees the body.
    @inlinable @inline(__always)
    public static func standardNormals<V: LaneVector>(counter: SIMD4<UInt32>, key0: V.Bits, key1: V.Bits) -> (V, V) {
        let block = Philox4x32.block(counter: counter, key0: key0, key1: key1)
        return standardNormals(u1: unitInterval(hi: block.0, lo: block.1) as V, u2: unitInterval(hi: block.2, lo: block.3) as V)
    }
}
