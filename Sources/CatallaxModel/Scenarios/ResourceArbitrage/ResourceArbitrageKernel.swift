import CatallaxNumerics

/// A worker's state for running the `resource-arbitrage` scenario on
/// `V.scalarCount` replicates of one point, each lane one run with its own
/// network (``ResourceArbitrageRun``). The lanes step in lockstep so an
/// observer sees them all after each step; within a step each lane's
/// clearing and arbitrage are scalar code over its own arrays, so a run
/// gives the same bits whatever lane width or lane it runs in. See
/// `docs/ResourceArbitrage.md`.
public final class ResourceArbitrageKernel<V: LaneVector> {
    /// One run per lane, kept for the next batch.
    @usableFromInline var _runs: [ResourceArbitrageRun] = []

    /// A worker sized for points like `point` (runs are sized as they start).
    @inlinable
    public init(sizedFor point: ResourceArbitrageParameters) {}

    /// The snapshot price of every real lane: the mean node price `(1/N) Σ_i p_i`.
    @inlinable func _meanPrices(runCount: Int) -> V {
        var mean = V()
        for lane in 0..<runCount {
            let prices = _runs[lane].price
            var sum = 0.0
            for p in prices { sum += p }
            mean[lane] = sum / Double(prices.count)
        }
        return mean
    }
}

extension ResourceArbitrageKernel: ScenarioKernel {
    /// Runs one batch: `runCount` replicates of `parameters`, one per lane,
    /// keyed by `keys`: each lane draws its network, links and node
    /// markets, then `T` steps of arbitrage, shocks, clearing and observation.
    /// - Returns: the outcome of each real run, in lane order, values in
    ///   ``ResourceArbitrageMetric/allCases`` order.
    /// - Complexity: O(T·(N + E)) per lane, plus drawing the graph.
    @inlinable
    public func run<Observer: StepObserver<V>>(
        _ parameters: ResourceArbitrageParameters, keys: LaneKeys<V>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        precondition((1...V.scalarCount).contains(runCount), "a batch holds 1…\(V.scalarCount) runs")
        let p = parameters
        while _runs.count < runCount { _runs.append(ResourceArbitrageRun()) }
        for lane in 0..<runCount {
            _runs[lane].start(p, key: keys.runKey(lane: lane))
        }
        observer.stepEnded(-1, ResourceArbitrageState(kernel: self, runCount: runCount, price: _meanPrices(runCount: runCount)))
        for t in 0..<p.steps {
            for lane in 0..<runCount { _runs[lane].step(t) }
            observer.stepEnded(t, ResourceArbitrageState(kernel: self, runCount: runCount, price: _meanPrices(runCount: runCount)))
        }
        observer.runEnded(finalPrice: _meanPrices(runCount: runCount))
        return (0..<runCount).map { _runs[$0].outcome() }
    }
}
