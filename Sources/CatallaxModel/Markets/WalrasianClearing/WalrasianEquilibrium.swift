/// A clearing price of a ``WalrasianMarket`` and the quantities there.
///
/// ```
/// |price − p*| ≤ tolerance + 4ε|p*|     for some p* where Z changes sign
/// excessDemand = demand − supply = Z(price)
/// ```
public struct WalrasianEquilibrium: Hashable, Sendable {
    /// The clearing price, currency per unit.
    public var price: Double
    /// `D(price)`, units.
    public var demand: Double
    /// `O(price)`, units.
    public var supply: Double
    /// Evaluations of the excess demand the root finder used.
    public var evaluations: Int

    /// `Z(price) = D − O`, the residual at the returned price.
    public var excessDemand: Double { demand - supply }
}
