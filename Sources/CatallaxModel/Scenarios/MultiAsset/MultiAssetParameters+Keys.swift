extension MultiAssetParameters {
    /// Every key the `multi-asset` scenario accepts, in help order, with the
    /// reference point's values as defaults.
    public static let descriptors: [ParameterDescriptor] = [
        .init(key: "assets", symbol: "M", summary: "Number of assets.", defaultValue: .number(4), domain: .integer(1...64)),
        .init(key: "agents", symbol: "N", summary: "Number of agents.", defaultValue: .number(1000), domain: .integer(1...1_000_000)),
        .init(key: "steps", symbol: "T", summary: "Number of steps of a run.", defaultValue: .number(1000), domain: .integer(2...100_000_000)),
        .init(key: "p_act", symbol: "p_act", summary: "Probability an agent's beliefs move in a step.", defaultValue: .number(0.1), domain: .closed(0, 1)),
        .init(key: "b0", symbol: "B₀", summary: "Every agent's starting cash.", defaultValue: .number(100), domain: .atLeast(0)),
        .init(key: "v0", symbol: "V₀", summary: "Reference value; the market maker's anchor price.", defaultValue: .number(1), domain: .greaterThan(0)),
        .init(key: "sigma_v", symbol: "σ_V", summary: "Log-normal spread of the starting beliefs.", defaultValue: .number(0.1), domain: .closed(0, 10)),
        .init(key: "sigma_eps", symbol: "σ_ε", summary: "Size of one belief shock (log).", defaultValue: .number(0.02), domain: .closed(0, 10)),
        .init(key: "rho_belief", symbol: "ρ", summary: "Correlation of a belief shock across assets (one factor).", defaultValue: .number(0.5), domain: .closed(0, 1)),
        .init(key: "kappa", symbol: "κ", summary: "Units demanded per unit of value gap.", defaultValue: .number(10), domain: .greaterThan(0)),
        .init(key: "gamma", symbol: "γ", summary: "Cross-substitution between assets (ignored when M = 1).", defaultValue: .number(0.3), domain: .halfOpen(0, 1)),
        .init(key: "depth", symbol: "λ", summary: "Market maker's price slope per unit of the agents' N·κ.", defaultValue: .number(1), domain: .greaterThan(0)),
    ]
}
