extension HeterogeneousBeliefsParameters {
    public static let name = "heterogeneous-beliefs"
    public static let summary =
        "Brock–Hommes adaptive beliefs: costly fundamentalists against trend followers who switch by a logit of past profits; the intensity of choice β drives the price from a stable fundamental through a pitchfork and a Neimark–Sacker bifurcation to cycles and chaos."
    public static let parameterTitle = "Parameters of heterogeneous-beliefs (defaults: Brock and Hommes 1998, R = 1.1, g = 1.2, C = 1, β = 4)"
    public static let defaultObjective = HeterogeneousBeliefsMetric.volatility

    /// Every parameter, in help order.
    public static let fields: [ParameterField<Self>] = [
        .real("beta", symbol: "β", "Intensity of choice: how strongly agents switch to the rule that earned more.",
              name: "intensity of choice β", unit: "per money", domain: .closed(0, 10_000), \.beta),
        .real("interest", symbol: "r", "Risk-free rate; R = 1 + r.", name: "interest r", unit: "per step",
              domain: .real(lower: 0, lowerInclusive: false, upper: 1, upperInclusive: true), \.interest),
        .real("trend", symbol: "g", "Trend followers' extrapolation: they forecast g·x_{t−1} + b.", name: "trend g",
              unit: "factor", domain: .closed(-10, 10), \.trend),
        .real("bias", symbol: "b", "Trend followers' bias.", name: "bias b", unit: "money", domain: .closed(-10, 10), \.bias),
        .real("cost", symbol: "C", "Fundamentalists' information cost a step.", name: "cost C", unit: "money/step",
              domain: .closed(0, 100), \.cost),
        .real("memory", symbol: "η", "Weight of past fitness: U ← π − C + η·U.", name: "memory η", unit: "weight",
              domain: .halfOpen(0, 1), \.memory),
        .real("noise", symbol: "σ_ε", "Standard deviation of the supply shock added to the deviation each step.",
              name: "noise σ_ε", unit: "money", domain: .closed(0, 10), \.noise),
        .real("start", symbol: "s", "The three starting deviations are uniform on [−s, s].", name: "start s", unit: "money",
              domain: .closed(0, 100), \.start),
        .integer("agents", symbol: "N", "Agents each choosing a rule by the logit every step; 0 is the continuum of the paper.",
                 name: "agents N", unit: "agents", range: 0...1_000_000, \.agents),
        .real("fundamental", symbol: "p*", "Fundamental price; the reported price is p* + x_t.", name: "fundamental price p*",
              unit: "money", domain: .real(lower: 0, lowerInclusive: false, upper: 1e9, upperInclusive: true), \.fundamental),
        .integer("steps", symbol: "T", "Number of steps of a run.", name: "steps T", unit: "steps", range: 2...100_000_000, \.steps),
        .integer("burn_in", symbol: "T₀", "Steps left out of the metrics (must be less than steps).", name: "burn-in T₀",
                 unit: "steps", range: 0...100_000_000, \.burnIn),
    ]

    /// The defaults (`β = 4`, beyond both bifurcations), `β = 2` (the fundamental
    /// stable), `β = 3` (a non-fundamental steady state) and `β = 4` with 1000 agents.
    public static var referencePoints: [(label: String, point: Self)] {
        var stable = Self(), branch = Self(), finite = Self()
        stable.beta = 2
        branch.beta = 3
        finite.agents = 1000
        return [("beta=4", Self()), ("beta=2", stable), ("beta=3", branch), ("beta=4 agents=1000", finite)]
    }

    public func reports(_ metric: HeterogeneousBeliefsMetric) -> Bool {
        metric == .lyapunov ? agents == 0 : true
    }

    public func shortened(toSteps steps: Int) -> Self {
        var p = self
        p.steps = min(p.steps, max(2, steps))
        p.burnIn = min(p.burnIn, p.steps / 2)
        return p
    }
}
