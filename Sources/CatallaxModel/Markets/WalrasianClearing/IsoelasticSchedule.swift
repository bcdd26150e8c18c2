#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A schedule of constant price elasticity.
///
/// ```
/// q(p) = k·p^ε,   p > 0
/// demand: ε < 0 (ε = −1: constant spending k)    supply: ε > 0
/// ```
///
/// With demand `A·p^(−α)` and supply `B·p^β` the clearing price is
/// `p* = (A/B)^(1/(α+β))`, which the tests use as a known answer for the
/// root finder.
///
/// Evaluated with the C library's `pow`, correctly rounded or nearly so.
/// The trap: `p^ε` overflows (or underflows to 0) once `|ε·ln p| > 709`
/// even when `k·p^ε` would be representable; keep prices and elasticities
/// inside that range.
public struct IsoelasticSchedule: PriceSchedule, Hashable {
    /// `k > 0`, the quantity at price 1.
    public let scale: Double
    /// `ε`, the elasticity `d ln q / d ln p`.
    public let elasticity: Double

    /// Creates `q(p) = scale·p^elasticity`.
    ///
    /// - Parameters:
    ///   - scale: `k > 0`, finite.
    ///   - elasticity: `ε`, finite.
    /// - Throws: `MarketError.invalidParameter` otherwise.
    public init(scale: Double, elasticity: Double) throws(MarketError) {
        try MarketError.check(scale.isFinite && scale > 0, "IsoelasticSchedule", "scale", scale, "a finite number > 0")
        try MarketError.check(elasticity.isFinite, "IsoelasticSchedule", "elasticity", elasticity, "a finite number")
        self.scale = scale
        self.elasticity = elasticity
    }

    /// `k·p^ε`.
    ///
    /// ```
    /// q(p) = k·p^ε
    /// ```
    /// - Parameter price: `p > 0`.
    /// - Returns: Units, `> 0`.
    @inlinable
    public func quantity(atPrice price: Double) -> Double {
        scale * pow(price, elasticity)
    }
}
