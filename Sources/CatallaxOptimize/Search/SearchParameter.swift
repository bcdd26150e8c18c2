#if canImport(Glibc)
import Glibc
#endif

/// One searched parameter: its name and how a coordinate `u ∈ [0, 1]` of
/// the unit cube maps onto its values.
///
/// ```
/// linear:   v = l + u (h − l)
/// log:      v = exp(ln l + u (ln h − ln l))              0 < l < h
/// integer:  v = min(h, l + ⌊u (h − l + 1)⌋)              each integer gets a cell of width 1/(h − l + 1)
/// ```
///
/// The integer map is rounding `l − ½ + u (h − l + 1)` to the nearest
/// integer, with equal cells so no value is favoured. The search itself
/// stays continuous; the objective sees whole numbers. (Once CMA-ES's step
/// is much smaller than a cell the coordinate stops mattering; that is the
/// price of the simple map.) Categorical parameters are not coordinates:
/// search each category's space separately and compare the winners.
public struct SearchParameter: Hashable, Sendable {
    /// How a parameter's values lie between its bounds.
    public enum Scale: Hashable, Sendable {
        /// Equal differences across the range.
        case linear
        /// Equal ratios across the range; both bounds positive.
        case log
        /// Whole numbers `l, l + 1, …, h`, each with an equal share of the range.
        case integer
    }

    /// The parameter's name, as the scenario knows it.
    public let name: String
    /// The smallest value `l`.
    public let lower: Double
    /// The largest value `h`.
    public let upper: Double
    /// How values lie between the bounds.
    public let scale: Scale

    /// A parameter ranging over `[lower, upper]` on `scale`.
    ///
    /// Bounds come from a validated spec; bad ones (reversed, not finite, a
    /// log bound `≤ 0`, integer bounds not whole) are a programming error and trap.
    /// - Parameters:
    ///   - name: The parameter's name.
    ///   - lower: `l`.
    ///   - upper: `h > l` (`h ≥ l` for integers).
    ///   - scale: `.linear`, `.log` or `.integer`.
    public init(_ name: String, lower: Double, upper: Double, scale: Scale = .linear) {
        precondition(lower.isFinite && upper.isFinite, "SearchParameter \(name): bounds must be finite.")
        switch scale {
        case .linear: precondition(lower < upper, "SearchParameter \(name): needs lower < upper.")
        case .log: precondition(0 < lower && lower < upper, "SearchParameter \(name): a log scale needs 0 < lower < upper.")
        case .integer: precondition(lower <= upper && lower.rounded() == lower && upper.rounded() == upper,
                                    "SearchParameter \(name): integer bounds must be whole, lower ≤ upper.")
        }
        self.name = name
        self.lower = lower
        self.upper = upper
        self.scale = scale
    }

    /// The value at fraction `u` of the range (clamped into `[0, 1]`).
    ///
    /// ```
    /// linear: l + u (h − l);  log: exp(ln l + u (ln h − ln l));  integer: min(h, l + ⌊u (h − l + 1)⌋)
    /// ```
    /// Results are clamped into `[l, h]`, so rounding never leaves the range.
    public func value(atFraction fraction: Double) -> Double {
        // The ends exactly: exp(ln 1e−4) is 1.0000000000000009e−4, not 1e−4.
        if fraction <= 0 { return lower }
        if fraction >= 1 { return upper }
        let u = fraction
        let v: Double
        switch scale {
        case .linear: v = lower + u * (upper - lower)
        case .log: v = exp(log(lower) + u * (log(upper) - log(lower)))
        case .integer: v = lower + (u * (upper - lower + 1)).rounded(.down)
        }
        return min(max(v, lower), upper)
    }

    /// The fraction of the range at which `value` lies: the inverse of
    /// ``value(atFraction:)`` (for an integer, the middle of its cell).
    ///
    /// ```
    /// linear: (v − l)/(h − l);  log: (ln v − ln l)/(ln h − ln l);  integer: (round(v) − l + ½)/(h − l + 1)
    /// ```
    /// Values outside the range are clamped into it first.
    public func fraction(ofValue value: Double) -> Double {
        let v = min(max(value, lower), upper)
        switch scale {
        case .linear: return (v - lower) / (upper - lower)
        case .log: return (log(v) - log(lower)) / (log(upper) - log(lower))
        case .integer: return (v.rounded() - lower + 0.5) / (upper - lower + 1)
        }
    }
}
