/// A bonding curve parameter outside the curve's domain.
///
/// Every curve validates its parameters once, in its initializer, and throws
/// this error naming the curve, the parameter, the bad value and what is
/// allowed; a curve that was built is valid everywhere on its domain, so no
/// check runs in the hot loop.
public enum CurveError: Error, Sendable, CustomStringConvertible {
    /// A parameter (or a combination of parameters) has a value the curve
    /// does not accept.
    ///
    /// - Parameters:
    ///   - curve: The curve type, for example `"LinearCurve"`.
    ///   - parameter: The parameter's public name, or the combination
    ///     checked, for example `"slope + basePrice"`.
    ///   - value: The rejected value.
    ///   - allowed: What the parameter may be, as a phrase that completes
    ///     "it must be …", for example `"a finite number ≥ 0"`.
    case invalidParameter(curve: String, parameter: String, value: Double, allowed: String)

    /// A whole sentence saying which parameter is wrong and what is allowed.
    public var description: String {
        switch self {
        case let .invalidParameter(curve, parameter, value, allowed):
            return "\(curve) parameter `\(parameter)` is \(value), but it must be \(allowed)."
        }
    }
}

extension CurveError {
    /// Throws `invalidParameter` unless `condition` holds.
    @inline(__always)
    static func check(
        _ condition: Bool, _ curve: String, _ parameter: String, _ value: Double, _ allowed: String
    ) throws(CurveError) {
        if !condition {
            throw .invalidParameter(curve: curve, parameter: parameter, value: value, allowed: allowed)
        }
    }
}
