/// How the `market-clearing` scenario turns the agents' orders into trades
/// and a price (`docs/MarketClearing.md`).
///
/// ```
/// continuous:  limit orders one by one into a double auction, trades at the resting price
/// call:        orders collected over `interval` steps, one uniform price per call
/// tatonnement: every order at P_t, pro-rata rationing, P_{t+1} = P_t + λ·g(D − O, S)
/// ```
public enum ClearingMechanism: String, CaseIterable, Sendable, ParameterChoice {
    /// A continuous double auction (``ContinuousDoubleAuction``) with day
    /// orders of one step.
    case continuous
    /// A uniform-price call auction (``CallAuction``) every `interval` steps.
    case call
    /// Walrasian price adjustment (``Tatonnement``) with trades at the
    /// current price.
    case tatonnement

    /// Whether orders rest in a book, so that spread and depth exist.
    public var hasBook: Bool { self != .tatonnement }
}
