import CatallaxNumerics

/// A worker's state for running the `test-function` scenario on
/// `V.scalarCount` replicates of one point: each lane one noisy evaluation.
///
/// `f(x)` is the same in every lane (the lanes are replicates of one point),
/// so it is a scalar computed once per batch; the lane work is the noise,
/// one Philox block per lane. The kernel holds no buffers: its structure of
/// arrays is the one lane vector of values, and nothing is allocated but
/// the returned outcomes. See `docs/TestFunction.md`.
public final class TestFunctionKernel<V: LaneVector> {
    /// Number of lanes (replicates) per batch.
    public static var laneCount: Int { V.scalarCount }

    /// A kernel for points like `parameters` (any point fits: it holds no buffers).
    public init(sizedFor parameters: TestFunctionParameters) {}

    /// The standard normal of each lane's noise: the cosine deviate of the
    /// Box–Muller pair from the block at counter `(0, 0, shock, 0)`.
    ///
    /// ```
    /// (w₀, w₁, w₂, w₃) = Philox4x32(counter (0, 0, shock, 0), lane key)
    /// z = √(−2 ln u₁)·cos 2πu₂,   u₁ = unit(w₀, w₁),  u₂ = unit(w₂, w₃)
    /// ```
    @inlinable
    static func _noiseDeviates(keys: LaneKeys<V>) -> V {
        let z: (V, V) = Philox4x32.standardNormals(
            counter: DrawCounter(step: 0, agent: 0, purpose: .shock).words, key0: keys.key0, key1: keys.key1)
        return z.0
    }
}
