/// An attacker that trades with itself to farm a volume reward: each step a
/// buy of `a` tokens and a sell of `a` tokens, adjacent when execution lets
/// it (`docs/MarketManipulation.md`, "Attackers"; Cong et al. 2023).
///
/// ```
/// V = R(S + a) − R(S) = R(S + a) − R(S + a − a)     both legs' value
/// π = 2r·V − 2φ·V = 2V·(r − φ)                      profitable iff r > φ
/// ```
public struct WashTrader: Sendable, Equatable {
    /// `a`, tokens per round trip.
    public var size: Double

    /// A wash trader of `size` tokens per round trip.
    @inlinable public init(size: Double) { self.size = size }

    /// The round trip's signed orders, buy first.
    @inlinable public var roundTrip: (buy: Double, sell: Double) { (size, -size) }

    /// `π = 2V·(r − φ)`, the profit of an adjacent round trip whose legs are worth `V` each.
    @inlinable public static func roundTripProfit(value: Double, fee: Double, reward: Double) -> Double {
        2 * value * (reward - fee)
    }
}
