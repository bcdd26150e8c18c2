#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CatallaxNumerics

/// The mathematics shared by `PowerCurve`, `BancorCurve` and
/// `AugmentedBondingCurve`: a power law anchored at a point of the curve.
///
/// ```
/// f(S) = p₀·(S/s₀)ⁿ
/// R(S) = r₀·(S/s₀)ⁿ⁺¹,         r₀ = p₀·s₀/(n + 1) = R(s₀)
/// R⁻¹(y) = s₀·(y/r₀)^{1/(n+1)}
/// ```
/// Anchoring at `(s₀, p₀)` instead of writing `a·Sⁿ` keeps `a` from
/// underflowing: Bancor's `R₀·(S/S₀)^{1/r}` with `r = 0.01` has
/// `a = R₀/(r·S₀^{100})`, far below the smallest double.
///
/// Trades are written in the ratio of the trade to the supply or reserve
/// (`expm1(log1p(·)/(n+1))`), never as differences of reserves.
@usableFromInline
internal struct _PowerLaw: Sendable, Equatable {
    /// `n ≥ 0`.
    @usableFromInline let exponent: Double
    /// `n + 1`.
    @usableFromInline let reserveExponent: Double
    /// `1/(n + 1)`.
    @usableFromInline let inverseReserveExponent: Double
    /// `s₀ > 0`.
    @usableFromInline let anchorSupply: Double
    /// `p₀ = f(s₀) > 0`.
    @usableFromInline let anchorPrice: Double
    /// `ln p₀`.
    @usableFromInline let logAnchorPrice: Double
    /// `r₀ = R(s₀)`.
    @usableFromInline let anchorReserve: Double
    /// `f(0)`: `p₀` if `n = 0`, else `0`.
    @usableFromInline let priceAtZero: Double

    /// A power law of exponent `n` through the point `(s₀, p₀)`; the caller
    /// has validated `n ≥ 0`, `s₀ > 0`, `p₀ > 0`, all finite.
    @usableFromInline
    init(exponent: Double, anchorSupply: Double, anchorPrice: Double) {
        self.exponent = exponent
        self.reserveExponent = exponent + 1
        self.inverseReserveExponent = 1 / (exponent + 1)
        self.anchorSupply = anchorSupply
        self.anchorPrice = anchorPrice
        self.logAnchorPrice = log(anchorPrice)
        self.anchorReserve = anchorPrice * anchorSupply / (exponent + 1)
        self.priceAtZero = exponent == 0 ? anchorPrice : 0
    }

    // MARK: Scalar

    @inlinable
    func price(_ s: Double) -> Double {
        anchorPrice * pow(s / anchorSupply, exponent)
    }

    @inlinable
    func reserve(_ s: Double) -> Double {
        anchorReserve * pow(s / anchorSupply, reserveExponent)
    }

    @inlinable
    func supply(forReserve y: Double) -> Double {
        anchorSupply * pow(y / anchorReserve, inverseReserveExponent)
    }

    // R(s + q) − R(s) = R(s)·((1 + q/s)ⁿ⁺¹ − 1) = R(s)·expm1((n+1)·log1p(q/s))
    @inlinable
    func cost(_ q: Double, _ s: Double) -> Double {
        if s == 0 { return reserve(q) }
        return reserve(s) * expm1(reserveExponent * log1p(q / s))
    }

    // R(s) − R(s − q) = R(s)·(1 − (1 − q/s)ⁿ⁺¹) = −R(s)·expm1((n+1)·log1p(−q/s))
    @inlinable
    func refund(_ q: Double, _ s: Double) -> Double {
        if q == 0 { return 0 }
        if q >= s { return reserve(s) }
        return -reserve(s) * expm1(reserveExponent * log1p(-q / s))
    }

    // R(s + Δ) = R(s) + d  ⇒  (1 + Δ/s)ⁿ⁺¹ = 1 + d/R(s)
    //                      ⇒  Δ = s·expm1(log1p(d/R(s))/(n+1))
    // For d/R(s) > 2⁶⁰ (and an empty curve, where it is ∞) the new supply is
    // so much larger than s that R⁻¹(R(s) + d) − s does not cancel.
    @inlinable
    func minted(_ d: Double, _ s: Double) -> Double {
        if d == 0 { return 0 }
        let r = reserve(s)
        let t = d / r
        if !(t <= 0x1p60) { return supply(forReserve: r + d) - s }
        return s * expm1(log1p(t) * inverseReserveExponent)
    }

    // MARK: Lanes

    // f(s) = exp(ln p₀ + n·ln(s/s₀)): one log, one exp. At s = 0 the log is
    // −∞ and n·(−∞) is NaN for n = 0, so zero lanes take f(0) by mask.
    @inlinable @inline(__always)
    func price<V: LaneVector>(_ s: V) -> V {
        let logRatio = LaneMath.log(s / anchorSupply)
        let p = LaneMath.exp(V(repeating: logAnchorPrice).addingProduct(exponent, logRatio))
        return p.replacing(with: priceAtZero, where: s .== 0)
    }

    // R(s) = s·f(s)/(n+1), from the price: a multiplication where R(s) from
    // the supply alone costs a log and an exp.
    @inlinable @inline(__always)
    func reserve<V: LaneVector>(_ s: V, price p: V) -> V {
        s * p * inverseReserveExponent
    }

    // Mint with the carried price P = f(s): log and expm1, two calls.
    //
    //   R = s·P/(n+1)                 (the reserve, from the price)
    //   L = log1p(d/R)                (LaneMath.log1p)
    //   Δ = s·expm1(L/(n+1))
    //
    // Lanes where t = d/R exceeds 2⁶⁰ (an empty curve, s = 0 or a reserve
    // that underflows, gives t = ∞) need Δ = R⁻¹(R + d) − s
    // = s₀·exp(ln(d/r₀)/(n+1)) − s instead: R is below 2⁻⁶⁰·d, and the new
    // supply is so far above s that the subtraction does not cancel. They
    // take L = ln(d/r₀) instead of log1p(t) (a second logarithm only when
    // some lane is huge; LaneMath.log1p itself needs no division when every
    // lane's |t| ≤ 2⁻⁹, as a trade's share of the reserve usually is), and
    // need e^u from the same expm1: e^u = 1 + expm1(u) for u ≥ 0, but for
    // u < 0 that cancels (deposits far below r₀), so those lanes take
    // e^u = 1/(1 + expm1(−u)) instead.
    //
    //   P' = (n+1)(R + d)/(s + Δ) = P + ((n+1)·d − P·Δ)/(s + Δ)
    // The difference (n+1)d − PΔ ≈ n·d does not cancel for n > 0 and its
    // error is negligible against P for n → 0.
    @inlinable @inline(__always)
    func minted<V: LaneVector>(_ d: V, _ s: V, _ p: inout V) -> V {
        let r = reserve(s, price: p)
        let t = d / r
        let huge = .!(t .<= 0x1p60)
        var logGrowth = LaneMath.log1p(t)
        if _slowPath(V.anyLane(huge)) { logGrowth.replace(with: LaneMath.log(d / anchorReserve), where: huge) }
        let u = logGrowth * inverseReserveExponent
        let flip = huge .& (u .< 0)
        let e = LaneMath.expm1(u.replacing(with: -u, where: flip))
        let newSupply = (anchorSupply * (1 + e)).replacing(with: anchorSupply / (1 + e), where: flip)
        let zero = d .== 0
        let minted = (s * e).replacing(with: newSupply - s, where: huge).replacing(with: 0, where: zero)
        let update = (reserveExponent * d).addingProduct(-p, minted) / (s + minted)
        p = (p + update).replacing(with: p, where: zero)
        return minted
    }

    // Burn with the carried price P = f(s): log1p, expm1, exp.
    //
    //   ℓ = log1p(−q/s)               (ln of the supply ratio (s − q)/s)
    //   refund = −R·expm1((n+1)·ℓ),   R = s·P/(n+1)
    //   P' = P·e^{nℓ}
    // P' = P·(1 + expm1((n+1)ℓ))/(1 − q/s) would save the exp but loses all
    // accuracy as q → s, and a carried price of 0 at a positive supply would
    // make the next mint infinite. Burning the whole supply is masked to
    // refund = R and P' = f(0) so it does not depend on log1p(−1) = −∞.
    @inlinable @inline(__always)
    func refund<V: LaneVector>(_ q: V, _ s: V, _ p: inout V) -> V {
        let logRatio = LaneMath.log1p(-q / s)
        let e = LaneMath.expm1(reserveExponent * logRatio)
        let r = reserve(s, price: p)
        let all = q .== s
        let zero = q .== 0
        let refund = (-r * e).replacing(with: r, where: all).replacing(with: 0, where: zero)
        p = (p * LaneMath.exp(exponent * logRatio))
            .replacing(with: priceAtZero, where: all)
            .replacing(with: p, where: zero)
        return refund
    }

    // One order per lane with one log and one expm1, where a separate mint
    // and burn take five calls, carrying the reserve R = R(s) in the
    // position besides the price. Both sides are expm1(c·log1p(z)):
    //
    //   buy:  z = d/R,   c = 1/(n+1),  minted = s·expm1(c·ℓ),   R' = R + d
    //   sell: z = −q/s,  c = n+1,      refund = −R·expm1(c·ℓ),  R' = R·(1 + e)
    //   P' = (n+1)·R'/s'
    //
    // with ℓ = log1p(z) as in minted(_:_:_:) (`LaneMath.log1p`: a Taylor
    // polynomial, no division, when every lane's |z| ≤ 2⁻⁹, as a trade's
    // share of the reserve usually is). R' = R + d is the mint's definition
    // (R(s + Δ) = R(s) + d), so a buy's new reserve waits on nothing but an
    // addition: the chain from one order to the next holds the division
    // d/R and, on buy lanes, no transcendental call; the new price, which
    // no order reads, is off it. Lanes the shared formula does not cover
    // — a buy whose d/R exceeds 2⁶⁰ or is not a number (an empty curve), a
    // sell so large that 1 + e < ½ (the whole supply included) — take the
    // separate mint and burn from the price the carried reserve gives, and
    // their reserve from the new supply and price; the branch runs only
    // when some lane needs it, and each lane's bits depend on that lane
    // alone.
    @inlinable @inline(__always)
    func trade<V: LaneVector>(_ d: V, _ q: V, _ s: V, _ position: inout CurvePosition<V>) -> (minted: V, refund: V) {
        let sells = q .> 0
        let idle = (d .== 0) .& .!sells
        let r = position.carried
        // d/R on buy lanes, −q/S on sell lanes: one division serves both
        // (sell lanes never trip the size test: their d/R is 0).
        let z = d.replacing(with: -q, where: sells) / r.replacing(with: s, where: sells)
        var special = (.!(z .<= 0x1p60) .& .!sells) .| (q .== s)
        let logGrowth = LaneMath.log1p(z)
        let e = LaneMath.expm1(logGrowth * V(repeating: inverseReserveExponent).replacing(with: reserveExponent, where: sells))
        special = special .| (sells .& (e .< -0.5))
        var minted = (s * e).replacing(with: 0, where: d .== 0)
        var refund = (-r * e).replacing(with: 0, where: .!sells)
        var newReserve = (r + d).replacing(with: r.addingProduct(r, e), where: sells)
        var price = (reserveExponent * newReserve / (s + minted - q)).replacing(with: position.price, where: idle)
        if _slowPath(V.anyLane(special)) {
            // The price from the carried reserve, P = (n+1)·R/s (f(0) on an
            // empty curve), not the carried price: then nothing on the
            // common path reads the carried price, and the compiler drops
            // the division that updates it wherever the caller does not
            // read it either (the kernel reads only the supply).
            var separatePrice = (reserveExponent * r / s).replacing(with: priceAtZero, where: s .== 0)
            let separateMinted = self.minted(d, s, &separatePrice)
            let separateRefund = self.refund(q, s + separateMinted, &separatePrice)
            minted.replace(with: separateMinted, where: special)
            refund.replace(with: separateRefund, where: special)
            price.replace(with: separatePrice, where: special)
            newReserve.replace(with: reserve(s + separateMinted - q, price: separatePrice), where: special)
        }
        position = CurvePosition(price: price, carried: newReserve.replacing(with: r, where: idle))
        return (minted, refund)
    }
}
