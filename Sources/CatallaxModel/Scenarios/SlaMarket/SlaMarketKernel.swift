import CatallaxNumerics

/// A worker's state for running the `sla-market` scenario on
/// `V.scalarCount` replicates of one point, each lane one run
/// (``SlaMarketRun``). The lanes step in lockstep so an observer sees them
/// all after each step; within a step each lane's matching is scalar code
/// over its own arrays, so a run gives the same bits whatever lane width or
/// lane it runs in. See `docs/SlaMarket.md`.
public final class SlaMarketKernel<V: LaneVector> {
    /// One run per lane, kept for the next batch.
    @usableFromInline var _runs: [SlaMarketRun] = []

    /// A worker sized for points like `point` (runs are sized as they start).
    @inlinable
    public init(sizedFor point: SlaMarketParameters) {}

    /// The snapshot price of every real lane: the mean price of the
    /// contracts signed in the step, or the last such mean (`c̄` before the first).
    @inlinable func _meanPrices(runCount: Int) -> V {
        var price = V()
        for lane in 0..<runCount { price[lane] = _runs[lane].lastMeanPrice }
        return price
    }
}

extension SlaMarketKernel: ScenarioKernel {
    /// Runs one batch: `runCount` replicates of `parameters`, one per lane,
    /// keyed by `keys`: each lane draws its providers' costs, then `T` steps
    /// of settlement, arrivals, requests and agreement, and exits.
    /// - Returns: the outcome of each real run, in lane order, values in
    ///   ``SlaMarketMetric/allCases`` order.
    /// - Complexity: O(T·(R·m + P) + R·D) per lane.
    @inlinable
    public func run<Observer: StepObserver<V>>(
        _ parameters: SlaMarketParameters, keys: LaneKeys<V>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        precondition((1...V.scalarCount).contains(runCount), "a batch holds 1…\(V.scalarCount) runs")
        let p = parameters
        while _runs.count < runCount { _runs.append(SlaMarketRun()) }
        for lane in 0..<runCount {
            _runs[lane].start(p, key: keys.runKey(lane: lane).words)
        }
        observer.stepEnded(-1, SlaMarketState(kernel: self, runCount: runCount, price: _meanPrices(runCount: runCount)))
        for t in 0..<p.steps {
            for lane in 0..<runCount { _runs[lane].step(t) }
            observer.stepEnded(t, SlaMarketState(kernel: self, runCount: runCount, price: _meanPrices(runCount: runCount)))
        }
        observer.runEnded(finalPrice: _meanPrices(runCount: runCount))
        return (0..<runCount).map { _runs[$0].outcome() }
    }
}
