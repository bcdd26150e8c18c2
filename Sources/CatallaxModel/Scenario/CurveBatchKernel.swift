/// A kernel whose batch is written once for any concrete bonding curve
/// (``runBatch(_:on:keys:runCount:observer:)``): its ``ScenarioKernel/run(_:keys:runCount:observer:)``
/// opens the point's ``CurveChoice`` and calls it with the concrete curve,
/// so the whole step loop is specialized for that curve (no existential in
/// the hot loop). Per-lane curve economies (`market-manipulation`,
/// `learning-traders`) conform; the switch over the eight families lives
/// here once.
public protocol CurveBatchKernel: ScenarioKernel where Point: CurveScenario {
    /// Runs one batch of `point` on `curve`, the point's own curve opened:
    /// `runCount` replicates, one per lane, keyed by `keys`.
    /// - Returns: the outcome of each real run, in lane order.
    func runBatch<Curve: BondingCurve, Observer: StepObserver<Lanes>>(
        _ point: Point, on curve: Curve, keys: LaneKeys<Lanes>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome]
}

extension CurveBatchKernel {
    /// Runs one batch on the concrete curve `point.curve` holds.
    /// - Returns: the outcome of each real run, in lane order.
    @inlinable
    public func run<Observer: StepObserver<Lanes>>(
        _ point: Point, keys: LaneKeys<Lanes>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        precondition((1...Lanes.scalarCount).contains(runCount), "a batch holds 1…\(Lanes.scalarCount) runs")
        switch point.curve {
        case .linear(let c): return runBatch(point, on: c, keys: keys, runCount: runCount, observer: &observer)
        case .exponential(let c): return runBatch(point, on: c, keys: keys, runCount: runCount, observer: &observer)
        case .sigmoid(let c): return runBatch(point, on: c, keys: keys, runCount: runCount, observer: &observer)
        case .power(let c): return runBatch(point, on: c, keys: keys, runCount: runCount, observer: &observer)
        case .root(let c): return runBatch(point, on: c, keys: keys, runCount: runCount, observer: &observer)
        case .inverse(let c): return runBatch(point, on: c, keys: keys, runCount: runCount, observer: &observer)
        case .step(let c): return runBatch(point, on: c, keys: keys, runCount: runCount, observer: &observer)
        case .segmented(let c): return runBatch(point, on: c, keys: keys, runCount: runCount, observer: &observer)
        }
    }
}
