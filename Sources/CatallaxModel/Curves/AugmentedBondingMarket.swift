/// The state of an augmented bonding curve market: supply, reserve and the
/// funding pool that tributes feed.
///
/// ```
/// hatch   S₀ = d₀/p₀,   R₀ = (1 − θ)·d₀,   F₀ = θ·d₀,   V = S₀^κ/R₀
/// buy d   F += θ_entry·d;   R += (1 − θ_entry)·d;   S += R⁻¹(R + (1 − θ_entry)·d) − S
/// sell q  x = R(S) − R(S − q);   F += θ_exit·x;   R −= x;   S −= q;   seller gets (1 − θ_exit)·x
/// ```
/// Buying and selling conserve the invariant `V = S^κ/R`, so the market
/// stays on its `curve`; the funding pool sits outside the curve. Currency
/// is conserved: every deposit ends in the reserve, the funding pool or a
/// seller's hands.
///
/// Reference: Abbey Titcomb, "Deep Dive: Augmented Bonding Curves",
/// Commons Stack, December 2019. See `docs/AugmentedBondingCurve.md`.
public struct AugmentedBondingMarket: Sendable, Equatable {
    /// The curve fixed by the hatch; buying and selling stay on it.
    public let curve: AugmentedBondingCurve
    /// The fraction `θ_entry ∈ [0, 1)` of each deposit sent to the funding pool.
    public let entryTribute: Double
    /// The fraction `θ_exit ∈ [0, 1]` of each refund sent to the funding pool.
    public let exitTribute: Double
    /// The token supply `S`.
    public private(set) var supply: Double
    /// The reserve `R` bonded to the curve (currency); equals
    /// `curve.reserve(atSupply: supply)` to rounding.
    public private(set) var reserve: Double
    /// The funding pool `F` (currency), fed by the hatch and the tributes.
    public private(set) var fundingPool: Double

    /// Opens a market at the curve's anchor state.
    ///
    /// ```
    /// S = S₀,  R = R₀,  F = fundingPool
    /// ```
    /// - Parameters:
    ///   - curve: The curve; the market starts at its anchor `(S₀, R₀)`.
    ///   - fundingPool: The funding pool's opening balance, `≥ 0`.
    ///   - entryTribute: `θ_entry ∈ [0, 1)`.
    ///   - exitTribute: `θ_exit ∈ [0, 1]`.
    /// - Throws: `CurveError.invalidParameter` if a tribute or the funding
    ///   pool is outside its range or not finite.
    public init(
        curve: AugmentedBondingCurve, fundingPool: Double, entryTribute: Double, exitTribute: Double
    ) throws(CurveError) {
        let name = "AugmentedBondingMarket"
        try CurveError.check(
            fundingPool.isFinite && fundingPool >= 0, name, "fundingPool", fundingPool, "a finite number ≥ 0")
        try CurveError.check(
            entryTribute >= 0 && entryTribute < 1, name, "entryTribute", entryTribute,
            "in [0, 1) (a tribute of 1 would bond nothing)")
        try CurveError.check(exitTribute >= 0 && exitTribute <= 1, name, "exitTribute", exitTribute, "in [0, 1]")
        self.curve = curve
        self.entryTribute = entryTribute
        self.exitTribute = exitTribute
        self.supply = curve.anchorSupply
        self.reserve = curve.anchorReserve
        self.fundingPool = fundingPool
    }

    /// Opens a market from its hatch raise.
    ///
    /// ```
    /// S₀ = d₀/p₀,   R₀ = (1 − θ)·d₀,   F₀ = θ·d₀,   V = S₀^κ/R₀
    /// ```
    /// Hatchers buy at the flat price `p₀`; the hatch tribute `θ` of the
    /// raise seeds the funding pool and the rest the reserve. The open
    /// market's price is then `κ·R₀/S₀ = κ·(1 − θ)·p₀`.
    /// - Parameters:
    ///   - hatchRaise: `d₀ > 0`, the currency raised in the hatch.
    ///   - hatchPrice: `p₀ > 0`, the hatch price per token.
    ///   - hatchTribute: `θ ∈ [0, 1)`, the fraction of the raise sent to the
    ///     funding pool.
    ///   - kappa: `κ ≥ 1`, the curve exponent.
    ///   - entryTribute: `θ_entry ∈ [0, 1)`.
    ///   - exitTribute: `θ_exit ∈ [0, 1]`.
    /// - Throws: `CurveError.invalidParameter` if a parameter is outside its
    ///   range or not finite.
    public init(
        hatchRaise: Double, hatchPrice: Double, hatchTribute: Double, kappa: Double,
        entryTribute: Double, exitTribute: Double
    ) throws(CurveError) {
        let name = "AugmentedBondingMarket"
        try CurveError.check(hatchRaise.isFinite && hatchRaise > 0, name, "hatchRaise", hatchRaise, "a finite number > 0")
        try CurveError.check(hatchPrice.isFinite && hatchPrice > 0, name, "hatchPrice", hatchPrice, "a finite number > 0")
        try CurveError.check(
            hatchTribute >= 0 && hatchTribute < 1, name, "hatchTribute", hatchTribute,
            "in [0, 1) (a tribute of 1 would leave no reserve)")
        let curve = try AugmentedBondingCurve(
            kappa: kappa, supply: hatchRaise / hatchPrice, reserve: (1 - hatchTribute) * hatchRaise)
        try self.init(
            curve: curve, fundingPool: hatchTribute * hatchRaise, entryTribute: entryTribute, exitTribute: exitTribute)
    }

    /// The spot price at the current supply.
    ///
    /// ```
    /// P = κ·R(S)/S
    /// ```
    public var price: Double { curve.price(atSupply: supply) }

    /// Buys tokens with a deposit: the entry tribute goes to the funding
    /// pool, the rest is bonded to the reserve and mints tokens.
    ///
    /// ```
    /// F += θ_entry·d;   minted = S·expm1(log1p((1 − θ_entry)·d/R)/κ)
    /// ```
    /// - Parameter deposit: Currency paid, `d ≥ 0`.
    /// - Returns: The tokens minted to the buyer.
    public mutating func buy(deposit: Double) -> Double {
        let tribute = entryTribute * deposit
        let bonded = deposit - tribute
        let minted = curve.tokensMinted(forDeposit: bonded, atSupply: supply)
        supply += minted
        reserve += bonded
        fundingPool += tribute
        return minted
    }

    /// Sells tokens back to the curve: the exit tribute of the released
    /// reserve goes to the funding pool, the rest to the seller.
    ///
    /// ```
    /// x = −R·expm1(κ·log1p(−q/S));   F += θ_exit·x;   returned = (1 − θ_exit)·x
    /// ```
    /// - Parameter tokens: Tokens burned, `0 ≤ q ≤ S`.
    /// - Returns: The currency paid to the seller.
    public mutating func sell(tokens: Double) -> Double {
        let released = curve.refundForBurn(tokens, atSupply: supply)
        let tribute = exitTribute * released
        supply -= tokens
        reserve -= released
        fundingPool += tribute
        return released - tribute
    }
}
