/// A scenario the engine can run: its name, what it models, the metrics each
/// run reports and the parameters it accepts.
///
/// Adding a scenario means adding a case here, in ``ScenarioParameters`` and
/// in ``ScenarioBatch``; the sweep, reduction, report and command line take
/// everything else from these three.
public enum Scenario: String, CaseIterable, Sendable {
    /// Noise, momentum and fundamentalist traders on one bonding curve
    /// (`REFERENCE-SCENARIO.md`).
    case curveVolatility = "curve-volatility"
    /// The same population trading one token whose price comes from market
    /// clearing: a continuous double auction, a call auction or tâtonnement.
    case marketClearing = "market-clearing"
    /// Gode and Sunder's (1993) double auction with zero-intelligence
    /// traders, for validating the order book and measuring efficiency.
    case zeroIntelligence = "zero-intelligence"
    /// `M` assets with linear demand and supply and cross-price effects,
    /// cleared every step by one LU solve.
    case multiAsset = "multi-asset"

    /// The scenario called `name`.
    /// - Throws: ``ParameterError/unknownScenario(name:allowed:)``.
    public init(named name: String) throws(ParameterError) {
        guard let scenario = Self(rawValue: name) else {
            throw .unknownScenario(name: name, allowed: Self.allCases.map(\.rawValue))
        }
        self = scenario
    }

    /// The name users type (`curve-volatility`).
    public var name: String { rawValue }

    /// One sentence on what the scenario models.
    public var summary: String {
        switch self {
        case .curveVolatility:
            "Noise, momentum and fundamentalist traders on one bonding curve (REFERENCE-SCENARIO.md)."
        case .marketClearing:
            "Noise, momentum and fundamentalist traders on one token priced by market clearing (mechanism=continuous, call or tatonnement)."
        case .zeroIntelligence:
            "Gode–Sunder double auction: zero-intelligence traders (traders=zic or ziu) with private values and costs; allocative efficiency."
        case .multiAsset:
            "M assets with linear demand and supply and cross-price effects, cleared every step by one linear solve (LAPACK)."
        }
    }

    /// Every metric a run can report, in the order of ``RunOutcome/values``.
    public var metrics: [Metric] {
        switch self {
        case .curveVolatility: Metric.all(of: CurveVolatilityMetric.self)
        case .marketClearing: Metric.all(of: MarketClearingMetric.self)
        case .zeroIntelligence: Metric.all(of: ZeroIntelligenceMetric.self)
        case .multiAsset: Metric.all(of: MultiAssetMetric.self)
        }
    }

    /// The metric called `name`, if the scenario has one.
    public func metric(named name: String) -> Metric? {
        metrics.first { $0.name == name }
    }

    /// The scenario's metrics among `reported`, in outcome order.
    func metrics<M: RawRepresentable>(named reported: [M]) -> [Metric] where M.RawValue == String {
        let names = Set(reported.map(\.rawValue))
        return metrics.filter { names.contains($0.name) }
    }

    /// The metric points are ranked by unless a sweep says otherwise.
    public var defaultObjective: Metric {
        switch self {
        case .curveVolatility: metric(named: CurveVolatilityMetric.volatility.rawValue)!
        case .marketClearing: metric(named: MarketClearingMetric.volatility.rawValue)!
        case .zeroIntelligence: metric(named: ZeroIntelligenceMetric.efficiency.rawValue)!
        case .multiAsset: metric(named: MultiAssetMetric.volatility.rawValue)!
        }
    }

    /// Every parameter key once, in help order (for `curve-volatility`, the
    /// common parameters, then each family's curve parameters).
    public var descriptors: [ParameterDescriptor] {
        switch self {
        case .curveVolatility:
            var seen = Set<String>()
            return (CurveVolatilityParameters.commonDescriptors
                + CurveFamily.allCases.flatMap { CurveVolatilityParameters.curveDescriptors($0) })
                .filter { seen.insert($0.key).inserted }
        case .marketClearing: return MarketClearingParameters.descriptors
        case .zeroIntelligence: return ZeroIntelligenceParameters.descriptors
        case .multiAsset: return MultiAssetParameters.descriptors
        }
    }

    /// The parameters grouped for help: a title and its descriptors.
    public var parameterGroups: [(title: String, descriptors: [ParameterDescriptor])] {
        switch self {
        case .curveVolatility:
            [("Parameters of curve-volatility (--set key=value; defaults are the reference constants)", CurveVolatilityParameters.commonDescriptors)]
                + CurveFamily.allCases.map { ("Parameters of curve=\($0.rawValue)", CurveVolatilityParameters.curveDescriptors($0)) }
        case .marketClearing:
            [("Parameters of market-clearing (defaults: the reference population, continuous double auction)", MarketClearingParameters.descriptors)]
        case .zeroIntelligence:
            [("Parameters of zero-intelligence (defaults are Gode and Sunder's market)", ZeroIntelligenceParameters.descriptors)]
        case .multiAsset:
            [("Parameters of multi-asset", MultiAssetParameters.descriptors)]
        }
    }
}

extension Scenario {
    /// The points `catallax bench` and the benchmarks measure: each curve
    /// family, each trader type or each clearing mechanism at the
    /// scenario's reference constants.
    public var referencePoints: [(label: String, parameters: ScenarioParameters)] {
        switch self {
        case .curveVolatility:
            CurveFamily.allCases.map { ("curve=\($0.rawValue)", .curveVolatility(.reference($0))) }
        case .marketClearing:
            ClearingMechanism.allCases.map { mechanism in
                var p = MarketClearingParameters()
                p.mechanism = mechanism
                return ("mechanism=\(mechanism.rawValue)", .marketClearing(p))
            }
        case .zeroIntelligence:
            ZeroIntelligenceStrategy.allCases.map { strategy in
                var p = ZeroIntelligenceParameters()
                p.traders = strategy
                return ("traders=\(strategy.word)", .zeroIntelligence(p))
            }
        case .multiAsset:
            [4, 16].map { assets in
                var p = MultiAssetParameters()
                p.assets = assets
                return ("assets=\(assets)", .multiAsset(p))
            }
        }
    }
}
