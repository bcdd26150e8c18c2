import CatallaxNumerics

/// A worker's state for running the `learning-traders` scenario on
/// `V.scalarCount` replicates of one point, each lane one run
/// (``LearningTradersRun``). The lanes step in lockstep so an observer sees
/// them all after each step; within a step each lane is scalar code over its
/// own arrays, so a run gives the same bits whatever lane width or lane it
/// runs in. The curve is opened once per batch, so the step loop is
/// specialized for it. See `docs/LearningTraders.md`.
public final class LearningTradersKernel<V: LaneVector> {
    /// One run per lane, kept for the next batch.
    @usableFromInline var _runs: [LearningTradersRun] = []

    /// A worker sized for points like `point` (runs are sized as they start).
    @inlinable
    public init(sizedFor point: LearningTradersParameters) {}

    /// The price of every real lane.
    @inlinable func _prices(runCount: Int) -> V {
        var price = V()
        for lane in 0..<runCount { price[lane] = _runs[lane].price }
        return price
    }

    /// Runs the batch on `curve`: starts each lane, `T` steps in lockstep,
    /// then the learners' last update.
    /// - Returns: the outcome of each real run, in lane order, values in
    ///   ``LearningTradersMetric/allCases`` order.
    /// - Complexity: O(T·N) per lane.
    @inlinable
    public func runBatch<Curve: BondingCurve, Observer: StepObserver<V>>(
        _ p: LearningTradersParameters, on curve: Curve, keys: LaneKeys<V>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        while _runs.count < runCount { _runs.append(LearningTradersRun()) }
        for lane in 0..<runCount { _runs[lane].start(p, key: keys.runKey(lane: lane).words, on: curve) }
        observer.stepEnded(-1, LearningTradersState(kernel: self, runCount: runCount, price: _prices(runCount: runCount)))
        for t in 0..<p.steps {
            for lane in 0..<runCount { _runs[lane].step(t, on: curve) }
            observer.stepEnded(t, LearningTradersState(kernel: self, runCount: runCount, price: _prices(runCount: runCount)))
        }
        for lane in 0..<runCount { _runs[lane].finishLearning() }
        observer.runEnded(finalPrice: _prices(runCount: runCount))
        return (0..<runCount).map { _runs[$0].outcome() }
    }
}

extension LearningTradersKernel: CurveBatchKernel {
    public typealias Lanes = V
    public typealias Point = LearningTradersParameters
}
