/// A scenario parameter that cannot be used: each case names the key, the
/// value given and what is allowed.
public enum ParameterError: Error, Equatable, CustomStringConvertible {
    /// The key is not a parameter of the scenario (or of the chosen curve).
    case unknownKey(key: String, allowed: [String], suggestion: String?)
    /// The value lies outside the parameter's domain.
    case outOfDomain(key: String, value: String, allowed: String)
    /// Two parameters that are each valid contradict each other.
    case inconsistent(keys: [String], reason: String)
    /// The scenario does not exist; ``suggestion`` names the registered
    /// scenario it is likely a misspelling of.
    case unknownScenario(name: String, allowed: [String])

    /// One sentence saying what is wrong and what is allowed.
    public var description: String {
        switch self {
        case let .unknownKey(key, allowed, suggestion):
            let hint = suggestion.map { " Did you mean '\($0)'?" } ?? ""
            return "'\(key)' is not a parameter here.\(hint) Allowed: \(allowed.joined(separator: ", "))."
        case let .outOfDomain(key, value, allowed):
            return "'\(key)' = \(value) is not allowed: \(allowed)."
        case let .inconsistent(keys, reason):
            return "\(keys.map { "'\($0)'" }.joined(separator: " and ")) do not fit together: \(reason)."
        case let .unknownScenario(name, allowed):
            let hint = suggestion.map { " Did you mean '\($0)'?" } ?? ""
            return "There is no scenario '\(name)'.\(hint) Allowed: \(allowed.joined(separator: ", "))."
        }
    }

    /// The allowed word the bad one is likely a misspelling of, if any: the
    /// closest key of an unknown key, the closest scenario of an unknown
    /// scenario (see `closestWord(to:among:)`).
    public var suggestion: String? {
        switch self {
        case .unknownKey(_, _, let suggestion): suggestion
        case let .unknownScenario(name, allowed): closestWord(to: name, among: allowed)
        case .outOfDomain, .inconsistent: nil
        }
    }

    /// The key the error is about, if any.
    public var key: String? {
        switch self {
        case .unknownKey(let key, _, _), .outOfDomain(let key, _, _): key
        case .inconsistent(let keys, _): keys.first
        case .unknownScenario: nil
        }
    }
}

extension ParameterError {
    /// Checks that a burn-in of `T₀ = burnIn` steps (key `burn_in`) leaves some
    /// of the `T = steps` steps (key `steps`) to measure: `T₀ < T`.
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming both keys.
    static func checkMeasuredWindow(burnIn: Int, steps: Int) throws(ParameterError) {
        if burnIn >= steps {
            throw .inconsistent(keys: ["burn_in", "steps"],
                                reason: "burn_in = \(burnIn) leaves no step of steps = \(steps) to measure; it must be less than steps")
        }
    }
}
