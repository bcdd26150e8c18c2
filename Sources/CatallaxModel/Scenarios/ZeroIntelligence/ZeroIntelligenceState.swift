import CatallaxNumerics

/// The double auction at a period's end, as an observer sees it: the
/// period's mean trade price and every trader's cash and units.
public struct ZeroIntelligenceState<V: LaneVector>: StepState {
    /// The period's mean trade price.
    public let snapshot: StepSnapshot<V>
    /// Every trader's cash and units (buyers, then sellers).
    public let accounts: AgentAccounts<V>
    /// Σ of the buyers' values: the cash of the market.
    public let totalCash: Double
    /// The sellers' units.
    public let totalUnits: Double
    /// Whether traders must stay solvent (ZI-C); ZI-U traders may overspend.
    public let budgetConstrained: Bool

    init(price: V, accounts: AgentAccounts<V>, totalCash: Int, totalUnits: Int, budgetConstrained: Bool) {
        snapshot = StepSnapshot(price: price)
        self.accounts = accounts
        self.totalCash = Double(totalCash)
        self.totalUnits = Double(totalUnits)
        self.budgetConstrained = budgetConstrained
    }

    /// The invariants of `docs/ZeroIntelligence.md`: total cash and units as
    /// at the start, no negative units, and under ZI-C no negative cash.
    public func violatedInvariant(lane: Int) -> String? {
        var cash = 0.0, units = 0.0
        for i in 0..<accounts.agents {
            let b = accounts.balance(agent: i, lane: lane), h = accounts.holdings(agent: i, lane: lane)
            if h < 0 { return "trader \(i) holds \(h) units" }
            if budgetConstrained && b < 0 { return "ZI-C trader \(i) holds cash \(b)" }
            cash += b
            units += h
        }
        if cash != totalCash { return "cash not conserved (Σ cash = \(cash), started at \(totalCash))" }
        if units != totalUnits { return "units not conserved (Σ units = \(units), started at \(totalUnits))" }
        return nil
    }
}
