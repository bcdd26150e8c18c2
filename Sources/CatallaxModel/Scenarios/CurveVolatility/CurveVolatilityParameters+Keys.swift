#if canImport(Glibc)
import Glibc
#endif

extension CurveVolatilityParameters {
    /// The population and market parameters every curve shares, in help order.
    public static let commonDescriptors: [ParameterDescriptor] = [
        .init(key: "curve", symbol: "f", summary: "Bonding-curve family of the price function.",
              defaultValue: .word("linear"), domain: .choice(CurveFamily.allCases.map(\.rawValue))),
        .init(key: "agents", symbol: "N", summary: "Number of agents.", defaultValue: .number(1000), domain: .integer(1...10_000_000)),
        .init(key: "steps", symbol: "T", summary: "Number of steps of a run.", defaultValue: .number(1000), domain: .integer(2...100_000_000)),
        .init(key: "p_act", symbol: "p_act", summary: "Probability an agent is active in a step.", defaultValue: .number(0.1), domain: .closed(0, 1)),
        .init(key: "q_max", symbol: "q_max", summary: "Largest fraction of balance or holdings one order moves.", defaultValue: .number(0.1), domain: .closed(0, 1)),
        .init(key: "fee", symbol: "φ", summary: "Fee rate on buy deposits and sell refunds, paid to the treasury.", defaultValue: .number(0.003), domain: .halfOpen(0, 1)),
        .init(key: "lag", symbol: "L", summary: "Momentum look-back in steps.", defaultValue: .number(10), domain: .integer(1...1_000_000)),
        .init(key: "theta_m", symbol: "θ_m", summary: "Momentum signal threshold |ln(P_t/P_{t−L})|.", defaultValue: .number(0.01), domain: .atLeast(0)),
        .init(key: "theta_f", symbol: "θ_f", summary: "Fundamentalist signal threshold |(V_i − P_t)/V_i|.", defaultValue: .number(0.02), domain: .atLeast(0)),
        .init(key: "kappa", symbol: "κ", summary: "Order fraction per unit of signal.", defaultValue: .number(1), domain: .greaterThan(0)),
        .init(key: "sigma_v", symbol: "σ_V", summary: "Log-normal spread of fundamentalists' beliefs.", defaultValue: .number(0.1), domain: .closed(0, 10)),
        .init(key: "b0", symbol: "B₀", summary: "Every agent's starting currency.", defaultValue: .number(100), domain: .atLeast(0)),
        .init(key: "s_init", symbol: "S_init", summary: "Starting token supply.", defaultValue: .number(100_000), domain: .greaterThan(0)),
        .init(key: "f_noise", symbol: "f_noise", summary: "Share of agents that are noise traders.", defaultValue: .number(0.6), domain: .closed(0, 1)),
        .init(key: "f_mom", symbol: "f_mom", summary: "Share of agents that are momentum traders.", defaultValue: .number(0.2), domain: .closed(0, 1)),
        .init(key: "shock", symbol: "shock", summary: "Share of the initial supply sold at once at t_shock (0: no shock).", defaultValue: .number(0), domain: .halfOpen(0, 1)),
        .init(key: "t_shock", symbol: "t_shock", summary: "Step of the shock sale (default T/2).", defaultValue: nil, domain: .integer(0...100_000_000)),
    ]

    /// The parameters of each curve family, with the reference values as defaults.
    public static func curveDescriptors(_ family: CurveFamily) -> [ParameterDescriptor] {
        switch family {
        case .linear: [
            .init(key: "m", symbol: "m", summary: "Slope of the linear price m·S + b.", defaultValue: .number(1e-5), domain: .atLeast(0)),
            .init(key: "b", symbol: "b", summary: "Intercept of the linear price m·S + b.", defaultValue: .number(0), domain: .atLeast(0)),
        ]
        case .exponential: [
            .init(key: "a", symbol: "a", summary: "Level of the exponential price a·e^{kS}.", defaultValue: .number(exp(-1)), domain: .greaterThan(0)),
            .init(key: "k", symbol: "k", summary: "Steepness of the exponential price a·e^{kS}.", defaultValue: .number(1e-5), domain: .greaterThan(0)),
        ]
        case .sigmoid: [
            .init(key: "K", symbol: "K", summary: "Ceiling of the sigmoid price K/(1+e^{−k(S−S₀)}).", defaultValue: .number(2), domain: .greaterThan(0)),
            .init(key: "k", symbol: "k", summary: "Steepness of the sigmoid price.", defaultValue: .number(2e-5), domain: .greaterThan(0)),
            .init(key: "s0", symbol: "S₀", summary: "Midpoint supply of the sigmoid price.", defaultValue: .number(100_000), domain: .anyFinite),
        ]
        case .power: [
            .init(key: "a", symbol: "a", summary: "Level of the power price a·Sⁿ.", defaultValue: .number(1e-10), domain: .greaterThan(0)),
            .init(key: "n", symbol: "n", summary: "Exponent of the power price a·Sⁿ.", defaultValue: .number(2), domain: .closed(0, 64)),
        ]
        }
    }

    /// Every key the scenario accepts for `family`.
    public static func descriptors(for family: CurveFamily) -> [ParameterDescriptor] {
        commonDescriptors + curveDescriptors(family)
    }

    /// The reference curve of a family (price ≈ 1 at `S_init = 100 000`).
    public static func referenceCurve(_ family: CurveFamily) -> CurveChoice {
        // The reference values are inside every domain, so these cannot throw.
        try! curve(family, from: [:])
    }
}

extension CurveVolatilityParameters {
    /// The curve of `family` with the given parameters (missing ones take the
    /// reference values).
    /// - Throws: ``ParameterError`` when the curve rejects its parameters.
    static func curve(_ family: CurveFamily, from numbers: [String: Double]) throws(ParameterError) -> CurveChoice {
        func value(_ key: String) -> Double {
            if let x = numbers[key] { return x }
            guard case .number(let x)? = curveDescriptors(family).first(where: { $0.key == key })?.defaultValue else {
                preconditionFailure("every curve parameter has a default")
            }
            return x
        }
        // The curves' own parameter names, for mapping their errors back to keys.
        let keys = ["slope": "m", "basePrice": family == .linear ? "b" : "a", "growthRate": "k", "maxPrice": "K",
                    "steepness": "k", "midpoint": "s0", "coefficient": "a", "exponent": "n"]
        do {
            switch family {
            case .linear: return .linear(try LinearCurve(slope: value("m"), basePrice: value("b")))
            case .exponential: return .exponential(try ExponentialCurve(basePrice: value("a"), growthRate: value("k")))
            case .sigmoid: return .sigmoid(try SigmoidCurve(maxPrice: value("K"), steepness: value("k"), midpoint: value("s0")))
            case .power: return .power(try PowerCurve(coefficient: value("a"), exponent: value("n")))
            }
        } catch {
            guard case let .invalidParameter(_, parameter, value, allowed) = error else { fatalError("unreachable") }
            throw .outOfDomain(key: keys[parameter] ?? parameter, value: ParameterDomain._format(value),
                               allowed: "\(keys[parameter] ?? parameter) must be \(allowed) for curve=\(family.rawValue) (\(error.description))")
        }
    }
}
