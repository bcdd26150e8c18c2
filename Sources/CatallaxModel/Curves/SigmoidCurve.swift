#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CatallaxNumerics

/// A bonding curve whose price follows a logistic S-curve up to a ceiling.
///
/// ```
/// f(S) = K·σ(x),   σ(x) = 1/(1 + e^{−x}),   x = k·(S − S₀)
/// R(S) = (K/k)·[sp(x) − sp(x₀)],   sp(x) = ln(1 + eˣ),   x₀ = −k·S₀
/// ```
/// `K` is `maxPrice` (the ceiling, `K > 0`), `k` is `steepness`
/// (per token, `k > 0`), `S₀` is `midpoint` (the supply at price `K/2`,
/// any finite value with `k·S₀ ≤ 600`).
///
/// Reserve differences are never formed as differences of softplus values
/// (which cancel for small trades). With `eˢᵖ⁽ˣ⁾ = 1 + eˣ`:
/// ```
/// sp(x + h) − sp(x) = log1p(σ(x)·expm1(h))                 (cost, refund)
/// sp(x + Δ) = sp(x) + c  ⇔  Δ = log1p(expm1(c)·(1 + e^{−x}))   (mint)
/// ```
/// Both are exact identities and keep full relative accuracy for trades of
/// any size. `expm1` would overflow for arguments over 709; because
/// `1 + e^{−x} ≤ 1 + e^{600}` on the domain, clamping `c` at 100 and `h` at
/// 700 and adding the excess back linearly is exact to double precision
/// (the neglected terms are below `e^{−100}`).
///
/// Domain: `k·S₀ ≤ 600` keeps the price at zero supply,
/// `K/(1 + e^{k·S₀}) ≥ K·e^{−600}`, a normal number, so `1 + e^{−x}` never
/// overflows; the brief's reference `K = 2, k = 2e−5, S₀ = 1e5` has
/// `k·S₀ = 2`.
///
/// See `docs/SigmoidCurve.md`.
public struct SigmoidCurve: BondingCurve, Equatable {
    /// The price ceiling `K > 0` (currency per token).
    public let maxPrice: Double
    /// The logistic steepness `k > 0` (per token).
    public let steepness: Double
    /// The supply `S₀` at which the price is `K/2`.
    public let midpoint: Double
    /// `K/k`, currency per unit of `x`.
    @usableFromInline internal let _reserveScale: Double
    /// `σ(x₀) = 1/(1 + e^{k·S₀})`, the price at zero supply over `K`.
    @usableFromInline internal let _sigmoidAtZero: Double
    /// `k/K` and `1/k`: the lane forms multiply by them instead of dividing
    /// (one rounding more, and the division unit left to the trade's own).
    @usableFromInline internal let _inverseReserveScale: Double
    @usableFromInline internal let _inverseSteepness: Double
    /// `1/K`: a sell's `P/K` in the lane trade.
    @usableFromInline internal let _inverseMaxPrice: Double

    /// Creates a sigmoid curve `f(S) = maxPrice/(1 + e^{−steepness·(S − midpoint)})`.
    ///
    /// ```
    /// f(S) = K/(1 + e^{−k(S − S₀)}),   K > 0, k > 0, k·S₀ ≤ 600, all finite
    /// ```
    /// - Parameters:
    ///   - maxPrice: `K`, the price ceiling.
    ///   - steepness: `k`, how fast the price rises around the midpoint.
    ///   - midpoint: `S₀`, the supply at price `K/2`.
    /// - Throws: `CurveError.invalidParameter` if a parameter is not finite,
    ///   `K` or `k` is not positive, `k·S₀ > 600`, `K/k` overflows, or the
    ///   price at zero supply is not a normal number.
    public init(maxPrice: Double, steepness: Double, midpoint: Double) throws(CurveError) {
        let name = "SigmoidCurve"
        try CurveError.check(maxPrice.isFinite && maxPrice > 0, name, "maxPrice", maxPrice, "a finite number > 0")
        try CurveError.check(
            steepness.isFinite && steepness > 0, name, "steepness", steepness, "a finite number > 0")
        try CurveError.check(midpoint.isFinite, name, "midpoint", midpoint, "a finite number")
        try CurveError.check(
            steepness * midpoint <= 600, name, "steepness·midpoint", steepness * midpoint,
            "≤ 600 (the price at zero supply, about maxPrice·e^{−steepness·midpoint}, must stay a normal number)")
        try CurveError.check(
            (maxPrice / steepness).isFinite, name, "maxPrice/steepness", maxPrice / steepness, "finite")
        let priceAtZero = maxPrice / (1 + exp(steepness * midpoint))
        try CurveError.check(
            priceAtZero.isNormal, name, "maxPrice/(1 + e^{steepness·midpoint})", priceAtZero,
            "a normal number (raise maxPrice or lower steepness·midpoint)")
        self.maxPrice = maxPrice
        self.steepness = steepness
        self.midpoint = midpoint
        self._reserveScale = maxPrice / steepness
        self._inverseReserveScale = steepness / maxPrice
        self._inverseSteepness = 1 / steepness
        self._inverseMaxPrice = 1 / maxPrice
        self._sigmoidAtZero = 1 / (1 + exp(steepness * midpoint))
    }

    // MARK: Scalar

    /// The price.
    ///
    /// ```
    /// f(s) = K/(1 + e^{−k(s − S₀)})
    /// ```
    /// `k·(s − S₀)` is formed as a difference first, so supplies near the
    /// midpoint do not cancel `k·s − k·S₀`.
    /// - Parameter supply: `s ≥ 0`.
    /// - Returns: Currency per token.
    @inlinable
    public func price(atSupply supply: Double) -> Double {
        maxPrice / (1 + exp(-steepness * (supply - midpoint)))
    }

    /// The reserve, as a softplus difference without cancellation.
    ///
    /// ```
    /// R(s) = (K/k)·[sp(x₀ + k·s) − sp(x₀)] = (K/k)·log1p(σ(x₀)·expm1(k·s))
    /// ```
    /// - Parameter supply: `s ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func reserve(atSupply supply: Double) -> Double {
        _reserveScale * Self._softplusStep(_sigmoidAtZero, steepness * supply)
    }

    /// The supply backed by a reserve: the tokens minted from zero supply.
    ///
    /// ```
    /// R⁻¹(y) = log1p(expm1(k·y/K)·(1 + e^{k·S₀})) / k
    /// ```
    /// This is `sp⁻¹(sp(x₀) + c) − x₀` with `sp⁻¹(z) = z + ln(−expm1(−z))`,
    /// rearranged so no large terms cancel.
    /// - Parameter reserve: `y ≥ 0`.
    /// - Returns: Tokens.
    @inlinable
    public func supply(forReserve reserve: Double) -> Double {
        tokensMinted(forDeposit: reserve, atSupply: 0)
    }

    /// The cost of minting `q` tokens.
    ///
    /// ```
    /// R(s + q) − R(s) = (K/k)·log1p(σ(x)·expm1(k·q)),   x = k(s − S₀)
    /// ```
    /// - Parameters:
    ///   - tokens: `q ≥ 0`.
    ///   - supply: `s ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func costToMint(_ tokens: Double, atSupply supply: Double) -> Double {
        let sigmoid = 1 / (1 + exp(-steepness * (supply - midpoint)))
        return _reserveScale * Self._softplusStep(sigmoid, steepness * tokens)
    }

    /// The refund for burning `q` tokens: the cost of minting them back.
    ///
    /// ```
    /// R(s) − R(s − q) = (K/k)·log1p(σ(y)·expm1(k·q)),   y = k((s − S₀) − q)
    /// ```
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ s`.
    ///   - supply: `s`.
    /// - Returns: Currency.
    @inlinable
    public func refundForBurn(_ tokens: Double, atSupply supply: Double) -> Double {
        if tokens == 0 { return 0 }
        let sigmoid = 1 / (1 + exp(-steepness * ((supply - midpoint) - tokens)))
        return _reserveScale * Self._softplusStep(sigmoid, steepness * tokens)
    }

    /// The tokens minted for a deposit.
    ///
    /// ```
    /// c = k·d/K
    /// Δ = log1p(expm1(c)·(1 + e^{−x})) / k,   x = k(s − S₀)
    /// ```
    /// From `1 + e^{x + kΔ} = (1 + eˣ)·eᶜ`.
    /// - Parameters:
    ///   - deposit: `d ≥ 0`.
    ///   - supply: `s ≥ 0`.
    /// - Returns: Tokens.
    @inlinable
    public func tokensMinted(forDeposit deposit: Double, atSupply supply: Double) -> Double {
        let inverseSigmoid = 1 + exp(-steepness * (supply - midpoint))
        return Self._softplusRise(inverseSigmoid, deposit / _reserveScale) / steepness
    }

    // sp(x + h) − sp(x) = log1p(σ(x)·expm1(h)), h ≥ 0.
    // For h > 700 expm1 would overflow; since σ(x) ≥ e^{−600} on the domain,
    // σ·e^{700} ≥ e^{100} and log1p(σ·expm1(h)) = log1p(σ·expm1(700)) + (h − 700)
    // to double precision.
    @inlinable
    static func _softplusStep(_ sigmoid: Double, _ h: Double) -> Double {
        log1p(sigmoid * expm1(Swift.min(h, 700))) + Swift.max(h - 700, 0)
    }

    // The Δx with sp(x + Δx) = sp(x) + c, given r = 1/σ(x) = 1 + e^{−x} ≥ 1:
    // e^{Δx} = 1 + expm1(c)·r. For c > 100, expm1(100)·r ≥ e^{100}, so the
    // excess adds linearly; r ≤ 1 + e^{600} keeps expm1(100)·r finite.
    @inlinable
    static func _softplusRise(_ inverseSigmoid: Double, _ c: Double) -> Double {
        log1p(expm1(Swift.min(c, 100)) * inverseSigmoid) + Swift.max(c - 100, 0)
    }
}
