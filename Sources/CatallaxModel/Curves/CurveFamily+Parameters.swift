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
        case .root: [
            .init(key: "k", symbol: "k", summary: "Level of the root price k·√S.", name: "level k", unit: "currency/token^{3/2}",
                  defaultValue: .number(1 / 100_000.0.squareRoot()), domain: .greaterThan(0)),
        ]
        case .inverse: [
            .init(key: "k", symbol: "k", summary: "Level of the falling price k/(S + 1): the first token's price.", name: "level k",
                  unit: "currency", defaultValue: .number(100_001), domain: .greaterThan(0)),
        ]
        case .step: [
            .init(key: "b", symbol: "b", summary: "Price of the first step and rise per step of b·(1 + ⌊S/c⌋).", name: "step price b",
                  unit: "currency/token", defaultValue: .number(0.25), domain: .greaterThan(0)),
            .init(key: "c", symbol: "c", summary: "Tokens per step of b·(1 + ⌊S/c⌋).", name: "step width c", unit: "tokens",
                  defaultValue: .number(30_000), domain: .greaterThan(0)),
        ]
        case .segmented: [
            .init(key: "m", symbol: "m", summary: "Slope of the linear part m·S + b (S ≤ S₁).", name: "slope m", unit: "currency/token²",
                  defaultValue: .number(1e-5), domain: .atLeast(0)),
            .init(key: "b", symbol: "b", summary: "Intercept of the linear part m·S + b.", name: "intercept b", unit: "currency/token",
                  defaultValue: .number(0), domain: .atLeast(0)),
            .init(key: "s1", symbol: "S₁", summary: "Breakpoint supply: linear below, exponential above.", name: "breakpoint S₁",
                  unit: "tokens", defaultValue: .number(100_000), domain: .greaterThan(0)),
            .init(key: "k", symbol: "k", summary: "Growth rate of the exponential part f(S₁)·e^{k(S−S₁)}.", name: "growth rate k",
                  unit: "1/token", defaultValue: .number(1e-5), domain: .greaterThan(0)),
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
        case .root: "k·√S"
        case .inverse: "k / (S + 1)"
        case .step: "b·(1 + ⌊S/c⌋)"
        case .segmented: "m·S + b to S₁, then f(S₁)·exp(k·(S − S₁))"
        }
    }

    /// The parameter that sets how steeply the price rises: `m`, `k`, `k`,
    /// `n`, the step width `c` (smaller is steeper) and the segmented
    /// curve's growth rate `k`; none for the one-parameter root and inverse
    /// curves, whose `k` is their level.
    public var steepnessKey: String? {
        switch self {
        case .linear: "m"
        case .exponential, .sigmoid, .segmented: "k"
        case .power: "n"
        case .step: "c"
        case .root, .inverse: nil
        }
    }

    /// The parameters that set the price's level, which ``levels(price:steepness:atSupply:)`` solves for.
    public var levelKeys: [String] {
        switch self {
        case .linear: ["b"]
        case .exponential, .power: ["a"]
        case .sigmoid: ["K", "s0"]
        case .root, .inverse: ["k"]
        case .step, .segmented: ["b"]
        }
    }

    /// The parameters the level depends on besides the supply: the
    /// steepness (none for the sigmoid, whose level is its ceiling, nor for
    /// root and inverse); the segmented curve's level depends on all of its
    /// other parameters.
    public var levelInputKeys: [String] {
        switch self {
        case .sigmoid: []
        case .segmented: ["m", "s1", "k"]
        default: steepnessKey.map { [$0] } ?? []
        }
    }

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
        levels(price: p, inputs: steepnessKey.map { [$0: steepness] } ?? [:], atSupply: s)
    }

    /// The levels that give `f(s) = p` at supply `s`, given the level's
    /// inputs by key (``levelInputKeys``; a missing one takes its default):
    /// ```
    /// linear       m·S + b:             b = p − m·s
    /// exponential  a·e^{kS}:            a = p·e^{−k·s}
    /// sigmoid      K/(1+e^{−k(S−S₀)}):  K = 2p, S₀ = s
    /// power        a·Sⁿ:                a = p·s^{−n}
    /// root         k·√S:                k = p/√s
    /// inverse      k/(S + 1):           k = p·(1 + s)
    /// step         b·(1 + ⌊S/c⌋):       b = p/(1 + ⌊s/c⌋)
    /// segmented    m·S + b, then f(S₁)·e^{k(S−S₁)}:
    ///              b = p − m·s (s ≤ S₁),  p·e^{−k(s−S₁)} − m·S₁ (s > S₁)
    /// ```
    /// The linear trap of the other overload applies to both linear forms. A
    /// negative `b` (a segmented curve anchored far past its joint) is
    /// returned as is, and the curve rejects it naming `b`.
    public func levels(price p: Double, inputs: [String: Double], atSupply s: Double) -> [(key: String, value: Double)] {
        func input(_ key: String) -> Double { inputs[key] ?? declaration.defaultNumber(key) ?? .nan }
        func intercept(_ b: Double) -> Double { b < 0 && b >= -4 * p.ulp ? 0 : b }
        switch self {
        case .linear:
            return [("b", intercept(p - input("m") * s))]
        case .exponential:
            return [("a", p * exp(-input("k") * s))]
        case .sigmoid:
            return [("K", 2 * p), ("s0", s)]
        case .power:
            return [("a", p * pow(s, -input("n")))]
        case .root:
            return [("k", p / s.squareRoot())]
        case .inverse:
            return [("k", p * (1 + s))]
        case .step:
            // The curve's own step index, so that f(s) = p exactly on a boundary too.
            let steps = (try? StepCurve(basePrice: 1, stepWidth: input("c")))?.price(atSupply: s) ?? .nan
            return [("b", p / steps)]
        case .segmented:
            let (m, joint, k) = (input("m"), input("s1"), input("k"))
            if s <= joint { return [("b", intercept(p - m * s))] }
            return [("b", intercept(p * exp(-k * (s - joint)) - m * joint))]
        }
    }

    /// The family as a ``ParameterFamily`` declaration.
    public var declaration: ParameterFamily { Self._declarations[Self.allCases.firstIndex(of: self)!] }

    // Built once: every point's keys, keyed values and report panel read them. An array in case
    // order, found by a scan of eight tags, where a dictionary hashed the case for every point.
    static let _declarations = allCases.map { family in
        ParameterFamily(word: family.rawValue, formula: family.formula, descriptors: family._declaredDescriptors,
                        mainAxisKey: family.steepnessKey, levelKeys: family.levelKeys)
    }

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
            case .root: return .root(try RootCurve(level: value("k")))
            case .inverse: return .inverse(try InverseCurve(level: value("k")))
            case .step: return .step(try StepCurve(basePrice: value("b"), stepWidth: value("c")))
            case .segmented:
                return .segmented(try SegmentedCurve(slope: value("m"), basePrice: value("b"), breakpoint: value("s1"),
                                                     growthRate: value("k")))
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
        // The curve types' own parameter names; the base price is `a` for the exponential, `b` otherwise.
        let names = ["slope": "m", "basePrice": self == .exponential ? "a" : "b", "growthRate": "k", "maxPrice": "K",
                     "steepness": "k", "midpoint": "s0", "coefficient": "a", "exponent": "n", "level": "k",
                     "stepWidth": "c", "breakpoint": "s1"]
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
                return family.levels(price: target, inputs: inputs, atSupply: supply)
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
        case .root(let c): [("k", c.level)]
        case .inverse(let c): [("k", c.level)]
        case .step(let c): [("b", c.basePrice), ("c", c.stepWidth)]
        case .segmented(let c): [("m", c.slope), ("b", c.basePrice), ("s1", c.breakpoint), ("k", c.growthRate)]
        }
    }
}
