#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CatallaxNumerics

/// A bonding curve whose price is the square root of supply.
///
/// ```
/// f(S)   = k·√S
/// R(S)   = (2k/3)·S^{3/2} = (2/3)·S·f(S)
/// R⁻¹(y) = (∛(3y/(2k)))²
/// ```
/// `k` is `level` (currency per token^{3/2}, `k > 0`). The power curve with
/// `n = ½`, written with `√` and `∛` instead of `exp(n·ln S)`: the reserve
/// and the burn need no transcendental call.
///
/// Trades are rationalized so that no two reserves are subtracted:
/// ```
/// mint   ρ = d/R(s),  x = ∛(1 + ρ):   Δ = s·ρ·(x + 1)/(x² + x + 1)
/// burn   r = √((s − q)/s):            R(s) − R(s − q) = (2/3)·f(s)·q·(1 + r + r²)/(1 + r)
/// ```
/// (`x − 1 = ρ/(x² + x + 1)` and `1 − r = (q/s)/(1 + r)`), so a trade of
/// `1e-12·s` keeps full relative accuracy.
///
/// See `docs/RootCurve.md`.
public struct RootCurve: BondingCurve, Equatable {
    /// The price at unit supply, `k > 0` (currency per token^{3/2}).
    public let level: Double
    /// `1/k`: the lane mint multiplies by it (a division less on the
    /// trade's chain, one rounding more).
    @usableFromInline internal let _inverseLevel: Double

    /// Creates a root curve `f(S) = level·√S`.
    ///
    /// ```
    /// f(S) = k·√S,   k > 0, finite
    /// ```
    /// - Parameter level: `k`, the price at unit supply.
    /// - Throws: `CurveError.invalidParameter` if `k` is not a finite
    ///   positive number.
    public init(level: Double) throws(CurveError) {
        try CurveError.check(level.isFinite && level > 0, "RootCurve", "level", level, "a finite number > 0")
        self.level = level
        self._inverseLevel = 1 / level
    }

    // MARK: Scalar

    /// The price.
    ///
    /// ```
    /// f(s) = k·√s
    /// ```
    /// - Parameter supply: `s ≥ 0`.
    /// - Returns: Currency per token.
    @inlinable
    public func price(atSupply supply: Double) -> Double {
        level * supply.squareRoot()
    }

    /// The reserve, from the price.
    ///
    /// ```
    /// R(s) = (2/3)·s·f(s)
    /// ```
    /// - Parameter supply: `s ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func reserve(atSupply supply: Double) -> Double {
        (2.0 / 3) * supply * price(atSupply: supply)
    }

    /// The supply backed by a reserve: the square of a cube root.
    ///
    /// ```
    /// R⁻¹(y) = (∛v)²,   v = 3y/(2k)
    /// ```
    /// `∛(v²)` would overflow in `v²` for `v > 1e154`.
    /// - Parameter reserve: `y ≥ 0`.
    /// - Returns: Tokens.
    @inlinable
    public func supply(forReserve reserve: Double) -> Double {
        let root = cbrt(1.5 * reserve / level)
        return root * root
    }

    /// The cost of minting `q` tokens, rationalized.
    ///
    /// ```
    /// x = √(1 + q/s)
    /// R(s + q) − R(s) = R(s)·(x³ − 1) = (2/3)·f(s)·q·(1 + x + x²)/(1 + x)
    /// ```
    /// `R(q)` from an empty curve.
    /// - Parameters:
    ///   - tokens: `q ≥ 0`.
    ///   - supply: `s ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func costToMint(_ tokens: Double, atSupply supply: Double) -> Double {
        if supply == 0 { return reserve(atSupply: tokens) }
        let x = (1 + tokens / supply).squareRoot()
        return (2.0 / 3) * price(atSupply: supply) * tokens * ((1 + x + x * x) / (1 + x))
    }

    /// The refund for burning `q` tokens, rationalized; no transcendental call.
    ///
    /// ```
    /// r = √((s − q)/s)
    /// R(s) − R(s − q) = R(s)·(1 − r³) = (2/3)·f(s)·q·(1 + r + r²)/(1 + r)
    /// ```
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ s`.
    ///   - supply: `s`.
    /// - Returns: Currency; `R(s)` for `q = s`.
    @inlinable
    public func refundForBurn(_ tokens: Double, atSupply supply: Double) -> Double {
        if tokens == 0 { return 0 }
        let r = ((supply - tokens) / supply).squareRoot()
        return (2.0 / 3) * price(atSupply: supply) * tokens * ((1 + r + r * r) / (1 + r))
    }

    /// The tokens minted for a deposit, rationalized.
    ///
    /// ```
    /// ρ = d/R(s),   x = ∛(1 + ρ) = √((s + Δ)/s)
    /// Δ = s·(x² − 1) = (3d/(2f(s)))·(x + 1)/(x² + x + 1)
    /// ```
    /// The rounding of `1 + ρ` reaches only the denominator `≈ 3`, so a tiny
    /// deposit keeps its relative accuracy. Where `ρ > 2⁶⁰` (an empty curve
    /// included) the new supply is so far above `s` that
    /// `R⁻¹(R(s) + d) − s` no longer cancels and is used directly.
    /// - Parameters:
    ///   - deposit: `d ≥ 0`.
    ///   - supply: `s ≥ 0`.
    /// - Returns: Tokens.
    @inlinable
    public func tokensMinted(forDeposit deposit: Double, atSupply supply: Double) -> Double {
        if deposit == 0 { return 0 }
        let p = price(atSupply: supply)
        let r = reserve(atSupply: supply)
        let ratio = deposit / r
        guard ratio <= 0x1p60 else { return self.supply(forReserve: r + deposit) - supply }
        let x = cbrt(1 + ratio)
        return 1.5 * deposit / p * ((x + 1) / (x * x + x + 1))
    }

    // MARK: Lanes

    /// The price `k·√s` on every lane.
    ///
    /// ```
    /// f(s) = k·√s
    /// ```
    /// - Parameter supply: `s ≥ 0` on each lane.
    /// - Returns: The price of each lane.
    @inlinable @inline(__always)
    public func price<V: LaneVector>(atSupply supply: V) -> V {
        level * supply.squareRoot()
    }

    /// The tokens minted on every lane from the carried price: one `log`,
    /// one `exp` (the cube root).
    ///
    /// ```
    /// ρ = 3d/(2s·P),   x = ∛(1 + ρ) = exp(ln(1 + ρ)/3)
    /// Δ = (3d/2)·(x + 1)/(P·(x² + x + 1))          price ← P·x
    /// ρ > 2⁶⁰ (s = 0 too):   z = (3d/2 + s·P)/k,  x = ∛z,  Δ = x² − s,  price ← k·x
    /// ```
    /// The rounding of `x` reaches only the denominator, so `∛` through
    /// `log` and `exp` (a few ulps) costs no accuracy in `Δ`. Two divisions
    /// (`ρ` and `Δ`; `1/k` is stored). Reads the incoming price (must be
    /// `f(s)`).
    /// - Parameters:
    ///   - deposit: `d ≥ 0` on each lane.
    ///   - supply: `s ≥ 0` on each lane.
    ///   - price: On entry `f(s)`; on return `f(s + Δ)`; unchanged where `d = 0`.
    /// - Returns: The tokens minted, exactly `0` where `d = 0`.
    @inlinable @inline(__always)
    public func tokensMinted<V: LaneVector>(forDeposit deposit: V, atSupply supply: V, price: inout V) -> V {
        let p = price
        let half = 1.5 * deposit
        let ratio = half / (supply * p)
        // NaN (0/0 on an empty curve with no deposit) and ∞ take the from-zero form.
        let fromZero = .!(ratio .<= 0x1p60)
        let z = (1 + ratio).replacing(with: (half + supply * p) * _inverseLevel, where: fromZero)
        let x = LaneMath.exp(LaneMath.log(z) * (1.0 / 3))
        let near = half * (x + 1) / (p * (x * x + x + 1))
        let zero = deposit .== 0
        let minted = near.replacing(with: x * x - supply, where: fromZero).replacing(with: 0, where: zero)
        price = (p * x).replacing(with: level * x, where: fromZero).replacing(with: p, where: zero)
        return minted
    }

    /// The refund for burning tokens on every lane: one `sqrt`, no
    /// transcendental call.
    ///
    /// ```
    /// r = √((s − q)/s)
    /// refund = (2/3)·P·q·(1 + r + r²)/(1 + r)       price ← P·r
    /// ```
    /// Reads the incoming price (must be `f(s)`).
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ s` on each lane.
    ///   - supply: `s` on each lane.
    ///   - price: On entry `f(s)`; on return `f(s − q)`; unchanged where `q = 0`.
    /// - Returns: The refund, exactly `0` where `q = 0`.
    @inlinable @inline(__always)
    public func refundForBurn<V: LaneVector>(_ tokens: V, atSupply supply: V, price: inout V) -> V {
        let p = price
        let r = ((supply - tokens) / supply).squareRoot()
        let zero = tokens .== 0
        let factor: V = (1 + r + r * r) / (1 + r)
        let refund = ((2.0 / 3) * p * tokens * factor).replacing(with: 0, where: zero)
        price = (p * r).replacing(with: p, where: zero)
        return refund
    }
}
