/// The checked parameters of one point of any scenario.
///
/// What the sweep, the reduction and the command line need of a point,
/// whatever its scenario; the kernels take the concrete parameters.
public enum ScenarioParameters: Sendable, Equatable {
    /// A point of `curve-volatility`.
    case curveVolatility(CurveVolatilityParameters)
    /// A point of `market-clearing`.
    case marketClearing(MarketClearingParameters)
    /// A point of `zero-intelligence`.
    case zeroIntelligence(ZeroIntelligenceParameters)
    /// A point of `multi-asset`.
    case multiAsset(MultiAssetParameters)

    /// The parameters given by `key = value` assignments over `scenario`'s
    /// defaults, each checked against its domain, then checked together.
    /// - Throws: ``ParameterError`` naming the key, the value and what is allowed.
    public init(_ scenario: Scenario, assigning assignments: [(key: String, value: ParameterValue)]) throws(ParameterError) {
        switch scenario {
        case .curveVolatility: self = .curveVolatility(try CurveVolatilityParameters(assigning: assignments))
        case .marketClearing: self = .marketClearing(try MarketClearingParameters(assigning: assignments))
        case .zeroIntelligence: self = .zeroIntelligence(try ZeroIntelligenceParameters(assigning: assignments))
        case .multiAsset: self = .multiAsset(try MultiAssetParameters(assigning: assignments))
        }
    }

    /// The scenario the point belongs to.
    public var scenario: Scenario {
        switch self {
        case .curveVolatility: .curveVolatility
        case .marketClearing: .marketClearing
        case .zeroIntelligence: .zeroIntelligence
        case .multiAsset: .multiAsset
        }
    }

    /// Agent-steps of one run (`N·T` for the agent populations), the unit of throughput.
    public var agentSteps: Double {
        switch self {
        case .curveVolatility(let p): p.agentSteps
        case .marketClearing(let p): p.agentSteps
        case .zeroIntelligence(let p): p.agentSteps
        case .multiAsset(let p): p.agentSteps
        }
    }

    /// Every parameter by its key, as the value a user would write back.
    public var keyedValues: [String: String] {
        switch self {
        case .curveVolatility(let p): p.keyedValues
        case .marketClearing(let p): p.keyedValues
        case .zeroIntelligence(let p): p.keyedValues
        case .multiAsset(let p): p.keyedValues
        }
    }

    /// The keys of this point in canonical order: the scenario's keys that
    /// exist for it (for `curve-volatility`, those of its curve family).
    public var keys: [String] {
        switch self {
        case .curveVolatility(let p): CurveVolatilityParameters.descriptors(for: p.curve.family).map(\.key)
        case .marketClearing: MarketClearingParameters.descriptors.map(\.key)
        case .zeroIntelligence: ZeroIntelligenceParameters.descriptors.map(\.key)
        case .multiAsset: MultiAssetParameters.descriptors.map(\.key)
        }
    }

    /// One line naming the point by what differs from the defaults.
    public var summaryLine: String {
        switch self {
        case .curveVolatility(let p): p.summaryLine
        case .marketClearing(let p): p.summaryLine
        case .zeroIntelligence(let p): p.summaryLine
        case .multiAsset(let p): p.summaryLine
        }
    }

    /// The metrics a run at this point reports, in outcome order.
    public var reportedMetrics: [Metric] {
        switch self {
        case .curveVolatility(let p): scenario.metrics(named: CurveVolatilityMetric.reported(withShock: p.shock > 0))
        case .marketClearing(let p): scenario.metrics(named: MarketClearingMetric.reported(for: p))
        case .zeroIntelligence(let p): scenario.metrics(named: ZeroIntelligenceMetric.reported(for: p))
        case .multiAsset(let p): scenario.metrics(named: MultiAssetMetric.reported(for: p))
        }
    }

    /// The bonding-curve family, for scenarios priced by a curve.
    public var curveFamily: CurveFamily? {
        switch self {
        case .curveVolatility(let p): p.curve.family
        case .marketClearing, .zeroIntelligence, .multiAsset: nil
        }
    }

    /// The same point cut to at most `steps` steps (for a timed calibration):
    /// every other parameter kept, step-dependent ones moved inside the run.
    public func shortened(toSteps steps: Int) -> Self {
        switch self {
        case .curveVolatility(var p):
            p.steps = min(p.steps, steps)
            if let step = p.shockStep, step >= p.steps { p.shockStep = p.steps / 2 }
            return .curveVolatility(p)
        case .marketClearing(var p):
            p.steps = min(p.steps, max(2, steps))
            return .marketClearing(p)
        case .zeroIntelligence(var p):
            // Whole periods only: a period is the market's unit of trading.
            p.periods = max(1, min(p.periods, steps / max(1, p.ordersPerPeriod)))
            return .zeroIntelligence(p)
        case .multiAsset(var p):
            p.steps = min(p.steps, max(2, steps))
            return .multiAsset(p)
        }
    }
}

extension ScenarioParameters {
    /// The `curve-volatility` parameters, if the point is one.
    public var curveVolatility: CurveVolatilityParameters? {
        if case .curveVolatility(let p) = self { return p }
        return nil
    }
}
