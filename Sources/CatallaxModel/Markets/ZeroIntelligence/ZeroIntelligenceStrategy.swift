/// How a zero-intelligence trader draws its price (Gode and Sunder 1993).
///
/// ```
/// unconstrained (ZI-U):      bid, ask ~ U{lowest tick … highest tick}
/// budgetConstrained (ZI-C):  bid ~ U{lowest tick … v},  ask ~ U{c … highest tick}
/// ```
/// `v` is the buyer's value of its next unit, `c` the seller's cost of its
/// next unit. A ZI-C trader can never trade at a loss; a ZI-U trader
/// ignores its value or cost altogether. Neither remembers, learns or seeks
/// profit.
public enum ZeroIntelligenceStrategy: UInt8, Hashable, Sendable, CaseIterable {
    /// ZI-U: prices uniform over the whole price range.
    case unconstrained = 0
    /// ZI-C: bids at most the value, asks at least the cost.
    case budgetConstrained = 1
}
