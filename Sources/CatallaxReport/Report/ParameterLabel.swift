import CatallaxModel

/// How the report names a parameter or metric for people: a short name with
/// its symbol, and its unit.
enum ParameterLabel {
    /// The key of a family's steepness parameter: `m`, `k`, `k`, `n`.
    static func steepnessKey(_ family: CurveFamily) -> String {
        switch family {
        case .linear: "m"
        case .exponential, .sigmoid: "k"
        case .power: "n"
        }
    }

    /// The keys a family's anchoring solves for (its level), not independent axes.
    static func levelKeys(_ family: CurveFamily) -> Set<String> {
        switch family {
        case .linear: ["b"]
        case .exponential, .power: ["a"]
        case .sigmoid: ["K", "s0"]
        }
    }

    /// `name (unit)` for a parameter key, the family deciding what `a` and `k` are.
    static func title(_ key: String, family: CurveFamily?) -> String {
        let (name, unit) = nameAndUnit(key, family: family)
        return unit.isEmpty ? name : "\(name) (\(unit))"
    }

    static func nameAndUnit(_ key: String, family: CurveFamily?) -> (String, String) {
        switch key {
        case "curve": ("curve family", "")
        case "agents": ("agents N", "count")
        case "steps": ("steps T", "steps")
        case "p_act": ("activity p_act", "probability per step")
        case "q_max": ("order size q_max", "fraction of balance")
        case "fee": ("fee φ", "fraction of trade value")
        case "lag": ("momentum lag L", "steps")
        case "theta_m": ("momentum threshold θ_m", "log return")
        case "theta_f": ("value threshold θ_f", "relative gap")
        case "kappa": ("reactivity κ", "fraction per unit signal")
        case "sigma_v": ("belief spread σ_V", "log price")
        case "b0": ("starting balance B₀", "currency")
        case "s_init": ("starting supply S_init", "tokens")
        case "f_noise": ("noise share f_noise", "fraction of agents")
        case "f_mom": ("momentum share f_mom", "fraction of agents")
        case "shock": ("shock size", "fraction of supply")
        case "t_shock": ("shock step t_shock", "step")
        case "m": ("slope m", "currency/token²")
        case "b": ("intercept b", "currency/token")
        case "k": (family == .sigmoid ? "steepness k" : "growth rate k", "1/token")
        case "K": ("ceiling K", "currency/token")
        case "s0": ("midpoint S₀", "tokens")
        case "n": ("exponent n", "dimensionless")
        case "mechanism": ("clearing mechanism", "")
        case "interval": ("call interval k", "steps")
        case "tick": ("tick δ", "currency")
        case "lambda": ("adjustment rate λ", "price per unit of excess demand")
        case "eta": ("limit offset η", "log price")
        case "traders": ("traders", "")
        case "orders": ("order arrivals", "per period")
        case "assets": ("assets M", "count")
        case "gamma": ("cross-substitution γ", "dimensionless")
        case "depth": ("market-maker depth", "relative to N·κ")
        case "a": (family == .power ? "coefficient a" : "level a", family == .power ? "currency/tokenⁿ⁺¹" : "currency/token")
        default: (key, "")
        }
    }

    /// A value of `key` as the report shows it: fees as percentages, numbers
    /// with up to 3 significant digits, words as they are.
    static func value(_ text: String, key: String) -> String {
        guard let x = Double(text) else { return text }
        return key == "fee" ? NumberText.percent(x) : NumberText.compact(x)
    }

    /// `key = value` for a point's coordinate, the key as its symbol (`φ = 0.3%`, `m = 2.15×10⁻⁶`).
    static func assignment(_ key: String, _ text: String) -> String {
        key == "curve" ? text : "\(key == "fee" ? "φ" : key) = \(value(text, key: key))"
    }

    /// `name (unit)` for a metric of any scenario (the bare name for one
    /// without a label here).
    static func title(_ metric: Metric) -> String {
        switch metric.name {
        case "volatility": "volatility (std. dev. of per-step log return)"
        case "max_drawdown": "max drawdown (fraction of peak price)"
        case "log_return": "log return ln(P_T/P_0) (dimensionless)"
        case "volume": "volume (currency)"
        case "fees": "fees collected (currency)"
        case "gini": "Gini of final wealth (0–1)"
        case "shock_drop": "shock drop (fraction of price)"
        case "recovery_steps": "recovery time (steps)"
        case "recovery_censored": "never recovered (share of runs)"
        case "spread": "quoted spread (fraction of mid price)"
        case "depth": "book depth (units resting)"
        case "fill_rate": "fill rate (units filled / units ordered)"
        case "efficiency": "efficiency (realized / maximum surplus)"
        default: name(metric)
        }
    }

    /// The metric's short name (`max drawdown`).
    static func name(_ metric: Metric) -> String {
        metric.name.replacingOccurrences(of: "_", with: " ")
    }
}
