import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension CurveFamily {
    /// The family's parameters, with the reference values
    /// (`REFERENCE-SCENARIO.md`, price ≈ 1 at `S = 100 000`) as defaults.
    public var descriptors: [ParameterDescriptor] { declaration.descriptors }

    /// The descriptors as declared; read once, into ``declaration``.
    var _declaredDescriptors: [ParameterDescriptor] {
        switch self {
        case .linear: [
            .init(key: "m", symbol: "m", summary: "Slope of the linear price m·S + b.", name: "slope m", unit: "currency/token²",
                  defaultValue: .number(1e-5), domain: .atLeast(0)),
            .init(key: "b", symbol: "b", summary: "Intercept of the linear price m·S + b.", name: "intercept b", unit: "currency/token",
                  defaultValue: .number(0), domain: .atLeast(0)),
        ]
        case .exponential: [
            .init(key: "a", symbol: "a", summary: "Level of the exponential price a·e^{kS}.", name: "level a", unit: "currency/token",
                  defaultValue: .number(exp(-1)), domain: .greaterThan(0)),
            .init(key: "k", symbol: "k", summary: "Steepness of the exponential price a·e^{kS}.", name: "growth rate k", unit: "1/token",
                  defaultValue: .number(1e-5), domain: .greaterThan(0)),
        ]
        case .sigmoid: [
            .init(key: "K", symbol: "K", summary: "Ceiling of the sigmoid price K/(1+e^{−k(S−S₀)}).", name: "ceiling K", unit: "currency/token",
                  defaultValue: .number(2), domain: .greaterThan(0)),
            .init(key: "k", symbol: "k", summary: "Steepness of the sigmoid price.", name: "steepness k", unit: "1/token",
                  defaultValue: .number(2e-5), domain: .greaterThan(0)),
            .init(key: "s0", symbol: "S₀", summary: "Midpoint supply of the sigmoid price.", name: "midpoint S₀", unit: "tokens",
                  defaultValue: .number(100_000), domain: .anyFinite),
        ]
        case .power: [
            .init(key: "a", symbol: "a", summary: "Level of the power price a·Sⁿ.", name: "coefficient a", unit: "currency/tokenⁿ⁺¹",
                  defaultValue: .number(1e-10), domain: .greaterThan(0)),
            .init(key: "n", symbol: "n", summary: "Exponent of the power price a·Sⁿ.", name: "exponent n", unit: "dimensionless",
                  defaultValue: .number(2), domain: .closed(0, 64)),
        ]
        }
    }

    /// The price function, for titles.
    public var formula: String {
        switch self {
        case .linear: "m·S + b"
        case .exponential: "a·exp(k·S)"
        case .sigmoid: "K / (1 + exp(−k·(S − S₀)))"
        case .power: "a·Sⁿ"
        }
    }

    /// The parameter that sets how steeply the price rises: `m`, `k`, `k`, `n`.
    public var steepnessKey: String {
        switch self {
        case .linear: "m"
        case .exponential, .sigmoid: "k"
        case .power: "n"
        }
    }

    /// The parameters that set the price's level, which ``levels(price:steepness:atSupply:)`` solves for.
    public var levelKeys: [String] {
        switch self {
        case .linear: ["b"]
        case .exponential, .power: ["a"]
        case .sigmoid: ["K", "s0"]
        }
    }

    /// The parameters the level depends on besides the supply: the
    /// steepness (none for the sigmoid, whose level is its ceiling).
    public var levelInputKeys: [String] { self == .sigmoid ? [] : [steepnessKey] }

    /// The levels that give `f(s) = p` at supply `s`:
    /// ```
    /// linear       m·S + b:             b = p − m·s
    /// exponential  a·e^{kS}:            a = p·e^{−k·s}
    /// sigmoid      K/(1+e^{−k(S−S₀)}):  K = 2p, S₀ = s
    /// power        a·Sⁿ:                a = p·s^{−n}
    /// ```
    /// Linear trap: `p − m·s` cancels when `m·s ≈ p` and can come out a few
    /// ulps below 0 (outside `b ≥ 0`) for a slope meant to give exactly
    /// `b = 0`; a result within 4 ulps of `p` below zero is set to 0.
    /// - Parameter steepness: `m`, `k` or `n` (ignored for the sigmoid).
    public func levels(price p: Double, steepness: Double, atSupply s: Double) -> [(key: String, value: Double)] {
        switch self {
        case .linear:
            let b = p - steepness * s
            return [("b", b < 0 && b >= -4 * p.ulp ? 0 : b)]
        case .exponential:
            return [("a", p * exp(-steepness * s))]
        case .sigmoid:
            return [("K", 2 * p), ("s0", s)]
        case .power:
            return [("a", p * pow(s, -steepness))]
        }
    }

    /// The family as a ``ParameterFamily`` declaration.
    public var declaration: ParameterFamily { Self._declarations[self]! }

    // Built once: every point's keys, keyed values and report panel read them.
    static let _declarations = Dictionary(uniqueKeysWithValues: allCases.map { family in
        (family, ParameterFamily(word: family.rawValue, formula: family.formula, descriptors: family._declaredDescriptors,
                                 mainAxisKey: family.steepnessKey, levelKeys: family.levelKeys))
    })

    /// The curve of this family with the given parameters (missing ones take
    /// the reference values).
    /// - Throws: ``ParameterError/outOfDomain(key:value:allowed:)`` when the
    ///   curve rejects one parameter, ``ParameterError/inconsistent(keys:reason:)``
    ///   when it rejects a combination (`k·s0` too large for a sigmoid, say);
    ///   both in the user's keys, not the curve types' own names.
    public func curve(from numbers: [String: Double]) throws(ParameterError) -> CurveChoice {
        func value(_ key: String) -> Double {
            guard let x = numbers[key] ?? declaration.defaultNumber(key) else { preconditionFailure("every curve parameter has a default") }
            return x
        }
        do {
            switch self {
            case .linear: return .linear(try LinearCurve(slope: value("m"), basePrice: value("b")))
            case .exponential: return .exponential(try ExponentialCurve(basePrice: value("a"), growthRate: value("k")))
            case .sigmoid: return .sigmoid(try SigmoidCurve(maxPrice: value("K"), steepness: value("k"), midpoint: value("s0")))
            case .power: return .power(try PowerCurve(coefficient: value("a"), exponent: value("n")))
            }
        } catch {
            guard case let .invalidParameter(_, parameter, value, allowed) = error else { fatalError("unreachable") }
            let (expression, keys) = _inKeys(parameter)
            let rule = "\(expression) = \(ParameterDomain._format(value)) must be \(_inKeys(allowed).text) for curve=\(rawValue)"
            if keys.count == 1 {
                throw .outOfDomain(key: keys[0], value: ParameterDomain._format(value), allowed: rule)
            }
            throw .inconsistent(keys: keys, reason: rule)
        }
    }

    /// `text` (a curve type's parameter name, a combination of them, or a
    /// phrase mentioning them) with each name replaced by its key, and the
    /// keys it mentions in declaration order.
    func _inKeys(_ text: String) -> (text: String, keys: [String]) {
        // The curve types' own parameter names; the base price is `b` for a line, `a` otherwise.
        let names = ["slope": "m", "basePrice": self == .linear ? "b" : "a", "growthRate": "k", "maxPrice": "K",
                     "steepness": "k", "midpoint": "s0", "coefficient": "a", "exponent": "n"]
        var translated = text
        var mentioned = Set<String>()
        for (name, key) in names where translated.contains(name) {
            translated = translated.replacingOccurrences(of: name, with: key)
            mentioned.insert(key)
        }
        return (translated, declaration.descriptors.map(\.key).filter(mentioned.contains))
    }

    /// The family's reference curve (price ≈ 1 at `S = 100 000`).
    public var referenceCurve: CurveChoice {
        // The reference values are inside every domain, so this cannot throw.
        try! curve(from: [:])
    }

    /// The rule that anchors every family's level so that `f(s_init) = p`:
    /// a sweep's `anchor = "unit-price"` (`p = 1`) or `anchor_price = p`.
    public static var unitPriceRule: LevelRule {
        LevelRule(
            quantity: "f(s_init)",
            inputs: { word in (CurveFamily(rawValue: word)?.levelInputKeys ?? []) + ["s_init"] },
            solve: { word, inputs, target in
                guard let family = CurveFamily(rawValue: word), let supply = inputs["s_init"] else { return [] }
                return family.levels(price: target, steepness: family.levelInputKeys.first.flatMap { inputs[$0] } ?? 0, atSupply: supply)
            })
    }
}

extension CurveChoice {
    /// The curve's parameters by key, in its family's order.
    public var parameterValues: [(key: String, value: Double)] {
        switch self {
        case .linear(let c): [("m", c.slope), ("b", c.basePrice)]
        case .exponential(let c): [("a", c.basePrice), ("k", c.growthRate)]
        case .sigmoid(let c): [("K", c.maxPrice), ("k", c.steepness), ("s0", c.midpoint)]
        case .power(let c): [("a", c.coefficient), ("n", c.exponent)]
        }
    }
}
