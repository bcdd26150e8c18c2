extension MarketClearingParameters {
    /// Every parameter the scenario accepts, in help order, with the
    /// defaults of the reference point.
    public static let descriptors: [ParameterDescriptor] = [
        .init(key: "mechanism", symbol: "mechanism", summary: "How orders are cleared into trades and a price.",
              defaultValue: .word("continuous"), domain: .choice(ClearingMechanism.allCases.map(\.rawValue))),
        .init(key: "agents", symbol: "N", summary: "Number of agents.", defaultValue: .number(1000), domain: .integer(1...10_000_000)),
        .init(key: "steps", symbol: "T", summary: "Number of steps of a run.", defaultValue: .number(1000), domain: .integer(2...100_000_000)),
        .init(key: "p_act", symbol: "p_act", summary: "Probability an agent is active in a step.", defaultValue: .number(0.1), domain: .closed(0, 1)),
        .init(key: "q_max", symbol: "q_max", summary: "Largest fraction of available cash or units one order moves.", defaultValue: .number(0.1), domain: .closed(0, 1)),
        .init(key: "lag", symbol: "L", summary: "Momentum look-back in steps.", defaultValue: .number(10), domain: .integer(1...1_000_000)),
        .init(key: "theta_m", symbol: "θ_m", summary: "Momentum signal threshold |ln(P_t/P_{t−L})|.", defaultValue: .number(0.01), domain: .atLeast(0)),
        .init(key: "theta_f", symbol: "θ_f", summary: "Fundamentalist signal threshold |(V_i − P_t)/V_i|.", defaultValue: .number(0.02), domain: .atLeast(0)),
        .init(key: "kappa", symbol: "κ", summary: "Order fraction per unit of signal.", defaultValue: .number(1), domain: .greaterThan(0)),
        .init(key: "sigma_v", symbol: "σ_V", summary: "Log-normal spread of fundamentalists' beliefs.", defaultValue: .number(0.1), domain: .closed(0, 10)),
        .init(key: "f_noise", symbol: "f_noise", summary: "Share of agents that are noise traders.", defaultValue: .number(0.6), domain: .closed(0, 1)),
        .init(key: "f_mom", symbol: "f_mom", summary: "Share of agents that are momentum traders.", defaultValue: .number(0.2), domain: .closed(0, 1)),
        .init(key: "b0", symbol: "B₀", summary: "Every agent's starting cash.", defaultValue: .number(100), domain: .atLeast(0)),
        .init(key: "h0", symbol: "H₀", summary: "Every agent's starting units.", defaultValue: .number(100), domain: .integer(0...1_000_000_000)),
        .init(key: "p0", symbol: "P₀", summary: "Starting price, a whole number of ticks.", defaultValue: .number(1), domain: .greaterThan(0)),
        .init(key: "v0", symbol: "V₀", summary: "Centre of the fundamentalists' beliefs (default P₀).", defaultValue: nil, domain: .greaterThan(0)),
        .init(key: "tick", symbol: "δ", summary: "Price tick: every book price is a whole number of ticks.", defaultValue: .number(0.01), domain: .greaterThan(0)),
        .init(key: "max_price", symbol: "P_max", summary: "Highest price of the book.", defaultValue: .number(10), domain: .greaterThan(0)),
        .init(key: "eta", symbol: "η", summary: "Limit-price offset in log price: limits lie within P_t·e^{±η}.", defaultValue: .number(0.02), domain: .closed(0, 10)),
        .init(key: "interval", symbol: "k", summary: "Steps between two calls of the call auction.", defaultValue: .number(1), domain: .integer(1...1_000_000)),
        .init(key: "lambda", symbol: "λ", summary: "Tâtonnement adjustment rate in ΔP = λ·g(D − O, S).", defaultValue: .number(1e-4), domain: .greaterThan(0)),
        .init(key: "adjustment", symbol: "g", summary: "Tâtonnement response to excess demand.",
              defaultValue: .word("linear"), domain: .choice(AdjustmentResponse.allCases.map(\.rawValue))),
        .init(key: "saturation", symbol: "c", summary: "Scale of the saturated response c·tanh(z/c), in units.", defaultValue: .number(1000), domain: .greaterThan(0)),
    ]
}
