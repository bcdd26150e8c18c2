import CatallaxNumerics

// The registry: the one file that names every scenario. A new scenario adds
// its parameters type to `Scenario.all` and one dispatch line below; the
// rest of the engine learns about it from its declarations.

extension Scenario {
    /// Every registered scenario, in catalog order.
    public static let all: [Scenario] = [
        Scenario(CurveVolatilityParameters.self),
        Scenario(MarketClearingParameters.self),
        Scenario(ZeroIntelligenceParameters.self),
        Scenario(MultiAssetParameters.self),
        Scenario(ResourceEconomyParameters.self),
        Scenario(PaymentChannelsParameters.self),
        Scenario(SlaMarketParameters.self),
        Scenario(ResourceArbitrageParameters.self),
        Scenario(HeterogeneousBeliefsParameters.self),
        Scenario(EvolutionaryGamesParameters.self),
        Scenario(AlgorithmicCollusionParameters.self),
        Scenario(TokenLaunchParameters.self),
        Scenario(MarketManipulationParameters.self),
        Scenario(CobwebParameters.self),
        Scenario(LearningTradersParameters.self),
        Scenario(TestFunctionParameters.self),
    ]
}

/// A worker's kernels for every scenario, each created the first time a
/// point of its scenario runs and reused for every later batch.
///
/// The point is opened once per batch of lanes, outside the step loop, and
/// handed to its scenario's concrete kernel, so each kernel's step loop
/// specializes fully for the lane width and the observer.
public final class ScenarioKernels<V: LaneVector> {
    @usableFromInline var _kernels: [ObjectIdentifier: AnyObject] = [:]

    /// A worker with no kernel allocated yet.
    public init() {}

    /// Runs one batch: `runCount` replicates of the point `parameters`, one
    /// per lane, keyed by `keys`, with `observer` seeing every step.
    /// - Returns: the outcome of each real run, in lane order.
    @inlinable
    public func run<Observer: StepObserver<V>>(
        _ parameters: ScenarioParameters, keys: LaneKeys<V>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        switch parameters.point {
        case let p as CurveVolatilityParameters:
            _run(CurveVolatilityKernel<V>.self, p, keys: keys, runCount: runCount, observer: &observer)
        case let p as MarketClearingParameters:
            _run(MarketClearingKernel<V>.self, p, keys: keys, runCount: runCount, observer: &observer)
        case let p as ZeroIntelligenceParameters:
            _run(ZeroIntelligenceKernel<V>.self, p, keys: keys, runCount: runCount, observer: &observer)
        case let p as MultiAssetParameters:
            _run(MultiAssetKernel<V>.self, p, keys: keys, runCount: runCount, observer: &observer)
        case let p as ResourceEconomyParameters:
            _run(ResourceEconomyKernel<V>.self, p, keys: keys, runCount: runCount, observer: &observer)
        case let p as PaymentChannelsParameters:
            _run(PaymentChannelsKernel<V>.self, p, keys: keys, runCount: runCount, observer: &observer)
        case let p as SlaMarketParameters:
            _run(SlaMarketKernel<V>.self, p, keys: keys, runCount: runCount, observer: &observer)
        case let p as ResourceArbitrageParameters:
            _run(ResourceArbitrageKernel<V>.self, p, keys: keys, runCount: runCount, observer: &observer)
        case let p as HeterogeneousBeliefsParameters:
            _run(HeterogeneousBeliefsKernel<V>.self, p, keys: keys, runCount: runCount, observer: &observer)
        case let p as EvolutionaryGamesParameters:
            _run(EvolutionaryGamesKernel<V>.self, p, keys: keys, runCount: runCount, observer: &observer)
        case let p as AlgorithmicCollusionParameters:
            _run(AlgorithmicCollusionKernel<V>.self, p, keys: keys, runCount: runCount, observer: &observer)
        case let p as TokenLaunchParameters:
            _run(TokenLaunchKernel<V>.self, p, keys: keys, runCount: runCount, observer: &observer)
        case let p as MarketManipulationParameters:
            _run(MarketManipulationKernel<V>.self, p, keys: keys, runCount: runCount, observer: &observer)
        case let p as CobwebParameters:
            _run(CobwebKernel<V>.self, p, keys: keys, runCount: runCount, observer: &observer)
        case let p as LearningTradersParameters:
            _run(LearningTradersKernel<V>.self, p, keys: keys, runCount: runCount, observer: &observer)
        case let p as TestFunctionParameters:
            _run(TestFunctionKernel<V>.self, p, keys: keys, runCount: runCount, observer: &observer)
        default:
            preconditionFailure("scenario \(parameters.scenario.name) has no kernel in the registry")
        }
    }

    /// Runs the batch on the worker's `Kernel`, made on first use (each
    /// kernel grows to later points itself).
    @inlinable
    func _run<Kernel: ScenarioKernel<V>, Observer: StepObserver<V>>(
        _: Kernel.Type, _ point: Kernel.Point, keys: LaneKeys<V>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        let id = ObjectIdentifier(Kernel.self)
        let kernel: Kernel
        if let made = _kernels[id] {
            kernel = unsafeDowncast(made, to: Kernel.self)
        } else {
            kernel = Kernel(sizedFor: point)
            _kernels[id] = kernel
        }
        return kernel.run(point, keys: keys, runCount: runCount, observer: &observer)
    }

    /// Runs one batch without observing it.
    @inlinable
    public func run(_ parameters: ScenarioParameters, keys: LaneKeys<V>, runCount: Int) -> [RunOutcome] {
        var none = NoObservation<V>()
        return run(parameters, keys: keys, runCount: runCount, observer: &none)
    }
}
