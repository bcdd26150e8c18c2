#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CatallaxNumerics

/// A bonding curve whose price grows exponentially with supply.
///
/// ```
/// f(S)   = a·e^{kS}
/// R(S)   = (a/k)·(e^{kS} − 1)  = (f(S)/k)·(1 − e^{−kS})
/// R⁻¹(y) = log1p(k·y/a) / k
/// ```
/// `a` is `basePrice` (the price at zero supply, currency per token,
/// `a > 0`), `k` is `growthRate` (per token, `k > 0`).
///
/// The price is evaluated as `exp(ln a + k·S)`, so a tiny `a` and a large
/// `k·S` (say `a = e^{−700}`, `k·S = 1000`) give the finite `e^{300}`
/// instead of `a·∞`. Every trade is written as a ratio to the current price
/// (`log1p(k·d/P)`, `expm1(−k·q)·P/k`), never as a difference of reserves,
/// so neither large `k·S` nor tiny trades lose accuracy.
///
/// `k = 0` (a constant price) is rejected rather than special-cased: every
/// form divides by `k`. Use `LinearCurve(slope: 0, basePrice: a)` or
/// `PowerCurve(coefficient: a, exponent: 0)` for a constant price.
///
/// See `docs/ExponentialCurve.md`.
public struct ExponentialCurve: BondingCurve, Equatable {
    /// The price at zero supply, `a > 0` (currency per token).
    public let basePrice: Double
    /// The relative price increase per token, `k > 0` (per token).
    public let growthRate: Double
    /// `ln a`, so the price is `exp(ln a + k·S)` without overflow in `e^{kS}`.
    @usableFromInline internal let _logBasePrice: Double
    /// `1/k`: the lane forms multiply by it (one rounding more than a
    /// division, but a multiply instead of a division, whose unit the
    /// mint's `log1p` and ratio already keep busy).
    @usableFromInline internal let _inverseGrowthRate: Double

    /// Creates an exponential curve `f(S) = basePrice·e^{growthRate·S}`.
    ///
    /// ```
    /// f(S) = a·e^{kS},   a > 0 and k > 0, both finite
    /// ```
    /// - Parameters:
    ///   - basePrice: `a`, the price at zero supply.
    ///   - growthRate: `k`, the relative price increase per token.
    /// - Throws: `CurveError.invalidParameter` if a parameter is not a
    ///   finite positive number.
    public init(basePrice: Double, growthRate: Double) throws(CurveError) {
        let name = "ExponentialCurve"
        try CurveError.check(
            basePrice.isFinite && basePrice > 0, name, "basePrice", basePrice, "a finite number > 0")
        try CurveError.check(
            growthRate.isFinite && growthRate > 0, name, "growthRate", growthRate,
            "a finite number > 0 (for a constant price use LinearCurve with slope 0)")
        self.basePrice = basePrice
        self.growthRate = growthRate
        self._logBasePrice = log(basePrice)
        self._inverseGrowthRate = 1 / growthRate
    }

    // MARK: Scalar

    /// The price `exp(ln a + k·s)`.
    ///
    /// ```
    /// f(s) = a·e^{ks} = exp(ln a + k·s)
    /// ```
    /// Finite whenever the price is, even where `e^{ks}` alone overflows.
    /// - Parameter supply: `s ≥ 0`.
    /// - Returns: Currency per token.
    @inlinable
    public func price(atSupply supply: Double) -> Double {
        exp(_logBasePrice.addingProduct(growthRate, supply))
    }

    /// The reserve, as the price times a factor in `[0, 1)`.
    ///
    /// ```
    /// R(s) = (a/k)·expm1(k·s) = (f(s)/k)·(−expm1(−k·s))
    /// ```
    /// `(a/k)·expm1(k·s)` overflows for `k·s > 709` even when `R` is finite;
    /// `f(s) − a` cancels for small `k·s`. The product form does neither.
    /// - Parameter supply: `s ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func reserve(atSupply supply: Double) -> Double {
        price(atSupply: supply) * (-expm1(-growthRate * supply) / growthRate)
    }

    /// The supply backed by a reserve.
    ///
    /// ```
    /// R⁻¹(y) = log1p(k·y/a) / k
    /// ```
    /// `log1p` keeps small reserves accurate; where `k·y/a` overflows (tiny
    /// `a`), `log1p(z) = ln z` to double precision and the logarithm is taken
    /// term by term.
    /// - Parameter reserve: `y ≥ 0`.
    /// - Returns: Tokens.
    @inlinable
    public func supply(forReserve reserve: Double) -> Double {
        let ratio = growthRate * reserve / basePrice
        if ratio.isFinite { return log1p(ratio) / growthRate }
        return (log(growthRate) + log(reserve) - _logBasePrice) / growthRate
    }

    /// The cost of minting `q` tokens, relative to the current price.
    ///
    /// ```
    /// R(s + q) − R(s) = f(s)·expm1(k·q)/k            k·q ≤ 700
    ///                 = f(s + q)·(−expm1(−k·q))/k     k·q > 700
    /// ```
    /// The first form overflows for `k·q > 709` even when the cost is
    /// finite; the second, from the price after minting, does not. Dividing
    /// `expm1` by `k` before multiplying by the price keeps `P/k` from
    /// overflowing when the trade is small.
    /// - Parameters:
    ///   - tokens: `q ≥ 0`.
    ///   - supply: `s ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func costToMint(_ tokens: Double, atSupply supply: Double) -> Double {
        let growth = growthRate * tokens
        if growth <= 700 { return price(atSupply: supply) * (expm1(growth) / growthRate) }
        return price(atSupply: supply + tokens) * (-expm1(-growth) / growthRate)
    }

    /// The refund for burning `q` tokens, relative to the current price.
    ///
    /// ```
    /// R(s) − R(s − q) = (f(s)/k)·(1 − e^{−kq}) = −(f(s)/k)·expm1(−k·q)
    /// ```
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ s`.
    ///   - supply: `s`.
    /// - Returns: Currency.
    @inlinable
    public func refundForBurn(_ tokens: Double, atSupply supply: Double) -> Double {
        if tokens == 0 { return 0 }
        return price(atSupply: supply) * (-expm1(-growthRate * tokens) / growthRate)
    }

    /// The tokens minted for a deposit, relative to the current price.
    ///
    /// ```
    /// (P/k)·(e^{kΔ} − 1) = d   ⇒   Δ = log1p(k·d/P) / k,   P = f(s)
    /// ```
    /// Only the ratio `k·d/P` enters, so a huge price does not overflow and
    /// a tiny deposit keeps its relative accuracy. Where the ratio itself
    /// overflows (a tiny price), `log1p(t) = ln(k·d) − ln P` exactly enough.
    /// - Parameters:
    ///   - deposit: `d ≥ 0`.
    ///   - supply: `s ≥ 0`.
    /// - Returns: Tokens.
    @inlinable
    public func tokensMinted(forDeposit deposit: Double, atSupply supply: Double) -> Double {
        let ratio = growthRate * deposit / price(atSupply: supply)
        if ratio.isFinite { return log1p(ratio) / growthRate }
        return (log(growthRate * deposit) - _logBasePrice.addingProduct(growthRate, supply)) / growthRate
    }

    // MARK: Lanes

    /// The price `exp(ln a + k·s)` on every lane: one `exp`.
    ///
    /// ```
    /// f(s) = exp(ln a + k·s)
    /// ```
    /// - Parameter supply: `s ≥ 0` on each lane.
    /// - Returns: The price of each lane.
    @inlinable @inline(__always)
    public func price<V: LaneVector>(atSupply supply: V) -> V {
        LaneMath.exp(V(repeating: _logBasePrice).addingProduct(growthRate, supply))
    }

    /// The tokens minted on every lane from the carried price: one `log1p`.
    ///
    /// ```
    /// Δ = log1p(k·d/P) / k
    /// price ← P·(1 + k·d/P) = P + k·d
    /// ```
    /// The new price follows exactly from `f(s + Δ) = P·e^{kΔ}` and
    /// `e^{kΔ} = 1 + k·d/P`, so it costs one fused multiply-add. Reads the
    /// incoming price (must be `f(s)`).
    ///
    /// Where `k·d/P` would overflow (a tiny price, a huge deposit) the ratio
    /// is formed scaled by `2⁻⁶⁰⁰` and `600·ln 2` added back: above `2⁶⁰`,
    /// `log1p(t) = ln t` to double precision, so the result stays finite
    /// whenever `Δ` is. That path runs only when some lane needs it, and
    /// gives every other lane the same bits as the fast path, so a lane's
    /// result never depends on its neighbours.
    /// - Parameters:
    ///   - deposit: `d ≥ 0` on each lane.
    ///   - supply: `s ≥ 0` on each lane (not read: the price carries it).
    ///   - price: On entry `f(s)`; on return `f(s + Δ)`; unchanged where `d = 0`.
    /// - Returns: The tokens minted, exactly `0` where `d = 0`.
    @inlinable @inline(__always)
    public func tokensMinted<V: LaneVector>(forDeposit deposit: V, atSupply supply: V, price: inout V) -> V {
        let ratio = growthRate * deposit / price
        var logGrowth: V
        if _fastPath(!V.anyLane(ratio .> 0x1p660)) {
            logGrowth = LaneMath.log1p(ratio)
        } else {
            let scaledRatio = growthRate * deposit * 0x1p-600 / price
            let huge = scaledRatio .> 0x1p60
            logGrowth = LaneMath.log1p(ratio.replacing(with: scaledRatio, where: huge))
                + V.zero.replacing(with: 600 * 0.693_147_180_559_945_3 /* ln 2 */, where: huge)
        }
        let zero = deposit .== 0
        let minted = (logGrowth * _inverseGrowthRate).replacing(with: 0, where: zero)
        price = price.addingProduct(growthRate, deposit).replacing(with: price, where: zero)
        return minted
    }

    /// The refund for burning tokens on every lane from the carried price:
    /// one `expm1`.
    ///
    /// ```
    /// y = expm1(−k·q)
    /// refund = −(P/k)·y
    /// price ← P·(1 + y)            where k·q ≤ ln 2
    /// price ← exp(ln a + k·(s − q)) elsewhere
    /// ```
    /// `1 + y` keeps only `ε·e^{kq}` relative accuracy and rounds to `0` for
    /// `k·q > 37`, which would leave a zero price at a positive supply; for
    /// `k·q ≤ ln 2` (so `1 + y ≥ ½`) it is accurate to a rounding or two, and
    /// the far rarer large burns evaluate the price from the supply, paying
    /// the `exp` only when some lane needs it. Reads the incoming price
    /// (must be `f(s)`).
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ s` on each lane.
    ///   - supply: `s` on each lane.
    ///   - price: On entry `f(s)`; on return `f(s − q)`; unchanged where `q = 0`.
    /// - Returns: The refund, exactly `0` where `q = 0`.
    @inlinable @inline(__always)
    public func refundForBurn<V: LaneVector>(_ tokens: V, atSupply supply: V, price: inout V) -> V {
        let zero = tokens .== 0
        let y = LaneMath.expm1(-growthRate * tokens)
        let refund = (price * (-y * _inverseGrowthRate)).replacing(with: 0, where: zero)
        let large = y .< -0.5
        var after = price.addingProduct(price, y)
        if _slowPath(V.anyLane(large)) {
            after.replace(with: self.price(atSupply: supply - tokens), where: large)
        }
        price = after.replacing(with: price, where: zero)
        return refund
    }
}
