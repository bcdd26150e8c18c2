/// Why a market could not be built or could not clear.
///
/// Markets validate their parameters once, in their initializers, and throw
/// `invalidParameter` or `shapeMismatch` naming the market, the parameter,
/// the bad value and what is allowed; a market that was built is valid, so
/// its hot paths check nothing. Clearing throws the other cases, each saying
/// what went wrong in one sentence.
public enum MarketError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A parameter (or a combination of parameters) has a value the market
    /// does not accept.
    ///
    /// - Parameters:
    ///   - market: The market type, for example `"CallAuction"`.
    ///   - parameter: The parameter's public name, or the combination
    ///     checked, for example `"ticks"`.
    ///   - value: The rejected value.
    ///   - allowed: What the parameter may be, as a phrase that completes
    ///     "it must be …".
    case invalidParameter(market: String, parameter: String, value: Double, allowed: String)

    /// A vector or matrix parameter has the wrong shape.
    ///
    /// - Parameters:
    ///   - market: The market type.
    ///   - parameter: The parameter's public name.
    ///   - shape: Its shape, for example `"3×2"` or `"4 entries"`.
    ///   - expected: The shape it must have.
    case shapeMismatch(market: String, parameter: String, shape: String, expected: String)

    /// The excess demand has the same sign at both ends of the price bracket,
    /// so the bracket holds no clearing price a root finder can find.
    ///
    /// - Parameters:
    ///   - lower: The lower end of the bracket.
    ///   - upper: The upper end.
    ///   - excessAtLower: `Z(lower) = D − O` there.
    ///   - excessAtUpper: `Z(upper)`.
    case notBracketed(lower: Double, upper: Double, excessAtLower: Double, excessAtUpper: Double)

    /// The excess demand was not a number (NaN or infinite) at a trial price.
    case nonFiniteExcessDemand(price: Double, value: Double)

    /// A root finder used its whole iteration budget without meeting its
    /// tolerance.
    case didNotConverge(method: String, iterations: Int, bracketWidth: Double)

    /// The linear system of a multi-asset market is exactly singular (an LU
    /// pivot is zero): equilibrium prices are not unique or do not exist.
    ///
    /// - Parameters:
    ///   - assets: The number of assets `M`.
    ///   - pivot: The zero pivot's index, from 0.
    case singularSystem(assets: Int, pivot: Int)

    /// The linear system of a multi-asset market is so ill-conditioned that
    /// its solution would carry no reliable digit.
    ///
    /// - Parameters:
    ///   - conditionNumber: `κ∞(B + C) = ‖B + C‖∞ ‖(B + C)⁻¹‖∞`.
    ///   - limit: The largest condition number accepted.
    case illConditioned(conditionNumber: Double, limit: Double)

    /// A whole sentence saying what is wrong.
    public var description: String {
        switch self {
        case let .invalidParameter(market, parameter, value, allowed):
            return "\(market) parameter `\(parameter)` is \(value), but it must be \(allowed)."
        case let .shapeMismatch(market, parameter, shape, expected):
            return "\(market) parameter `\(parameter)` has shape \(shape), but it must have \(expected)."
        case let .notBracketed(lower, upper, zLower, zUpper):
            return "The excess demand is \(zLower) at price \(lower) and \(zUpper) at price \(upper): "
                + "it must change sign on the bracket [\(lower), \(upper)] (widen it so that demand exceeds supply at its lower end and falls short at its upper end)."
        case let .nonFiniteExcessDemand(price, value):
            return "The excess demand at price \(price) is \(value), not a finite number; check the schedules' domain."
        case let .didNotConverge(method, iterations, width):
            return "\(method) did not converge in \(iterations) iterations (bracket width \(width))."
        case let .singularSystem(assets, pivot):
            return "The \(assets)-asset system (B + C)·P = a − c is singular (LU pivot \(pivot) is exactly zero), so the equilibrium prices are not unique."
        case let .illConditioned(kappa, limit):
            return "The multi-asset system (B + C)·P = a − c has condition number \(kappa), above the limit \(limit), so its prices would carry no reliable digit."
        }
    }
}

extension MarketError {
    /// Throws `invalidParameter` unless `condition` holds.
    @inline(__always)
    static func check(
        _ condition: Bool, _ market: String, _ parameter: String, _ value: Double, _ allowed: String
    ) throws(MarketError) {
        if !condition {
            throw .invalidParameter(market: market, parameter: parameter, value: value, allowed: allowed)
        }
    }
}
