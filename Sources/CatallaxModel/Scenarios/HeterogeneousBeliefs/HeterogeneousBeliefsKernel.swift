import CatallaxNumerics

/// A worker's state for running the `heterogeneous-beliefs` scenario on
/// `V.scalarCount` replicates of one point. Every lane iterates the same map
/// from its own start and noise, so the lanes are one SIMD vector each of
/// the state `(x_{t−1}, x_{t−2}, x_{t−3}, D_{t−2})`, the tangent vector and
/// the metric sums; nothing is allocated per step. A lane's draws depend on
/// its key alone, so results are bit-identical at every lane width. See
/// `docs/HeterogeneousBeliefs.md`.
public final class HeterogeneousBeliefsKernel<V: LaneVector> {
    /// A worker for points like `point` (it holds no buffers).
    @inlinable
    public init(sizedFor point: HeterogeneousBeliefsParameters) {}

    /// `x_{−1}, x_{−2}, x_{−3}`: uniform on `[−s, s]` from words 0, 1, 2 of the
    /// block at `(0, 0, belief, 0)`, `x = s·(2w·2⁻³² − 1)`.
    @inlinable
    static func _start(_ s: Double, keys: LaneKeys<V>) -> (V, V, V) {
        let block = Philox4x32.block(
            counter: DrawCounter(step: 0, agent: 0, purpose: .belief).words, key0: keys.key0, key1: keys.key1)
        var x = (V(), V(), V())
        for lane in 0..<V.scalarCount {
            x.0[lane] = s * (2 * Double(block.0[lane]) * 0x1p-32 - 1)
            x.1[lane] = s * (2 * Double(block.1[lane]) * 0x1p-32 - 1)
            x.2[lane] = s * (2 * Double(block.2[lane]) * 0x1p-32 - 1)
        }
        return x
    }

    /// `ε_t`, the first Box–Muller deviate of the block at `(t, 0, shock, 0)`.
    @inlinable
    static func _shock(step t: Int, keys: LaneKeys<V>) -> V {
        let z: (V, V) = Philox4x32.standardNormals(
            counter: DrawCounter(step: UInt32(truncatingIfNeeded: t), agent: 0, purpose: .shock).words,
            key0: keys.key0, key1: keys.key1)
        return z.0
    }

    /// `k_t`: how many of `N` agents choose the trend rule, each with
    /// probability `n_t` of its lane. Agent `i` reads word `i mod 4` of the
    /// block at `(t, ⌊i/4⌋, decision, 0)` against `round(n_t·2³²)`, as
    /// ``BernoulliThreshold`` does; `w < θ` is the sign bit of `w − θ`.
    @inlinable
    static func _trendFollowers(step t: Int, agents: Int, share: V, keys: LaneKeys<V>) -> V {
        var threshold = V.Bits()
        for lane in 0..<V.scalarCount {
            threshold[lane] = UInt64((share[lane] * 0x1p32).rounded(.toNearestOrEven))
        }
        @inline(__always) func below(_ w: V.Bits) -> V.Bits { (w &- threshold) &>> 63 }
        var count = V.Bits()
        let step = UInt32(truncatingIfNeeded: t)
        let blocks = (agents + 3) / 4
        for j in 0..<blocks {
            let w = Philox4x32.block(
                counter: DrawCounter(step: step, agent: UInt32(truncatingIfNeeded: j), purpose: .decision).words,
                key0: keys.key0, key1: keys.key1)
            let left = agents - 4 * j
            count &+= below(w.0)
            if left > 1 { count &+= below(w.1) }
            if left > 2 { count &+= below(w.2) }
            if left > 3 { count &+= below(w.3) }
        }
        var k = V()
        for lane in 0..<V.scalarCount { k[lane] = Double(count[lane]) }
        return k
    }

    /// `n = 1/(1 + e^{−βD})` without overflow: with `e = exp(−β|D|)`,
    /// `1/(1 + e)` where `D ≥ 0` and `e/(1 + e)` elsewhere.
    @inlinable
    static func _logistic(_ d: V, beta: Double) -> V {
        let e = LaneMath.exp(-beta * (d.replacing(with: -d, where: d .< 0)))
        return (V(repeating: 1) / (1 + e)).replacing(with: e / (1 + e), where: d .< 0)
    }
}
