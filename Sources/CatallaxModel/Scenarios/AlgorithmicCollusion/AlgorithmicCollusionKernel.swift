import CatallaxNumerics

/// A worker's state for running the `algorithmic-collusion` scenario on
/// `V.scalarCount` sessions of one point, each lane one session
/// (``AlgorithmicCollusionRun``). The lanes step in lockstep so an observer
/// sees them all after each step of `B` periods; within a step each lane's
/// periods are scalar code over its own tables, so a session gives the
/// same bits whatever lane width or lane it runs in. A stopped session
/// idles (`docs/AlgorithmicCollusion.md`, "One step").
public final class AlgorithmicCollusionKernel<V: LaneVector> {
    /// One session per lane, kept for the next batch.
    @usableFromInline var _runs: [AlgorithmicCollusionRun] = []

    /// A worker sized for points like `point` (sessions are sized as they start).
    @inlinable
    public init(sizedFor point: AlgorithmicCollusionParameters) {}

    /// The snapshot price of every real lane: the mean price of its last step.
    @inlinable func _meanPrices(runCount: Int) -> V {
        var price = V()
        for lane in 0..<runCount { price[lane] = _runs[lane].lastMeanPrice }
        return price
    }
}

extension AlgorithmicCollusionKernel: ScenarioKernel {
    /// Runs one batch: `runCount` sessions of `parameters`, one per lane,
    /// keyed by `keys`: `T` steps of `B` periods, each lane stopping when it
    /// converges. Without an observer the loop ends once every lane has
    /// stopped (the rest would be idle steps nobody sees).
    /// - Returns: the outcome of each real session, in lane order, values
    ///   in ``AlgorithmicCollusionMetric/allCases`` order.
    /// - Complexity: O(periods run · n) per lane, plus O(mⁿ⁺¹·n) to set up.
    @inlinable
    public func run<Observer: StepObserver<V>>(
        _ parameters: AlgorithmicCollusionParameters, keys: LaneKeys<V>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        precondition((1...V.scalarCount).contains(runCount), "a batch holds 1…\(V.scalarCount) runs")
        let p = parameters
        while _runs.count < runCount { _runs.append(AlgorithmicCollusionRun()) }
        for lane in 0..<runCount { _runs[lane].start(p, key: keys.runKey(lane: lane).words) }
        let watched = Observer.self != NoObservation<V>.self
        observer.stepEnded(-1, AlgorithmicCollusionState(kernel: self, runCount: runCount, price: _meanPrices(runCount: runCount)))
        for t in 0..<p.steps {
            var running = false
            for lane in 0..<runCount where !_runs[lane].stopped {
                _runs[lane].step(t)
                running = true
            }
            if !running && !watched { break }
            observer.stepEnded(t, AlgorithmicCollusionState(kernel: self, runCount: runCount, price: _meanPrices(runCount: runCount)))
        }
        observer.runEnded(finalPrice: _meanPrices(runCount: runCount))
        return (0..<runCount).map { _runs[$0].outcome() }
    }
}
