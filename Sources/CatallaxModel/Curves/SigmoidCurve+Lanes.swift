import CatallaxNumerics

// The sigmoid curve's lane operations. The identities and the clamps at 100
// and 700 are derived in SigmoidCurve.swift. Clamps use masks, not
// pointwiseMin/Max, which the optimizer does not inline.
extension SigmoidCurve {
    /// The price on every lane: one `exp`.
    ///
    /// ```
    /// f(s) = K/(1 + e^{−k(s − S₀)})
    /// ```
    /// Where `e^{−x}` overflows (far below the midpoint) the quotient is `0`,
    /// the correct underflow; on the curve's domain it never does.
    /// - Parameter supply: `s ≥ 0` on each lane.
    /// - Returns: The price of each lane.
    @inlinable @inline(__always)
    public func price<V: LaneVector>(atSupply supply: V) -> V {
        maxPrice / (1 + LaneMath.exp(-steepness * (supply - midpoint)))
    }

    /// The tokens minted on every lane from the carried price: one `expm1`,
    /// one `log1p`.
    ///
    /// ```
    /// r = K/P = 1 + e^{−x}
    /// c = k·d/K,   g = expm1(c)·r
    /// Δ = log1p(g)/k
    /// price ← K·(1 + g)/(g + r)
    /// ```
    /// The new price follows from `1/σ(x + kΔ) = 1 + e^{−x}·e^{−kΔ}` and
    /// `e^{kΔ} = 1 + g`; every term is positive, so nothing cancels. Reads
    /// the incoming price (must be `f(s)`), which saves the `exp` of
    /// `1 + e^{−x}`; where `P` is so close to `K` that `r − 1` is lost,
    /// the minted amount changes by less than that rounding.
    /// - Parameters:
    ///   - deposit: `d ≥ 0` on each lane.
    ///   - supply: `s ≥ 0` on each lane (not read: the price carries it).
    ///   - price: On entry `f(s)`; on return `f(s + Δ)`; unchanged where `d = 0`.
    /// - Returns: The tokens minted, exactly `0` where `d = 0`.
    @inlinable @inline(__always)
    public func tokensMinted<V: LaneVector>(forDeposit deposit: V, atSupply supply: V, price: inout V) -> V {
        let inverseSigmoid = maxPrice / price
        let c = deposit * _inverseReserveScale
        let clamped = c .> 100
        let g = LaneMath.expm1(c.replacing(with: 100, where: clamped)) * inverseSigmoid
        let excess = (c - 100).replacing(with: 0, where: .!clamped)
        let zero = deposit .== 0
        let minted = ((LaneMath.log1p(g) + excess) * _inverseSteepness).replacing(with: 0, where: zero)
        price = (maxPrice * (1 + g) / (g + inverseSigmoid)).replacing(with: price, where: zero)
        return minted
    }

    /// The refund for burning tokens on every lane: one `exp`, one `expm1`,
    /// one `log1p`.
    ///
    /// ```
    /// y = k·((s − S₀) − q),   u = σ(y) = 1/(1 + e^{−y})
    /// refund = (K/k)·log1p(u·expm1(k·q))
    /// price ← K·u
    /// ```
    /// Does not read the incoming price: near the ceiling `K − P` is lost to
    /// rounding, but a large burn needs `σ(y)` exactly, so it is recomputed
    /// from the supply, and the new price falls out of it.
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ s` on each lane.
    ///   - supply: `s` on each lane.
    ///   - price: On return `f(s − q)`; unchanged where `q = 0`.
    /// - Returns: The refund, exactly `0` where `q = 0`.
    @inlinable @inline(__always)
    public func refundForBurn<V: LaneVector>(_ tokens: V, atSupply supply: V, price: inout V) -> V {
        let sigmoid = 1 / (1 + LaneMath.exp(-steepness * ((supply - midpoint) - tokens)))
        let h = steepness * tokens
        let clamped = h .> 700
        let step = LaneMath.log1p(sigmoid * LaneMath.expm1(h.replacing(with: 700, where: clamped)))
        let excess = (h - 700).replacing(with: 0, where: .!clamped)
        let zero = tokens .== 0
        let refund = (_reserveScale * (step + excess)).replacing(with: 0, where: zero)
        price = (maxPrice * sigmoid).replacing(with: price, where: zero)
        return refund
    }

    /// The refund for burning tokens on every lane, without evaluating the
    /// price first (the burn does not read it): three transcendental calls.
    ///
    /// ```
    /// R(s) − R(s − q) = (K/k)·log1p(σ(y)·expm1(k·q)),   y = k((s − S₀) − q)
    /// ```
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ s` on each lane.
    ///   - supply: `s` on each lane.
    /// - Returns: The refund, exactly `0` where `q = 0`.
    @inlinable @inline(__always)
    public func refundForBurn<V: LaneVector>(_ tokens: V, atSupply supply: V) -> V {
        var unused = V.zero
        return refundForBurn(tokens, atSupply: supply, price: &unused)
    }

    /// The position on every lane: the price and `K/P`.
    ///
    /// ```
    /// (P, r) = (f(s), K/f(s)),   r = 1 + e^{−x}
    /// ```
    /// - Parameters:
    ///   - supply: `s ≥ 0` on each lane (not read).
    ///   - price: `f(s)` on each lane.
    /// - Returns: The position, carrying `K/P`.
    @inlinable @inline(__always)
    public func position<V: LaneVector>(atSupply supply: V, price: V) -> CurvePosition<V> {
        CurvePosition(price: price, carried: maxPrice / price)
    }

    /// One order on every lane with one `expm1` and one `log1p`, where a
    /// separate mint and burn take five calls, carrying `r = K/P` besides
    /// the price.
    ///
    /// ```
    /// buy:  g = expm1(min(d/Q, 100))·r                    Q = K/k, the reserve scale
    ///       minted = (log1p(g) + excess)/k,   P ← K(1 + g)/(g + r)
    /// sell: E = expm1(−k·q),  g = E·P/K
    ///       refund = −Q·log1p(g),             P ← P(1 + E)/(1 + g)
    /// r ← K/P, from the same numerator and denominator
    /// ```
    /// The sell side follows from `softplus(x) − softplus(x − h) =
    /// −log1p(σ(x)·expm1(−h))` with `σ(x) = P/K`, and `σ(x − h) =
    /// σ(x)e^{−h}/(1 + σ(x)·expm1(−h))`. Both sides are `log1p(m·expm1(a))`,
    /// so each lane picks its `a` and `m` and one call of each serves both.
    /// With `r` carried, no division stands between the incoming position
    /// and `g`; the new price and the new `r` are two independent
    /// divisions of the same numerator and denominator, so the chain from
    /// one order to the next holds one division where it held two. Where
    /// `1 + E` or `1 + g` would fall below ½ (a burn so large, or so near
    /// the ceiling, that `P/K` no longer fixes the position on the curve),
    /// the lane takes the separate burn, which works from the supply; that
    /// branch runs only when some lane needs it, and each lane's bits depend
    /// on that lane alone.
    @inlinable @inline(__always)
    public func trade<V: LaneVector>(deposit: V, burn: V, atSupply supply: V, position: inout CurvePosition<V>) -> (minted: V, refund: V) {
        let sells = burn .> 0
        let buys = deposit .> 0
        let idle = .!(buys .| sells)
        let price = position.price, r = position.carried
        let c = deposit * _inverseReserveScale
        let clamped = c .> 100
        let grown = LaneMath.expm1(c.replacing(with: 100, where: clamped).replacing(with: -steepness * burn, where: sells))
        let g = grown * r.replacing(with: price * _inverseMaxPrice, where: sells)
        let logGrowth = LaneMath.log1p(g)
        let excess = (c - 100).replacing(with: 0, where: .!clamped)
        let minted = ((logGrowth + excess) * _inverseSteepness).replacing(with: 0, where: .!buys)
        var refund = (-_reserveScale * logGrowth).replacing(with: 0, where: .!sells)
        // P' = K(1 + g)/(g + r) on buys, P(1 + E)/(1 + g) on sells; r' = K/P'.
        let numerator = (maxPrice * (1 + g)).replacing(with: price.addingProduct(price, grown), where: sells)
        let denominator = (g + r).replacing(with: 1 + g, where: sells)
        var after = numerator / denominator
        var afterRatio = maxPrice * denominator / numerator
        let special = sells .& ((grown .< -0.5) .| (g .< -0.5))
        if _slowPath(V.anyLane(special)) {
            var separatePrice = price
            let separateRefund = refundForBurn(burn, atSupply: supply, price: &separatePrice)
            refund.replace(with: separateRefund, where: special)
            after.replace(with: separatePrice, where: special)
            afterRatio.replace(with: maxPrice / separatePrice, where: special)
        }
        position = CurvePosition(price: after.replacing(with: price, where: idle),
                                 carried: afterRatio.replacing(with: r, where: idle))
        return (minted, refund)
    }
}
