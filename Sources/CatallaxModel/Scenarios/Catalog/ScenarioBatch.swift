import CatallaxNumerics

/// A worker's kernels for every scenario, each created the first time a
/// point of its scenario runs and reused for every later batch.
///
/// The switch over the scenario happens once per batch of lanes, outside
/// the step loop, so each kernel still specializes fully.
public final class ScenarioBatch<V: LaneVector> {
    @usableFromInline var _curveVolatility: CurveVolatilityBatch<V>?
    @usableFromInline var _marketClearing: MarketClearingBatch<V>?
    @usableFromInline var _zeroIntelligence: ZeroIntelligenceBatch<V>?
    @usableFromInline var _multiAsset: MultiAssetBatch<V>?

    /// A worker with no kernel allocated yet.
    public init() {}

    /// Runs one batch: `runCount` replicates of the point `parameters`, one
    /// per lane, keyed by `keys`, with `observer` seeing every step.
    /// - Returns: the outcome of each real run, in lane order.
    @inlinable
    public func run<Observer: StepObserver<V>>(
        _ parameters: ScenarioParameters, keys: LaneKeys<V>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        switch parameters {
        case .curveVolatility(let p):
            _kernel(&_curveVolatility) { CurveVolatilityBatch(sizedFor: p) }.run(p, keys: keys, runCount: runCount, observer: &observer)
        case .marketClearing(let p):
            _kernel(&_marketClearing) { MarketClearingBatch(sizedFor: p) }.run(p, keys: keys, runCount: runCount, observer: &observer)
        case .zeroIntelligence(let p):
            _kernel(&_zeroIntelligence) { ZeroIntelligenceBatch(sizedFor: p) }.run(p, keys: keys, runCount: runCount, observer: &observer)
        case .multiAsset(let p):
            _kernel(&_multiAsset) { MultiAssetBatch(sizedFor: p) }.run(p, keys: keys, runCount: runCount, observer: &observer)
        }
    }

    /// The kernel in `slot`, made on first use (each grows to later points itself).
    @inlinable
    func _kernel<Kernel>(_ slot: inout Kernel?, make: () -> Kernel) -> Kernel {
        if let kernel = slot { return kernel }
        let kernel = make()
        slot = kernel
        return kernel
    }

    /// Runs one batch without observing it.
    @inlinable
    public func run(_ parameters: ScenarioParameters, keys: LaneKeys<V>, runCount: Int) -> [RunOutcome] {
        var none = NoObservation<V>()
        return run(parameters, keys: keys, runCount: runCount, observer: &none)
    }
}
