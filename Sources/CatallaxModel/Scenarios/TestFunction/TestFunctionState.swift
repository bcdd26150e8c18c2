import CatallaxNumerics

/// A test-function run before or after its one evaluation, as an observer
/// sees it: `f(x)` as the price, and the value with its noise.
public struct TestFunctionState<V: LaneVector>: StepState {
    /// `P_t`: `f(x)` in every lane (the value at the start of the step).
    public let snapshot: StepSnapshot<V>
    /// `f(x) + σ·z` per lane (`f(x)` before the step).
    public let value: V
    /// `f(x)`.
    public let exact: Double
    /// `σ`.
    public let noise: Double

    @inlinable
    init(value: V, exact: Double, noise: Double) {
        snapshot = StepSnapshot(price: V(repeating: exact))
        self.value = value
        self.exact = exact
        self.noise = noise
    }

    /// The invariant of `docs/TestFunction.md`: the value is finite and its
    /// noise within the Box–Muller bound, up to the rounding of the sum.
    /// ```
    /// |value − exact| ≤ 8.58·σ + 2·ulp(max(|value|, |exact|))
    /// ```
    public func violatedInvariant(lane: Int) -> String? {
        let v = value[lane]
        guard v.isFinite else { return "the value \(v) is not finite" }
        let bound = TestFunctionParameters.largestDeviate * noise + 2 * max(v.magnitude, exact.magnitude).ulp
        guard (v - exact).magnitude <= bound else {
            return "the noise \(v - exact) exceeds the Box–Muller bound \(TestFunctionParameters.largestDeviate)·σ = \(bound)"
        }
        return nil
    }
}
