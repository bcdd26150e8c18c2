#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CatallaxNumerics

/// A bonding curve whose price falls as supply grows.
///
/// ```
/// f(S)   = k/(S + 1)
/// R(S)   = k·ln(1 + S) = k·log1p(S)
/// R⁻¹(y) = expm1(y/k)
/// ```
/// `k` is `level` (currency, `k > 0`), the price of the first token. The
/// only family whose price is decreasing: `R` is increasing (so mint and
/// burn are well defined) but concave.
///
/// Every trade is a ratio to `1 + s` through `log1p`/`expm1`, never a
/// difference of reserves:
/// ```
/// mint   Δ = (1 + s)·expm1(d/k)
/// burn   R(s) − R(s − q) = k·log1p(q/(1 + (s − q)))
/// cost   R(s + q) − R(s) = k·log1p(q/(1 + s))
/// ```
/// The burn's argument is positive: `−k·log1p(−q/(1 + s))` is the same
/// number but cancels in `1 − q/(1 + s)` as `q → s` (all digits lost at
/// `s = 1e5` for a burn of the whole supply).
///
/// See `docs/InverseCurve.md`.
public struct InverseCurve: BondingCurve, Equatable {
    /// The price at zero supply, `k > 0` (currency per token).
    public let level: Double

    /// Creates an inverse curve `f(S) = level/(S + 1)`.
    ///
    /// ```
    /// f(S) = k/(S + 1),   k > 0, finite
    /// ```
    /// - Parameter level: `k`, the price of the first token.
    /// - Throws: `CurveError.invalidParameter` if `k` is not a finite
    ///   positive number.
    public init(level: Double) throws(CurveError) {
        try CurveError.check(level.isFinite && level > 0, "InverseCurve", "level", level, "a finite number > 0")
        self.level = level
    }

    // MARK: Scalar

    /// The price.
    ///
    /// ```
    /// f(s) = k/(s + 1)
    /// ```
    /// - Parameter supply: `s ≥ 0`.
    /// - Returns: Currency per token.
    @inlinable
    public func price(atSupply supply: Double) -> Double {
        level / (1 + supply)
    }

    /// The reserve.
    ///
    /// ```
    /// R(s) = k·log1p(s)
    /// ```
    /// - Parameter supply: `s ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func reserve(atSupply supply: Double) -> Double {
        level * log1p(supply)
    }

    /// The supply backed by a reserve.
    ///
    /// ```
    /// R⁻¹(y) = expm1(y/k)
    /// ```
    /// - Parameter reserve: `y ≥ 0`.
    /// - Returns: Tokens.
    @inlinable
    public func supply(forReserve reserve: Double) -> Double {
        expm1(reserve / level)
    }

    /// The cost of minting `q` tokens, from the ratio `q/(1 + s)`.
    ///
    /// ```
    /// R(s + q) − R(s) = k·log1p(q/(1 + s))
    /// ```
    /// - Parameters:
    ///   - tokens: `q ≥ 0`.
    ///   - supply: `s ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func costToMint(_ tokens: Double, atSupply supply: Double) -> Double {
        level * log1p(tokens / (1 + supply))
    }

    /// The refund for burning `q` tokens, from the ratio of the burn to
    /// what is left.
    ///
    /// ```
    /// R(s) − R(s − q) = k·ln((1 + s)/(1 + s − q)) = k·log1p(q/(1 + (s − q)))
    /// ```
    /// `s − q` is exact for `q ≥ s/2` (Sterbenz) and the argument positive,
    /// so nothing cancels, including a burn of the whole supply.
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ s`.
    ///   - supply: `s`.
    /// - Returns: Currency.
    @inlinable
    public func refundForBurn(_ tokens: Double, atSupply supply: Double) -> Double {
        level * log1p(tokens / (1 + (supply - tokens)))
    }

    /// The tokens minted for a deposit.
    ///
    /// ```
    /// k·log1p(Δ/(1 + s)) = d   ⇒   Δ = (1 + s)·expm1(d/k)
    /// ```
    /// - Parameters:
    ///   - deposit: `d ≥ 0`.
    ///   - supply: `s ≥ 0`.
    /// - Returns: Tokens.
    @inlinable
    public func tokensMinted(forDeposit deposit: Double, atSupply supply: Double) -> Double {
        (1 + supply) * expm1(deposit / level)
    }

    // MARK: Lanes

    /// The price `k/(s + 1)` on every lane.
    ///
    /// ```
    /// f(s) = k/(s + 1)
    /// ```
    /// - Parameter supply: `s ≥ 0` on each lane.
    /// - Returns: The price of each lane.
    @inlinable @inline(__always)
    public func price<V: LaneVector>(atSupply supply: V) -> V {
        level / (1 + supply)
    }

    /// The tokens minted on every lane: one `expm1`.
    ///
    /// ```
    /// e = expm1(d/k)
    /// Δ = (1 + s)·e                price ← P/(1 + e)     (f(s + Δ) = f(s)·e^{−d/k})
    /// ```
    /// `1 + e` with `e ≥ 0` rounds once. Reads the incoming price (must be `f(s)`).
    /// - Parameters:
    ///   - deposit: `d ≥ 0` on each lane.
    ///   - supply: `s ≥ 0` on each lane.
    ///   - price: On entry `f(s)`; on return `f(s + Δ)`; unchanged where `d = 0`.
    /// - Returns: The tokens minted, exactly `0` where `d = 0`.
    @inlinable @inline(__always)
    public func tokensMinted<V: LaneVector>(forDeposit deposit: V, atSupply supply: V, price: inout V) -> V {
        let e = LaneMath.expm1(deposit / level)
        let zero = deposit .== 0
        let minted = ((1 + supply) * e).replacing(with: 0, where: zero)
        price = (price / (1 + e)).replacing(with: price, where: zero)
        return minted
    }

    /// The refund for burning tokens on every lane: one `log1p`.
    ///
    /// ```
    /// u = 1 + (s − q)
    /// refund = k·log1p(q/u)        price ← k/u
    /// ```
    /// Both from what is left, `u`: `P/(1 − q/(1 + s))` and
    /// `log1p(−q/(1 + s))` cancel as `q → s`. Does not read the incoming price.
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ s` on each lane.
    ///   - supply: `s` on each lane.
    ///   - price: On return `f(s − q)`; unchanged where `q = 0`.
    /// - Returns: The refund, exactly `0` where `q = 0`.
    @inlinable @inline(__always)
    public func refundForBurn<V: LaneVector>(_ tokens: V, atSupply supply: V, price: inout V) -> V {
        let zero = tokens .== 0
        let left = 1 + (supply - tokens)
        let refund = (level * LaneMath.log1p(tokens / left)).replacing(with: 0, where: zero)
        price = (level / left).replacing(with: price, where: zero)
        return refund
    }
}
