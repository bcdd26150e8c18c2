/// The values a scenario parameter may take, stated so that an error message
/// can say exactly what is allowed.
public enum ParameterDomain: Sendable, Equatable {
    /// A finite real `x` with `lower (<|≤) x (<|≤) upper`; a missing bound is unbounded.
    case real(lower: Double?, lowerInclusive: Bool, upper: Double?, upperInclusive: Bool)
    /// A whole number in `range`.
    case integer(ClosedRange<Int>)
    /// One of the listed words.
    case choice([String])

    /// Finite reals `x > lower`.
    public static func greaterThan(_ lower: Double) -> Self {
        .real(lower: lower, lowerInclusive: false, upper: nil, upperInclusive: false)
    }
    /// Finite reals `x ≥ lower`.
    public static func atLeast(_ lower: Double) -> Self {
        .real(lower: lower, lowerInclusive: true, upper: nil, upperInclusive: false)
    }
    /// Any finite real.
    public static let anyFinite = Self.real(lower: nil, lowerInclusive: false, upper: nil, upperInclusive: false)
    /// Finite reals in `lower ≤ x ≤ upper`.
    public static func closed(_ lower: Double, _ upper: Double) -> Self {
        .real(lower: lower, lowerInclusive: true, upper: upper, upperInclusive: true)
    }
    /// Finite reals in `lower ≤ x < upper`.
    public static func halfOpen(_ lower: Double, _ upper: Double) -> Self {
        .real(lower: lower, lowerInclusive: true, upper: upper, upperInclusive: false)
    }

    /// Whether `x` lies in the domain (always false for `.choice`).
    public func contains(_ x: Double) -> Bool {
        switch self {
        case let .real(lower, lowerInclusive, upper, upperInclusive):
            guard x.isFinite else { return false }
            if let lower, lowerInclusive ? x < lower : x <= lower { return false }
            if let upper, upperInclusive ? x > upper : x >= upper { return false }
            return true
        case let .integer(range):
            guard x.isFinite, x == x.rounded(), abs(x) < 0x1p62 else { return false }
            return range.contains(Int(x))
        case .choice:
            return false
        }
    }

    /// The domain in words, for error messages and help: `"0 ≤ x < 1"`.
    public func described(as name: String) -> String {
        switch self {
        case let .real(lower, lowerInclusive, upper, upperInclusive):
            let low = lower.map { "\(Self._format($0)) \(lowerInclusive ? "≤" : "<") " } ?? ""
            let high = upper.map { " \(upperInclusive ? "≤" : "<") \(Self._format($0))" } ?? ""
            if low.isEmpty && high.isEmpty { return "\(name) finite" }
            return "\(low)\(name)\(high), finite"
        case let .integer(range):
            if range.upperBound == Int.max { return "\(name) a whole number ≥ \(range.lowerBound)" }
            return "\(name) a whole number in \(range.lowerBound)…\(range.upperBound)"
        case let .choice(words):
            return "\(name) one of " + words.joined(separator: ", ")
        }
    }

    static func _format(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}
