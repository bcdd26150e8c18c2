/// A quantity as a function of price: a demand or a supply schedule.
///
/// ```
/// demand D(p): non-increasing in p        supply O(p): non-decreasing in p
/// excess demand Z(p) = D(p) − O(p)        clearing price p*: Z(p*) = 0
/// ```
///
/// Units: `p` in currency per unit, quantities in units per period.
/// ``WalrasianMarket`` pairs a demand with a supply and finds where they
/// meet; ``Tatonnement`` moves a price towards that point. Conforming types
/// are small values, so markets are generic over them and specialized, with
/// no existential or closure in the loop.
public protocol PriceSchedule: Sendable {
    /// The quantity demanded or supplied at a price.
    ///
    /// ```
    /// q(p)
    /// ```
    /// - Parameter price: `p`, within the schedule's domain.
    /// - Returns: Units.
    func quantity(atPrice price: Double) -> Double
}
