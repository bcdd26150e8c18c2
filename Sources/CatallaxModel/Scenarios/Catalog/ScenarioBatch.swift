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
            let kernel = _curveVolatility ?? CurveVolatilityBatch<V>(sizedFor: p)
            _curveVolatility = kernel
            return kernel.run(p, keys: keys, runCount: runCount, observer: &observer)
        case .marketClearing(let p):
            let kernel = _marketClearing ?? MarketClearingBatch<V>(sizedFor: p)
            _marketClearing = kernel
            return kernel.run(p, keys: keys, runCount: runCount, observer: &observer)
        case .zeroIntelligence(let p):
            let kernel = _zeroIntelligence ?? ZeroIntelligenceBatch<V>(sizedFor: p)
            _zeroIntelligence = kernel
            return kernel.run(p, keys: keys, runCount: runCount, observer: &observer)
        case .multiAsset(let p):
            let kernel = _multiAsset ?? MultiAssetBatch<V>(sizedFor: p)
            _multiAsset = kernel
            return kernel.run(p, keys: keys, runCount: runCount, observer: &observer)
        }
    }

    /// Runs one batch without observing it.
    @inlinable
    public func run(_ parameters: ScenarioParameters, keys: LaneKeys<V>, runCount: Int) -> [RunOutcome] {
        var none = NoObservation<V>()
        return run(parameters, keys: keys, runCount: runCount, observer: &none)
    }
}
