#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CatallaxNumerics

/// The Commons Stack augmented bonding curve: the invariant `V = S^κ/R`
/// fixes the reserve as a power of supply.
///
/// ```
/// V = S^κ / R                      (conserved by buying and selling)
/// R(S) = S^κ/V = R₀·(S/S₀)^κ
/// f(S) = κ·S^{κ−1}/V = κ·R(S)/S
/// R⁻¹(y) = (V·y)^{1/κ} = S₀·(y/R₀)^{1/κ}
/// ```
/// `κ` is `kappa` (`κ ≥ 1`; `κ = 1` is a constant price), `(S₀, R₀)` a state
/// of the market (`supply`, `reserve`, both `> 0`). As a curve this is
/// Bancor's with reserve ratio `1/κ`; the augmentation (a hatch phase, entry
/// and exit tributes to a funding pool) lives in `AugmentedBondingMarket`.
///
/// Trades are computed in ratio form, `S·expm1(log1p(d/R)/κ)` to mint and
/// `−R·expm1(κ·log1p(−q/S))` to burn, which keep full relative accuracy
/// for tiny trades; the curve is anchored at `(S₀, R₀)` so `S^κ` (which
/// overflows for large `κ`) is never formed.
///
/// References: Michael Zargham, Jamsheed Shorish, Krzysztof Paruch, "From
/// Curved Bonding to Configuration Spaces", IEEE ICBC 2020; Abbey Titcomb,
/// "Deep Dive: Augmented Bonding Curves", Commons Stack, December 2019.
/// See `docs/AugmentedBondingCurve.md`.
public struct AugmentedBondingCurve: BondingCurve, Equatable {
    /// The curve exponent `κ ≥ 1`: the reserve grows as `S^κ`.
    public let kappa: Double
    /// The supply `S₀` of the state that fixes the curve.
    public let anchorSupply: Double
    /// The reserve `R₀ = R(S₀)` of that state.
    public let anchorReserve: Double
    @usableFromInline internal let _law: _PowerLaw

    /// Creates the curve through a market state.
    ///
    /// ```
    /// R(S) = R₀·(S/S₀)^κ,   V = S₀^κ/R₀,   κ ≥ 1, S₀ > 0, R₀ > 0, all finite
    /// ```
    /// - Parameters:
    ///   - kappa: `κ`, the curve exponent.
    ///   - supply: `S₀`, the token supply of a state on the curve.
    ///   - reserve: `R₀`, the reserve at that supply.
    /// - Throws: `CurveError.invalidParameter` if `κ < 1` (the price would
    ///   fall with supply) or a value is not a finite positive number.
    public init(kappa: Double, supply: Double, reserve: Double) throws(CurveError) {
        let name = "AugmentedBondingCurve"
        try CurveError.check(
            kappa.isFinite && kappa >= 1, name, "kappa", kappa,
            "a finite number ≥ 1 (below 1 the price falls as supply grows)")
        try CurveError.check(supply.isFinite && supply > 0, name, "supply", supply, "a finite number > 0")
        try CurveError.check(reserve.isFinite && reserve > 0, name, "reserve", reserve, "a finite number > 0")
        let anchorPrice = kappa * reserve / supply
        try CurveError.check(
            anchorPrice.isNormal, name, "kappa·reserve/supply", anchorPrice, "a normal number (the spot price)")
        self.kappa = kappa
        self.anchorSupply = supply
        self.anchorReserve = reserve
        self._law = _PowerLaw(exponent: kappa - 1, anchorSupply: supply, anchorPrice: anchorPrice)
    }

    /// The conserved invariant of the curve.
    ///
    /// ```
    /// V = S₀^κ / R₀ = exp(κ·ln S₀ − ln R₀)
    /// ```
    /// Overflows to `+∞` (or underflows to `0`) for large `κ·ln S₀`; the
    /// curve itself never uses it.
    public var invariant: Double {
        exp(kappa * log(anchorSupply) - log(anchorReserve))
    }

    // MARK: Scalar

    /// The spot price.
    ///
    /// ```
    /// f(S) = κ·R(S)/S = κ·S^{κ−1}/V
    /// ```
    /// - Parameter supply: `S ≥ 0`.
    /// - Returns: Currency per token.
    @inlinable
    public func price(atSupply supply: Double) -> Double { _law.price(supply) }

    /// The reserve at a supply.
    ///
    /// ```
    /// R(S) = S^κ/V = R₀·(S/S₀)^κ
    /// ```
    /// - Parameter supply: `S ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func reserve(atSupply supply: Double) -> Double { _law.reserve(supply) }

    /// The supply at a reserve.
    ///
    /// ```
    /// R⁻¹(y) = (V·y)^{1/κ} = S₀·(y/R₀)^{1/κ}
    /// ```
    /// - Parameter reserve: `y ≥ 0`.
    /// - Returns: Tokens.
    @inlinable
    public func supply(forReserve reserve: Double) -> Double { _law.supply(forReserve: reserve) }

    /// The deposit that mints `q` tokens.
    ///
    /// ```
    /// R(S + q) − R(S) = R(S)·expm1(κ·log1p(q/S))
    /// ```
    /// - Parameters:
    ///   - tokens: `q ≥ 0`.
    ///   - supply: `S ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func costToMint(_ tokens: Double, atSupply supply: Double) -> Double { _law.cost(tokens, supply) }

    /// The reserve released by burning `q` tokens (before any exit tribute).
    ///
    /// ```
    /// R(S) − R(S − q) = −R(S)·expm1(κ·log1p(−q/S))
    /// ```
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ S`.
    ///   - supply: `S`.
    /// - Returns: Currency.
    @inlinable
    public func refundForBurn(_ tokens: Double, atSupply supply: Double) -> Double { _law.refund(tokens, supply) }

    /// The tokens minted for a deposit into the reserve (after any entry
    /// tribute).
    ///
    /// ```
    /// Δ = S·expm1(log1p(d/R(S))/κ)
    /// ```
    /// - Parameters:
    ///   - deposit: `d ≥ 0`.
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
    /// f(S) = exp(ln(κR₀/S₀) + (κ − 1)·ln(S/S₀))
    /// ```
    /// - Parameter supply: `S ≥ 0` on each lane.
    /// - Returns: The price of each lane.
    @inlinable
    public func price<V: LaneVector>(atSupply supply: V) -> V { _law.price(supply) }

    /// The tokens minted on every lane from the carried price: one `log`,
    /// one `expm1`.
    ///
    /// ```
    /// R = S·P/κ
    /// Δ = S·expm1(log1p(d/R)/κ)
    /// price ← P + (κ·d − P·Δ)/(S + Δ)
    /// ```
    /// Reads the incoming price (must be `f(S)`).
    /// - Parameters:
    ///   - deposit: `d ≥ 0` on each lane.
    ///   - supply: `S ≥ 0` on each lane.
    ///   - price: On entry `f(S)`; on return `f(S + Δ)`; unchanged where `d = 0`.
    /// - Returns: The tokens minted, exactly `0` where `d = 0`.
    @inlinable
    public func tokensMinted<V: LaneVector>(forDeposit deposit: V, atSupply supply: V, price: inout V) -> V {
        _law.minted(deposit, supply, &price)
    }

    /// The reserve released on every lane from the carried price: one
    /// `log1p`, one `expm1`, one `exp`.
    ///
    /// ```
    /// ℓ = log1p(−q/S)
    /// refund = −(S·P/κ)·expm1(κ·ℓ)
    /// price ← P·e^{(κ−1)ℓ}
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
