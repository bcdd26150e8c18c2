import CatallaxNumerics

/// A worker's state for running the `market-manipulation` scenario on
/// `V.scalarCount` replicates of one point, each lane one run
/// (``MarketManipulationRun``, the attacked market and its counterfactual).
/// The lanes step in lockstep so an observer sees them all after each step;
/// within a step each lane's queue is scalar code over its own arrays, so a
/// run gives the same bits whatever lane width or lane it runs in. The curve
/// is opened once per batch, so the step loop is specialized for it.
/// See `docs/MarketManipulation.md`.
public final class MarketManipulationKernel<V: LaneVector> {
    /// One run per lane, kept for the next batch.
    @usableFromInline var _runs: [MarketManipulationRun] = []

    /// A worker sized for points like `point` (runs are sized as they start).
    @inlinable
    public init(sizedFor point: MarketManipulationParameters) {}

    /// The attacked market's price of every real lane.
    @inlinable func _prices(runCount: Int) -> V {
        var price = V()
        for lane in 0..<runCount { price[lane] = _runs[lane].attacked.price }
        return price
    }

    /// Runs the batch on `curve`: starts each lane, then `T` steps in
    /// lockstep, then the attackers' close-out.
    /// - Returns: the outcome of each real run, in lane order, values in
    ///   ``MarketManipulationMetric/allCases`` order.
    /// - Complexity: O(T·(N + k)) per lane.
    @inlinable
    public func runBatch<Curve: BondingCurve, Observer: StepObserver<V>>(
        _ p: MarketManipulationParameters, on curve: Curve, keys: LaneKeys<V>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        while _runs.count < runCount { _runs.append(MarketManipulationRun()) }
        for lane in 0..<runCount { _runs[lane].start(p, key: keys.runKey(lane: lane).words, on: curve) }
        observer.stepEnded(-1, MarketManipulationState(kernel: self, runCount: runCount, price: _prices(runCount: runCount)))
        for t in 0..<p.steps {
            for lane in 0..<runCount { _runs[lane].step(t, on: curve) }
            observer.stepEnded(t, MarketManipulationState(kernel: self, runCount: runCount, price: _prices(runCount: runCount)))
        }
        for lane in 0..<runCount { _runs[lane].closeOut(on: curve) }
        observer.runEnded(finalPrice: _prices(runCount: runCount))
        return (0..<runCount).map { _runs[$0].outcome() }
    }
}

extension MarketManipulationKernel: CurveBatchKernel {
    public typealias Lanes = V
    public typealias Point = MarketManipulationParameters
}
