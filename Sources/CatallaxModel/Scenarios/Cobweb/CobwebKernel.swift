import CatallaxNumerics

/// A worker's state for running the `cobweb` scenario on `V.scalarCount`
/// replicates of one point, each lane one run (``CobwebRun``). The lanes
/// step in lockstep so an observer sees them all after each step; within a
/// step each lane's firms and populations are scalar code over its own
/// arrays, so a run gives the same bits whatever lane width or lane it
/// runs in. See `docs/Cobweb.md`.
public final class CobwebKernel<V: LaneVector> {
    /// One run per lane, kept for the next batch.
    @usableFromInline var _runs: [CobwebRun] = []

    /// A worker sized for points like `point` (runs are sized as they start).
    @inlinable
    public init(sizedFor point: CobwebParameters) {}

    /// The price of every real lane.
    @inlinable func _prices(runCount: Int) -> V {
        var price = V()
        for lane in 0..<runCount { price[lane] = _runs[lane].price }
        return price
    }
}

extension CobwebKernel: ScenarioKernel {
    /// Runs one batch: `runCount` replicates of `parameters`, one per lane,
    /// keyed by `keys`: each lane sets its firms up, then `T` periods of
    /// production, clearing and learning.
    /// - Returns: the outcome of each real run, in lane order, values in
    ///   ``CobwebMetric/allCases`` order.
    /// - Complexity: O(T·(m + P·(n² + n·ℓ))) per lane, `P` populations of `n` strings.
    @inlinable
    public func run<Observer: StepObserver<V>>(
        _ parameters: CobwebParameters, keys: LaneKeys<V>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        precondition((1...V.scalarCount).contains(runCount), "a batch holds 1…\(V.scalarCount) runs")
        let p = parameters
        while _runs.count < runCount { _runs.append(CobwebRun()) }
        for lane in 0..<runCount {
            _runs[lane].start(p, key: keys.runKey(lane: lane).words)
        }
        observer.stepEnded(-1, CobwebState(kernel: self, runCount: runCount, price: _prices(runCount: runCount)))
        for t in 0..<p.steps {
            for lane in 0..<runCount { _runs[lane].step(t) }
            observer.stepEnded(t, CobwebState(kernel: self, runCount: runCount, price: _prices(runCount: runCount)))
        }
        observer.runEnded(finalPrice: _prices(runCount: runCount))
        return (0..<runCount).map { _runs[$0].outcome() }
    }
}
