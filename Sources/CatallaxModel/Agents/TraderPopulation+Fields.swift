/// The population's parameters, declared once for every scenario that
/// holds a ``TraderPopulation`` at `population`; each scenario places them
/// in its own help order.
public struct TraderPopulationFields<Point: ScenarioPoint & TradingScenario>: Sendable {
    /// `N`.
    public let agents: ParameterField<Point>
    /// `p_act`.
    public let activity: ParameterField<Point>
    /// `q_max`.
    public let maxFraction: ParameterField<Point>
    /// `L`.
    public let lag: ParameterField<Point>
    /// `θ_m`.
    public let momentumThreshold: ParameterField<Point>
    /// `θ_f`.
    public let valueThreshold: ParameterField<Point>
    /// `κ`.
    public let reactivity: ParameterField<Point>
    /// `σ_V`.
    public let beliefSpread: ParameterField<Point>
    /// `f_noise`.
    public let noiseShare: ParameterField<Point>
    /// `f_mom`.
    public let momentumShare: ParameterField<Point>

    /// The fields of `Point`'s population, reached through the protocol's
    /// `population` (a computed key path: each read projects it anew).
    public init() { self.init(population: \Point.population) }

    /// The fields of `Point`'s population, stored at `population`: given as
    /// the point's own stored property (`\.population` where the point is
    /// declared), each field is a stored path, which ``ParameterField``
    /// reads at its byte offset.
    public init(population: WritableKeyPath<Point, TraderPopulation>) {
        func at<T>(_ member: WritableKeyPath<TraderPopulation, T>) -> WritableKeyPath<Point, T> { population.appending(path: member) }
        agents = .integer("agents", symbol: "N", "Number of agents.", name: "agents N", unit: "count",
                          range: 1...10_000_000, at(\.agents))
        activity = .real("p_act", symbol: "p_act", "Probability an agent is active in a step.",
                         name: "activity p_act", unit: "probability per step", domain: .closed(0, 1), at(\.activity))
        maxFraction = .real("q_max", symbol: "q_max", "Largest fraction of an agent's currency or tokens one order moves.",
                            name: "order size q_max", unit: "fraction of balance", domain: .closed(0, 1), at(\.maxFraction))
        lag = .integer("lag", symbol: "L", "Momentum look-back in steps.", name: "momentum lag L", unit: "steps",
                       range: 1...1_000_000, at(\.lag))
        momentumThreshold = .real("theta_m", symbol: "θ_m", "Momentum signal threshold |ln(P_t/P_{t−L})|.",
                                  name: "momentum threshold θ_m", unit: "log return", domain: .atLeast(0),
                                  at(\.momentumThreshold))
        valueThreshold = .real("theta_f", symbol: "θ_f", "Fundamentalist signal threshold |(V_i − P_t)/V_i|.",
                               name: "value threshold θ_f", unit: "relative gap", domain: .atLeast(0),
                               at(\.valueThreshold))
        reactivity = .real("kappa", symbol: "κ", "Order fraction per unit of signal.", name: "reactivity κ",
                           unit: "fraction per unit signal", domain: .greaterThan(0), at(\.reactivity))
        beliefSpread = .real("sigma_v", symbol: "σ_V", "Log-normal spread of fundamentalists' beliefs.", name: "belief spread σ_V",
                             unit: "log price", domain: .closed(0, 10), at(\.beliefSpread))
        noiseShare = .real("f_noise", symbol: "f_noise", "Share of agents that are noise traders.", name: "noise share f_noise",
                           unit: "fraction of agents", domain: .closed(0, 1), at(\.noiseShare))
        momentumShare = .real("f_mom", symbol: "f_mom", "Share of agents that are momentum traders.", name: "momentum share f_mom",
                              unit: "fraction of agents", domain: .closed(0, 1), at(\.momentumShare))
    }
}
