/// The outcome of one ``CallAuction`` price determination.
///
/// ```
/// D(p) = units of buy orders executable at p     (market, or limit ≥ p)
/// S(p) = units of sell orders executable at p    (market, or limit ≤ p)
/// volume  = min(D(p), S(p))
/// surplus = D(p) − S(p)      > 0: buy surplus, < 0: sell surplus
/// ```
public struct AuctionClearing: Hashable, Sendable {
    /// The uniform price in ticks at which every execution happens; `nil`
    /// when nothing can execute.
    public var tick: Int?
    /// Units executed on each side.
    public var volume: Int
    /// `D(p) − S(p)` at the auction price: the unexecuted units left on the
    /// long side (positive for buyers, negative for sellers); `0` when no
    /// price was set.
    public var surplus: Int
    /// The rule of the price determination that fixed the price.
    public var rule: AuctionPriceRule
}

/// Which step of the uniform-price rules fixed the auction price
/// (Xetra and Euronext order them the same way).
///
/// ```
/// 1 maximumVolume    the one limit price with the largest min(D, S)
/// 2 minimumSurplus   among those, the one with the smallest |D − S|
/// 3 marketPressure   all remaining have buy surplus → highest; sell surplus → lowest
/// 4 referencePrice   otherwise the reference price, clamped to the remaining range
/// ```
public enum AuctionPriceRule: UInt8, Hashable, Sendable, CaseIterable {
    /// Nothing was executable: no buy and sell overlap.
    case noExecution = 0
    /// A single limit price maximizes the executed volume.
    case maximumVolume = 1
    /// Several do; a single one of them minimizes the surplus.
    case minimumSurplus = 2
    /// Several remain and all show a surplus on the same side: the highest
    /// (buy surplus) or lowest (sell surplus) of them.
    case marketPressure = 3
    /// Several remain with surpluses on both sides, or with none: the
    /// reference price, or the nearest remaining limit if it lies outside
    /// their range. Also used when only market orders execute.
    case referencePrice = 4
}
