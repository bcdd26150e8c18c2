/// The parameters of one point of the `cobweb` scenario (Arifovic 1994):
/// `m` firms choose quantities before the price is known; the price clears
/// linear demand; firms expect prices naively, adaptively, or learn their
/// quantities by a genetic algorithm with or without the election operator.
///
/// ```
/// p_t = max(0, A − B·Σ_i q_{i,t}),    C(q) = x·q + ½·y·m·q²,    q ∈ [0, q̄],  q̄ = A/(B·m)
/// ```
///
/// ``init()`` is her stable case (`B/y = 0.95`), single-population GA with
/// election. See `docs/Cobweb.md`.
public struct CobwebParameters: ScenarioPoint {
    /// How firms choose quantities.
    public var expectations = CobwebExpectations.gaSingle
    /// `A`, the demand intercept.
    public var demandIntercept = 2.184
    /// `B`, the demand slope.
    public var demandSlope = 0.0152
    /// `x`, the linear cost.
    public var costLinear = 0.0
    /// `y`, the quadratic cost coefficient (`½·y·m·q²`).
    public var costQuadratic = 0.016
    /// `m`, the number of firms.
    public var firms = 30
    /// `n`, the strings per firm under `ga-multi`.
    public var strings = 30
    /// `ℓ`, the string length.
    public var bits = 30
    /// `κ`, the crossover rate per pair.
    public var crossover = 0.6
    /// `μ`, the mutation rate per bit.
    public var mutation = 0.0033
    /// Whether the election operator is on.
    public var election = true
    /// `λ`, the adaptive expectations' weight.
    public var adaptation = 0.5
    /// `p₀`, the centre of the first expectation of naive and adaptive firms.
    public var initialPrice = 1.0
    /// `σ₀`, the first expectation's relative spread: `p^e_0 ~ U(p₀·(1 − σ₀), p₀·(1 + σ₀))`, one draw per run.
    public var initialSpread = 0.1
    /// `T`, the periods of a run.
    public var steps = 1000
    /// `W`, the last periods the metrics average over.
    public var window = 200
    /// `ε`, the relative price error counted as converged.
    public var tolerance = 0.01

    /// The reference point.
    public init() {}

    /// Agent-steps of one run, `m·T` (a firm in a period).
    public var agentSteps: Double { Double(firms) * Double(steps) }

    /// `p*`, `q*`, `π*`.
    public var equilibrium: CobwebEquilibrium {
        CobwebEquilibrium(demandIntercept: demandIntercept, demandSlope: demandSlope, costLinear: costLinear,
                          costQuadratic: costQuadratic, firms: firms)
    }

    /// `q̄ = A/(B·m)`, the largest quantity: all firms at `q̄` drive the price to 0.
    public var quantityBound: Double { demandIntercept / (demandSlope * Double(firms)) }

    /// `B/y`: the naive cobweb is stable iff it is below 1.
    public var slopeRatio: Double { demandSlope / costQuadratic }

    /// The strings in one population: `m` under `ga-single`, `n` under `ga-multi`, none otherwise.
    public var populationSize: Int {
        switch expectations {
        case .gaSingle: firms
        case .gaMulti: strings
        case .naive, .adaptive: 0
        }
    }

    /// The populations: 1 under `ga-single`, `m` under `ga-multi`, none otherwise.
    public var populationCount: Int {
        switch expectations {
        case .gaSingle: 1
        case .gaMulti: firms
        case .naive, .adaptive: 0
        }
    }
}
