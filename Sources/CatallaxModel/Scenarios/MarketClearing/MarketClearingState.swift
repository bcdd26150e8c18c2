import CatallaxNumerics

/// The market-clearing economy between two steps, as an observer sees it:
/// the price and every agent's cash and units.
public struct MarketClearingState<V: LaneVector>: StepState {
    /// `P_t`.
    public let snapshot: StepSnapshot<V>
    /// Every agent's cash `B_i` and units `H_i`.
    public let accounts: AgentAccounts<V>
    /// `N·B₀`.
    public let startingCash: Double
    /// `N·H₀`.
    public let startingUnits: Double
    /// Whether units are whole (the books trade whole units; tâtonnement
    /// trades fractions).
    public let wholeUnits: Bool

    @inlinable
    init(price: V, accounts: AgentAccounts<V>, startingCash: Double, startingUnits: Double, wholeUnits: Bool) {
        snapshot = StepSnapshot(price: price)
        self.accounts = accounts
        self.startingCash = startingCash
        self.startingUnits = startingUnits
        self.wholeUnits = wholeUnits
    }

    /// The invariants of `docs/MarketClearing.md`:
    /// ```
    /// Σ B_i = N·B₀,  Σ H_i = N·H₀   (to a relative 1e-9; exactly for books)
    /// B_i, H_i ≥ 0 and finite,  H_i whole for books,  P_t > 0 and finite
    /// ```
    public func violatedInvariant(lane: Int) -> String? {
        let price = snapshot.price[lane]
        guard price > 0, price.isFinite else { return "price \(price) not positive and finite" }
        var cash = 0.0, units = 0.0
        for i in 0..<accounts.agents {
            let b = accounts.balance(agent: i, lane: lane), h = accounts.holdings(agent: i, lane: lane)
            guard b >= 0, h >= 0, b.isFinite, h.isFinite, !wholeUnits || h == h.rounded() else { return "agent \(i) holds B = \(b), H = \(h)" }
            cash += b
            units += h
        }
        let cashError = startingCash > 0 ? abs(cash - startingCash) / startingCash : abs(cash)
        if !(cashError <= 1e-9) { return "cash not conserved (relative error \(cashError))" }
        let unitError = startingUnits > 0 ? abs(units - startingUnits) / startingUnits : abs(units)
        if wholeUnits ? units != startingUnits : !(unitError <= 1e-9) {
            return "units not conserved (Σ H = \(units), started at \(startingUnits))"
        }
        return nil
    }
}
