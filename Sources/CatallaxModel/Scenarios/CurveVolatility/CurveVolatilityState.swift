import CatallaxNumerics

/// The curve economy between two steps, as an observer sees it: the price,
/// the market's supply, treasury and shock seller, and every agent's
/// currency and tokens; its invariants are `REFERENCE-SCENARIO.md`'s.
public struct CurveVolatilityState<V: LaneVector, Curve: BondingCurve>: StepState {
    /// `P_t`.
    public let snapshot: StepSnapshot<V>
    /// `S` after the step.
    public let supply: V
    /// `T_fee` after the step.
    public let treasury: V
    /// Currency the shock seller received so far.
    public let shockProceeds: V
    /// Shock tokens not sold yet.
    public let unsoldShockTokens: Double
    /// Every agent's currency `B_i` and tokens `H_i`.
    public let accounts: AgentAccounts<V>
    @usableFromInline let _curve: Curve
    /// `N·B₀ + R(S_init)`.
    @usableFromInline let _startingCurrency: Double
    @usableFromInline let _initialSupply: Double

    @inlinable
    init(price: V, market: _LaneMarket<V>, unsoldShockTokens: Double, accounts: AgentAccounts<V>,
         curve: Curve, startingCurrency: Double, initialSupply: Double) {
        snapshot = StepSnapshot(price: price)
        supply = market.supply
        treasury = market.treasury
        shockProceeds = market.shockProceeds
        self.unsoldShockTokens = unsoldShockTokens
        self.accounts = accounts
        _curve = curve
        _startingCurrency = startingCurrency
        _initialSupply = initialSupply
    }

    /// The relative error within which the conservation laws must hold.
    public static var tolerance: Double { 1e-9 }

    /// The specification's invariants, to rounding:
    /// ```
    /// Σ B_i + T_fee + R(S) + shock proceeds = N·B₀ + R(S_init)
    /// Σ H_i + unsold shock tokens           = S
    /// B_i, H_i, S, T_fee ≥ 0 and finite
    /// ```
    public func violatedInvariant(lane: Int) -> String? {
        let s = supply[lane]
        guard s >= 0, s.isFinite, treasury[lane] >= 0 else { return "supply \(s) or treasury \(treasury[lane]) negative or not finite" }
        var currency = treasury[lane] + shockProceeds[lane] + _curve.reserve(atSupply: s)
        var tokens = unsoldShockTokens
        for i in 0..<accounts.agents {
            let b = accounts.balance(agent: i, lane: lane), h = accounts.holdings(agent: i, lane: lane)
            guard b >= 0, h >= 0, b.isFinite, h.isFinite else { return "agent \(i) holds B = \(b), H = \(h)" }
            currency += b
            tokens += h
        }
        let currencyError = abs(currency - _startingCurrency) / _startingCurrency
        if !(currencyError <= Self.tolerance) { return "currency not conserved (relative error \(currencyError))" }
        let tokenError = abs(tokens - s) / _initialSupply
        if !(tokenError <= Self.tolerance) { return "tokens not conserved (relative error \(tokenError))" }
        return nil
    }
}
