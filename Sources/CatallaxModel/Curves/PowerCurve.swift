#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CatallaxNumerics

/// A bonding curve whose price is a power of supply.
///
/// ```
/// f(S)   = a·Sⁿ
/// R(S)   = a·Sⁿ⁺¹/(n + 1)
/// R⁻¹(y) = ((n + 1)·y/a)^{1/(n+1)}
/// ```
/// `a` is `coefficient` (currency per token^{n+1}, `a > 0`), `n` is
/// `exponent` (`n ≥ 0`; `n = 0` is a constant price `a`, `n = 1` the linear
/// curve `a·S`, `n = 2` the classic quadratic curve).
///
/// Trades are written in the trade's ratio to the supply or reserve:
/// ```
/// mint   Δ = s·expm1(log1p(d/R(s))/(n + 1))
/// burn   R(s) − R(s − q) = −R(s)·expm1((n + 1)·log1p(−q/s))
/// ```
/// so a trade of `1e-12·s` keeps full relative accuracy, where
/// `R⁻¹(R(s) + d) − s` would keep four digits. Internally the curve is
/// anchored at the supply where the price is 1 (`s₁ = a^{−1/n}`), so
/// `a·Sⁿ` with a tiny `a` and a large `Sⁿ` is never formed.
///
/// See `docs/PowerCurve.md`.
public struct PowerCurve: BondingCurve, Equatable {
    /// The price at unit supply, `a > 0`.
    public let coefficient: Double
    /// The power of supply in the price, `n ≥ 0`.
    public let exponent: Double
    @usableFromInline internal let _law: _PowerLaw

    /// Creates a power curve `f(S) = coefficient·S^exponent`.
    ///
    /// ```
    /// f(S) = a·Sⁿ,   a > 0 and n ≥ 0, both finite
    /// ```
    /// - Parameters:
    ///   - coefficient: `a`, the price at unit supply.
    ///   - exponent: `n`, the power of supply; `0` gives a constant price.
    /// - Throws: `CurveError.invalidParameter` if `a` is not a finite
    ///   positive number or `n` is not a finite number `≥ 0` (a negative
    ///   `n` would make the price fall with supply).
    public init(coefficient: Double, exponent: Double) throws(CurveError) {
        let name = "PowerCurve"
        try CurveError.check(
            coefficient.isFinite && coefficient > 0, name, "coefficient", coefficient, "a finite number > 0")
        try CurveError.check(
            exponent.isFinite && exponent >= 0, name, "exponent", exponent,
            "a finite number ≥ 0 (a negative exponent makes the price fall as supply grows)")
        self.coefficient = coefficient
        self.exponent = exponent
        // Anchor at s₁ = a^{−1/n}, where f(s₁) = 1, if that is a normal
        // number; otherwise (n = 0, or extreme a) at s = 1, where f = a.
        let unitSupply = exponent > 0 ? exp(-log(coefficient) / exponent) : 1
        let anchorPrice = coefficient * pow(unitSupply, exponent)
        if unitSupply.isNormal && anchorPrice.isNormal {
            _law = _PowerLaw(exponent: exponent, anchorSupply: unitSupply, anchorPrice: anchorPrice)
        } else {
            _law = _PowerLaw(exponent: exponent, anchorSupply: 1, anchorPrice: coefficient)
        }
    }

    // MARK: Scalar

    /// The price.
    ///
    /// ```
    /// f(s) = a·sⁿ
    /// ```
    /// - Parameter supply: `s ≥ 0`.
    /// - Returns: Currency per token.
    @inlinable
    public func price(atSupply supply: Double) -> Double { _law.price(supply) }

    /// The reserve.
    ///
    /// ```
    /// R(s) = a·sⁿ⁺¹/(n + 1)
    /// ```
    /// - Parameter supply: `s ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func reserve(atSupply supply: Double) -> Double { _law.reserve(supply) }

    /// The supply backed by a reserve.
    ///
    /// ```
    /// R⁻¹(y) = ((n + 1)·y/a)^{1/(n+1)}
    /// ```
    /// - Parameter reserve: `y ≥ 0`.
    /// - Returns: Tokens.
    @inlinable
    public func supply(forReserve reserve: Double) -> Double { _law.supply(forReserve: reserve) }

    /// The cost of minting `q` tokens, from the ratio `q/s`.
    ///
    /// ```
    /// R(s + q) − R(s) = R(s)·expm1((n + 1)·log1p(q/s)),   R(q) at s = 0
    /// ```
    /// - Parameters:
    ///   - tokens: `q ≥ 0`.
    ///   - supply: `s ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func costToMint(_ tokens: Double, atSupply supply: Double) -> Double { _law.cost(tokens, supply) }

    /// The refund for burning `q` tokens, from the ratio `q/s`.
    ///
    /// ```
    /// R(s) − R(s − q) = −R(s)·expm1((n + 1)·log1p(−q/s))
    /// ```
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ s`.
    ///   - supply: `s`.
    /// - Returns: Currency; `R(s)` for `q = s`.
    @inlinable
    public func refundForBurn(_ tokens: Double, atSupply supply: Double) -> Double { _law.refund(tokens, supply) }

    /// The tokens minted for a deposit, from the ratio `d/R(s)`.
    ///
    /// ```
    /// Δ = s·expm1(log1p(d/R(s))/(n + 1)),   R⁻¹(d) at s = 0
    /// ```
    /// - Parameters:
    ///   - deposit: `d ≥ 0`.
    ///   - supply: `s ≥ 0`.
    /// - Returns: Tokens.
    @inlinable
    public func tokensMinted(forDeposit deposit: Double, atSupply supply: Double) -> Double {
        _law.minted(deposit, supply)
    }

    // MARK: Lanes

    /// The price on every lane: one `log`, one `exp`.
    ///
    /// ```
    /// f(s) = exp(ln p₁ + n·ln(s/s₁))      (s₁, p₁ the internal anchor)
    /// ```
    /// - Parameter supply: `s ≥ 0` on each lane.
    /// - Returns: The price of each lane.
    @inlinable @inline(__always)
    public func price<V: LaneVector>(atSupply supply: V) -> V { _law.price(supply) }

    /// The tokens minted on every lane from the carried price: one `log`,
    /// one `expm1`.
    ///
    /// ```
    /// R = s·P/(n + 1)
    /// Δ = s·expm1(log1p(d/R)/(n + 1))
    /// price ← P + ((n + 1)·d − P·Δ)/(s + Δ)
    /// ```
    /// Reads the incoming price (must be `f(s)`): with it the reserve costs
    /// a multiplication instead of a `log` and an `exp`.
    /// - Parameters:
    ///   - deposit: `d ≥ 0` on each lane.
    ///   - supply: `s ≥ 0` on each lane.
    ///   - price: On entry `f(s)`; on return `f(s + Δ)`; unchanged where `d = 0`.
    /// - Returns: The tokens minted, exactly `0` where `d = 0`.
    @inlinable @inline(__always)
    public func tokensMinted<V: LaneVector>(forDeposit deposit: V, atSupply supply: V, price: inout V) -> V {
        _law.minted(deposit, supply, &price)
    }

    /// The refund for burning tokens on every lane from the carried price:
    /// one `log1p`, one `expm1`, one `exp`.
    ///
    /// ```
    /// ℓ = log1p(−q/s)
    /// refund = −(s·P/(n + 1))·expm1((n + 1)·ℓ)
    /// price ← P·e^{nℓ}
    /// ```
    /// Reads the incoming price (must be `f(s)`).
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ s` on each lane.
    ///   - supply: `s` on each lane.
    ///   - price: On entry `f(s)`; on return `f(s − q)`; unchanged where `q = 0`.
    /// - Returns: The refund, exactly `0` where `q = 0`.
    @inlinable @inline(__always)
    public func refundForBurn<V: LaneVector>(_ tokens: V, atSupply supply: V, price: inout V) -> V {
        _law.refund(tokens, supply, &price)
    }

    /// The position on every lane: the price and the reserve it implies.
    ///
    /// ```
    /// (P, R) = (f(s), s·P/(n + 1))
    /// ```
    /// - Parameters:
    ///   - supply: `s ≥ 0` on each lane.
    ///   - price: `f(s)` on each lane.
    /// - Returns: The position, carrying `R(s)`.
    @inlinable @inline(__always)
    public func position<V: LaneVector>(atSupply supply: V, price: V) -> CurvePosition<V> {
        CurvePosition(price: price, carried: _law.reserve(supply, price: price))
    }

    /// One order on every lane with one `log1p` and one `expm1` instead of
    /// five transcendental calls, carrying the reserve (see `_PowerLaw.trade`).
    ///
    /// ```
    /// buy:  minted = s·expm1(log1p(d/R)/(n + 1)),   R ← R + d
    /// sell: refund = −R·expm1((n + 1)·log1p(−q/s)),  R ← R − refund
    /// P ← (n + 1)·R/s'
    /// ```
    @inlinable @inline(__always)
    public func trade<V: LaneVector>(deposit: V, burn: V, atSupply supply: V, position: inout CurvePosition<V>) -> (minted: V, refund: V) {
        _law.trade(deposit, burn, supply, &position)
    }
}
