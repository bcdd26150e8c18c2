import CatallaxNumerics

/// Bancor's constant-reserve-ratio curve: the reserve is always a fixed
/// fraction of the market value of the supply.
///
/// ```
/// R(S) = R₀·(S/S₀)^{1/r}           so that  R = r·S·f(S)
/// f(S) = R(S)/(r·S) = (R₀/(r·S₀))·(S/S₀)^{1/r − 1}
/// R⁻¹(y) = S₀·(y/R₀)^r
/// ```
/// `r` is `reserveRatio` (Bancor's "connector weight", `0 < r ≤ 1`);
/// `(S₀, R₀)` is one state of the market, `supply` and `reserve` (both
/// `> 0`), which fixes the curve. `r = 1` is a constant price `R₀/S₀`;
/// `r = 1/2` a linear price; in general a power curve of exponent
/// `n = 1/r − 1`.
///
/// Bancor's purchase and sale returns are computed in ratio form:
/// ```
/// purchase   S·((1 + E/R)^r − 1)       = S·expm1(r·log1p(E/R))
/// sale       R·(1 − (1 − q/S)^{1/r})   = −R·expm1(log1p(−q/S)/r)
/// ```
/// which keeps full relative accuracy for tiny trades (the direct powers
/// keep four digits for `E/R = 1e-12`). The curve is anchored at
/// `(S₀, R₀)`, so `S₀^{1/r}` (overflowing for small `r`) is never formed.
///
/// Reference: Eyal Hertzog, Guy Benartzi, Galia Benartzi, "Bancor Protocol:
/// Continuous Liquidity for Cryptographic Tokens through their Smart
/// Contracts" (2017); `BancorFormula.calculatePurchaseReturn`.
/// See `docs/BancorCurve.md`.
public struct BancorCurve: BondingCurve, Equatable {
    /// The constant ratio `r` of reserve to market value, `0 < r ≤ 1`.
    public let reserveRatio: Double
    /// The supply `S₀` of the state that fixes the curve.
    public let anchorSupply: Double
    /// The reserve `R₀ = R(S₀)` of that state.
    public let anchorReserve: Double
    @usableFromInline internal let _law: _PowerLaw

    /// Creates the Bancor curve through a market state.
    ///
    /// ```
    /// R(S) = R₀·(S/S₀)^{1/r},   0 < r ≤ 1, S₀ > 0, R₀ > 0, all finite
    /// ```
    /// - Parameters:
    ///   - reserveRatio: `r`, reserve over market value (`0.21` for 21%,
    ///     Bancor's 210 000 ppm).
    ///   - supply: `S₀`, the token supply of a state on the curve.
    ///   - reserve: `R₀`, the reserve balance at that supply.
    /// - Throws: `CurveError.invalidParameter` if `r` is outside `(0, 1]`
    ///   or a state value is not a finite positive number.
    public init(reserveRatio: Double, supply: Double, reserve: Double) throws(CurveError) {
        let name = "BancorCurve"
        try CurveError.check(
            reserveRatio.isFinite && reserveRatio > 0 && reserveRatio <= 1, name, "reserveRatio", reserveRatio,
            "in (0, 1] (a ratio above 1 makes the price fall as supply grows)")
        try CurveError.check(supply.isFinite && supply > 0, name, "supply", supply, "a finite number > 0")
        try CurveError.check(reserve.isFinite && reserve > 0, name, "reserve", reserve, "a finite number > 0")
        let anchorPrice = reserve / (reserveRatio * supply)
        try CurveError.check(
            anchorPrice.isNormal, name, "reserve/(reserveRatio·supply)", anchorPrice,
            "a normal number (the spot price of the state)")
        self.reserveRatio = reserveRatio
        self.anchorSupply = supply
        self.anchorReserve = reserve
        self._law = _PowerLaw(exponent: 1 / reserveRatio - 1, anchorSupply: supply, anchorPrice: anchorPrice)
    }

    // MARK: Scalar

    /// The spot price, reserve over ratio times supply.
    ///
    /// ```
    /// f(S) = R(S)/(r·S) = (R₀/(r·S₀))·(S/S₀)^{1/r − 1}
    /// ```
    /// - Parameter supply: `S ≥ 0`.
    /// - Returns: Currency per token.
    @inlinable
    public func price(atSupply supply: Double) -> Double { _law.price(supply) }

    /// The reserve balance at a supply.
    ///
    /// ```
    /// R(S) = R₀·(S/S₀)^{1/r}
    /// ```
    /// - Parameter supply: `S ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func reserve(atSupply supply: Double) -> Double { _law.reserve(supply) }

    /// The supply at a reserve balance.
    ///
    /// ```
    /// R⁻¹(y) = S₀·(y/R₀)^r
    /// ```
    /// - Parameter reserve: `y ≥ 0`.
    /// - Returns: Tokens.
    @inlinable
    public func supply(forReserve reserve: Double) -> Double { _law.supply(forReserve: reserve) }

    /// The deposit that mints `q` tokens (Bancor's fund cost).
    ///
    /// ```
    /// R·((1 + q/S)^{1/r} − 1) = R·expm1(log1p(q/S)/r)
    /// ```
    /// - Parameters:
    ///   - tokens: `q ≥ 0`.
    ///   - supply: `S ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func costToMint(_ tokens: Double, atSupply supply: Double) -> Double { _law.cost(tokens, supply) }

    /// Bancor's sale return for burning `q` tokens.
    ///
    /// ```
    /// R·(1 − (1 − q/S)^{1/r}) = −R·expm1(log1p(−q/S)/r)
    /// ```
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ S`.
    ///   - supply: `S`.
    /// - Returns: Currency; the whole reserve for `q = S`.
    @inlinable
    public func refundForBurn(_ tokens: Double, atSupply supply: Double) -> Double { _law.refund(tokens, supply) }

    /// Bancor's purchase return for a deposit `E`.
    ///
    /// ```
    /// S·((1 + E/R)^r − 1) = S·expm1(r·log1p(E/R))
    /// ```
    /// - Parameters:
    ///   - deposit: `E ≥ 0`.
    ///   - supply: `S ≥ 0`.
    /// - Returns: Tokens.
    @inlinable
    public func tokensMinted(forDeposit deposit: Double, atSupply supply: Double) -> Double {
        _law.minted(deposit, supply)
    }

    // MARK: Lanes

    /// The spot price on every lane: one `log`, one `exp`.
    ///
    /// ```
    /// f(S) = exp(ln(R₀/(r·S₀)) + (1/r − 1)·ln(S/S₀))
    /// ```
    /// - Parameter supply: `S ≥ 0` on each lane.
    /// - Returns: The price of each lane.
    @inlinable
    public func price<V: LaneVector>(atSupply supply: V) -> V { _law.price(supply) }

    /// The purchase return on every lane from the carried price: one `log`,
    /// one `expm1`.
    ///
    /// ```
    /// R = r·S·P
    /// Δ = S·expm1(r·log1p(E/R))
    /// price ← P + (E/r − P·Δ)/(S + Δ)
    /// ```
    /// Reads the incoming price (must be `f(S)`).
    /// - Parameters:
    ///   - deposit: `E ≥ 0` on each lane.
    ///   - supply: `S ≥ 0` on each lane.
    ///   - price: On entry `f(S)`; on return `f(S + Δ)`; unchanged where `E = 0`.
    /// - Returns: The tokens minted, exactly `0` where `E = 0`.
    @inlinable
    public func tokensMinted<V: LaneVector>(forDeposit deposit: V, atSupply supply: V, price: inout V) -> V {
        _law.minted(deposit, supply, &price)
    }

    /// The sale return on every lane from the carried price: one `log1p`,
    /// one `expm1`, one `exp`.
    ///
    /// ```
    /// ℓ = log1p(−q/S)
    /// refund = −r·S·P·expm1(ℓ/r)
    /// price ← P·e^{(1/r − 1)ℓ}
    /// ```
    /// Reads the incoming price (must be `f(S)`).
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ S` on each lane.
    ///   - supply: `S` on each lane.
    ///   - price: On entry `f(S)`; on return `f(S − q)`; unchanged where `q = 0`.
    /// - Returns: The refund, exactly `0` where `q = 0`.
    @inlinable
    public func refundForBurn<V: LaneVector>(_ tokens: V, atSupply supply: V, price: inout V) -> V {
        _law.refund(tokens, supply, &price)
    }
}
