extension RunKey {
    /// The Philox4x32-10 block at counter `(step, agent, purpose, index)`
    /// under this key: the counter-based draws of the per-lane kernels
    /// (`sla-market`, `resource-arbitrage`).
    ///
    /// ```
    /// block = Philox4x32-10(counter (t, agent, purpose, index), key words)
    /// ```
    /// Integers wider than 32 bits keep their low 32.
    @inlinable @inline(__always)
    public func block(step: Int, agent: Int, purpose: DrawPurpose, index: Int) -> SIMD4<UInt32> {
        Philox4x32.block(
            counter: DrawCounter(step: UInt32(truncatingIfNeeded: step), agent: UInt32(truncatingIfNeeded: agent),
                                 purpose: purpose, index: UInt32(truncatingIfNeeded: index)).words,
            key: words)
    }
}

extension Philox4x32 {
    /// The Box–Muller pair of one block: `u₁` from words 0–1, `u₂` from words 2–3.
    ///
    /// ```
    /// u₁ = unitInterval(w₀, w₁),  u₂ = unitInterval(w₂, w₃),   (z₁, z₂) = standardNormals(u₁, u₂)
    /// ```
    @inlinable @inline(__always)
    public static func standardNormals(block: SIMD4<UInt32>) -> (Double, Double) {
        standardNormals(u1: unitInterval(hi: block[0], lo: block[1]), u2: unitInterval(hi: block[2], lo: block[3]))
    }
}
