/// A schedule linear in price: the textbook demand or supply line.
///
/// ```
/// q(p) = intercept + slope·p
/// demand D = a − b·p:  LinearSchedule(intercept: a, slope: −b)
/// supply O = c + d·p:  LinearSchedule(intercept: c, slope: d)
/// ```
///
/// The quantity is not clamped at zero: the line is the linear model of
/// stability analysis (``Tatonnement``), valid near the equilibrium, and
/// clamping would make the excess demand flat far from it.
public struct LinearSchedule: PriceSchedule, Hashable {
    /// `q(0)`, units.
    public let intercept: Double
    /// `dq/dp`, units per currency: negative for demand, positive for supply.
    public let slope: Double

    /// Creates the line `q(p) = intercept + slope·p`.
    ///
    /// - Parameters:
    ///   - intercept: The quantity at price 0, finite.
    ///   - slope: The change of quantity per unit of price, finite.
    /// - Throws: `MarketError.invalidParameter` if either is not finite.
    public init(intercept: Double, slope: Double) throws(MarketError) {
        try MarketError.check(intercept.isFinite, "LinearSchedule", "intercept", intercept, "a finite number")
        try MarketError.check(slope.isFinite, "LinearSchedule", "slope", slope, "a finite number")
        self.intercept = intercept
        self.slope = slope
    }

    /// `intercept + slope·p`, with one rounding (fused multiply-add).
    ///
    /// ```
    /// q(p) = intercept + slope·p
    /// ```
    /// - Parameter price: `p`, any finite number.
    /// - Returns: Units (negative past the line's zero).
    @inlinable
    public func quantity(atPrice price: Double) -> Double {
        intercept.addingProduct(slope, price)
    }
}
