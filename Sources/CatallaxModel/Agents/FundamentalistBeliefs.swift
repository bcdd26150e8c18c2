import CatallaxNumerics

/// Draws every fundamentalist's belief, as the reference population's
/// scenarios share it (`REFERENCE-SCENARIO.md`, "State of one run"):
/// ```
/// V_i = V₀ · exp(σ_V · z_i),   z_i the Box–Muller cosine deviate of the block at (0, i, belief, 0)
/// ```
/// - Parameters:
///   - beliefs: one entry per fundamentalist (at least one; entry 0 is set
///     to `V₀` first, so a population without fundamentalists still reads a
///     finite belief).
///   - center: `V₀`.
///   - spread: `σ_V`.
///   - firstAgent: the first fundamentalist's agent index `i`.
///   - count: the number of fundamentalists.
///   - keys: every lane's Philox key.
@inlinable
func _drawFundamentalistBeliefs<V: LaneVector>(
    into beliefs: UnsafeMutableBufferPointer<V>, center v0: Double, spread: Double,
    firstAgent first: Int, count: Int, keys: LaneKeys<V>
) {
    beliefs[0] = V(repeating: v0)
    for f in 0..<count {
        let block = Philox4x32.block(
            counter: DrawCounter(step: 0, agent: UInt32(first + f), purpose: .belief).words,
            key0: keys.key0, key1: keys.key1)
        let z = Philox4x32.standardNormals(
            u1: Philox4x32.unitInterval(hi: block.0, lo: block.1) as V,
            u2: Philox4x32.unitInterval(hi: block.2, lo: block.3) as V).0
        beliefs[f] = v0 * LaneMath.exp(spread * z)
    }
}
