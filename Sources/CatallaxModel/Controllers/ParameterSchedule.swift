/// A parameter that follows a schedule over a run: constant `v₀` before
/// `t₀`, linear to `v₁` at `t₁`, then constant `v₁` (`docs/Controllers.md`).
///
/// ```
/// v(t) = v₀                                   t ≤ t₀
///      = v₀ + (v₁ − v₀)·(t − t₀)/(t₁ − t₀)    t₀ < t < t₁
///      = v₁                                   t ≥ t₁
/// ```
/// A fixed parameter is the schedule with `v₀ = v₁`.
public struct ParameterSchedule: Sendable, Equatable {
    /// `v₀`, `v₁`.
    public var start: Double, end: Double
    /// `t₀ ≤ t₁`.
    public var startStep: Int, endStep: Int

    /// A ramp from `start` at `startStep` to `end` at `endStep`.
    public init(from start: Double, to end: Double, startStep: Int, endStep: Int) {
        precondition(startStep <= endStep, "a schedule needs t₀ ≤ t₁")
        self.start = start
        self.end = end
        self.startStep = startStep
        self.endStep = endStep
    }

    /// A constant `value`.
    public init(constant value: Double) {
        self.init(from: value, to: value, startStep: 0, endStep: 0)
    }

    /// `v(t)`.
    @inlinable
    public func value(atStep t: Int) -> Double {
        if t <= startStep { return start }
        if t >= endStep { return end }
        return start + (end - start) * Double(t - startStep) / Double(endStep - startStep)
    }
}
