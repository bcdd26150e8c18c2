#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The response `g` of a price to excess demand in ``Tatonnement``.
///
/// ```
/// linear:              g(z, S) = z
/// relative:            g(z, S) = z / S                  (S > 0)
/// saturated(scale: c): g(z, S) = c·tanh(z / c)          (c > 0)
/// ```
///
/// `z = D − O` is the excess demand and `S` a positive quantity the
/// adjustment is normalized by (the quantity supplied, or a token supply).
/// Every `g` has `g(0, S) = 0` and is increasing in `z`, so a price rises
/// when demand exceeds supply. Its slope at `z = 0`, `∂g/∂z = 1, 1/S, 1`,
/// sets the local stability of the price map (see
/// ``maximumStableRate(excessDemandSlope:supply:)``). `saturated` is linear
/// near 0 and bounds every step by `λ·c`, so a shock cannot throw the price
/// arbitrarily far.
public enum PriceAdjustment: Hashable, Sendable {
    /// `g = z`: the price moves in proportion to the excess demand.
    case linear
    /// `g = z / S`: in proportion to the excess demand relative to supply.
    case relative
    /// `g = c·tanh(z / c)`: linear for `|z| ≪ c`, bounded by `±c`.
    case saturated(scale: Double)

    /// The adjustment `g(z, S)`.
    ///
    /// ```
    /// z, z/S or c·tanh(z/c)
    /// ```
    /// - Parameters:
    ///   - excessDemand: `z = D − O`, units.
    ///   - supply: `S > 0` (read by `relative` only).
    /// - Returns: `g`, in units (linear, saturated) or a pure number
    ///   (relative).
    @inlinable
    public func response(toExcessDemand excessDemand: Double, supply: Double) -> Double {
        switch self {
        case .linear: return excessDemand
        case .relative: return excessDemand / supply
        case let .saturated(scale): return scale * tanh(excessDemand / scale)
        }
    }

    /// The slope of `g` in `z` at `z = 0`.
    ///
    /// ```
    /// g′(0) = 1 (linear, saturated),   1/S (relative)
    /// ```
    /// - Parameter supply: `S > 0`.
    /// - Returns: `∂g/∂z` at the equilibrium.
    @inlinable
    public func slopeAtZero(supply: Double) -> Double {
        switch self {
        case .linear, .saturated: return 1
        case .relative: return 1 / supply
        }
    }

    /// The largest adjustment rate at which the price map is locally stable.
    ///
    /// ```
    /// P' = P + λ·g(Z(P), S)   linearized at P*:  e' = (1 − λ·g′(0)·|Z′(P*)|)·e
    /// stable  ⇔  0 < λ·g′(0)·|Z′(P*)| < 2   ⇒   λ_max = 2 / (g′(0)·|Z′(P*)|)
    /// linear market D = a − bP, O = c + dP, linear g:  λ_max = 2/(b + d), exactly and globally
    /// ```
    /// Below `λ_max/2` the price approaches `P*` monotonically, between
    /// `λ_max/2` and `λ_max` in damped oscillation; at `λ_max` it cycles
    /// between two prices, above it the oscillation grows (globally for the
    /// linear `g`; the saturated `g` caps the growth at steps of `λ·c`).
    ///
    /// - Parameters:
    ///   - excessDemandSlope: `Z′(P*) < 0`, units per currency (for the
    ///     linear market `−(b + d)`).
    ///   - supply: `S > 0` at the equilibrium (read by `relative` only).
    /// - Returns: `λ_max`, or `+∞` when `Z′(P*) = 0`.
    @inlinable
    public func maximumStableRate(excessDemandSlope: Double, supply: Double) -> Double {
        2 / (slopeAtZero(supply: supply) * abs(excessDemandSlope))
    }
}
