import CatallaxNumerics

extension TestFunctionKernel: ScenarioKernel {
    /// Runs one batch: `runCount` replicates of the point `parameters`, one
    /// per lane, keyed by `keys`: one evaluation each.
    ///
    /// ```
    /// exact = f(x)                          once per batch
    /// value = exact + σ·z                   per lane, z from the lane's key
    /// observer: stepEnded(−1, P = exact), stepEnded(0, P = exact), runEnded(P = value)
    /// ```
    ///
    /// `z` depends on the lane's key alone, so a run is the same bit for bit
    /// at every lane width and lane position, and `σ = 0` gives
    /// `value = exact` exactly. A non-finite value (which
    /// ``TestFunctionParameters/validate()`` rules out) would become the
    /// run's failure reason. The arguments are those of
    /// ``ScenarioKernel/run(_:keys:runCount:observer:)``.
    /// - Returns: `[value, exact]` for each real lane, in lane order.
    /// - Complexity: O(dimension) per batch, O(1) per lane.
    @inlinable
    public func run<Observer: StepObserver<V>>(
        _ parameters: TestFunctionParameters, keys: LaneKeys<V>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        precondition((1...V.scalarCount).contains(runCount), "a batch holds 1…\(V.scalarCount) runs")
        let exact = parameters.exactValue, noise = parameters.noise
        let before = V(repeating: exact)
        observer.stepEnded(-1, TestFunctionState(value: before, exact: exact, noise: noise))
        let value = before + V(repeating: noise) * Self._noiseDeviates(keys: keys)
        observer.stepEnded(0, TestFunctionState(value: value, exact: exact, noise: noise))
        observer.runEnded(finalPrice: value)
        return (0..<runCount).map { lane in
            let v = value[lane]
            return RunOutcome(values: [v, exact], failure: v.isFinite ? nil : "f(x) + noise = \(v) is not finite")
        }
    }
}
