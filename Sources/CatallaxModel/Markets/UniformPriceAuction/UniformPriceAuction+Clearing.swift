import CatallaxNumerics

extension UniformPriceAuction {
    /// The clearing price and the share of the bids at that price, on every
    /// lane.
    ///
    /// ```
    /// E = D(r)                            eligible quantity, D(t) = Σ_{v_k ≥ t} Q_k
    /// E ≤ C:  price r, share 1
    /// else:   v* = max{t : D(t) ≥ C}      by bisection over the bit patterns of t ∈ [r, +∞)
    ///         share = (C − Σ_{v_k > v*} Q_k) / Σ_{v_k = v*} Q_k
    /// ```
    /// Non-negative doubles order as their bit patterns read as integers, so
    /// the bisection keeps `lo`, `hi` with `D(lo) ≥ C > D(hi)` and halves the
    /// integer distance between their patterns: at most 63 passes (from
    /// `r` to `+∞`) leave `hi` the double right after `lo`. Then
    /// `D(lo) ≥ C > D(next double)`, so some bid has the limit `lo` exactly:
    /// `v* = lo` is a limit, and every algorithm that finds the same sets
    /// finds the same price. The loop stops early once every lane's bracket
    /// is two adjacent doubles, which changes no lane's result (another pass
    /// would keep `lo`). An undersubscribed lane starts with `lo = hi = r`.
    ///
    /// The share lies in `(0, 1]`: `R = C − D(next double) > 0`, and
    /// `Σ_{v_k = v*} Q_k = D(v*) − D(next double) ≥ R` (clamped to 1 against
    /// rounding). Every sum runs in increasing bid index, so the result does
    /// not depend on the order of the bids except through those roundings.
    ///
    /// - Parameters:
    ///   - capacity: `C > 0` per lane.
    ///   - quantities: `Q_k ≥ 0` per bid.
    ///   - limits: `v_k` per bid, finite.
    ///   - reserve: `r ≥ 0` per lane.
    /// - Returns: The price and the marginal share per lane; give both to
    ///   ``filled(quantity:limit:price:marginalShare:)``.
    /// - Complexity: at most 65 passes over the bids.
    @inlinable
    public static func clear<V: LaneVector>(
        capacity: V, quantities: UnsafeBufferPointer<V>, limits: UnsafeBufferPointer<V>, reserve: V
    ) -> (price: V, marginalShare: V) {
        precondition(quantities.count == limits.count, "UniformPriceAuction needs one limit per quantity.")
        // r + 0 turns −0 into +0, whose pattern is the smallest.
        let reserve = reserve + V.zero
        let eligible = _demand(atOrAbove: reserve, quantities: quantities, limits: limits)
        let oversubscribed = eligible .> capacity
        var low = reserve
        var high = V(repeating: .infinity).replacing(with: reserve, where: .!oversubscribed)
        for _ in 0..<64 {
            let middle = V(bitPattern: low.bitPattern &+ ((high.bitPattern &- low.bitPattern) &>> 1))
            if !V.anyLane(middle .!= low) { break }
            let covers = _demand(atOrAbove: middle, quantities: quantities, limits: limits) .>= capacity
            low = low.replacing(with: middle, where: covers)
            high = high.replacing(with: middle, where: .!covers)
        }
        let price = reserve.replacing(with: low, where: oversubscribed)
        var above = V.zero
        var at = V.zero
        for k in quantities.indices {
            above += V.zero.replacing(with: quantities[k], where: limits[k] .> price)
            at += V.zero.replacing(with: quantities[k], where: limits[k] .== price)
        }
        let share = V.minimum(V(repeating: 1), (capacity - above) / at)
        return (price, V(repeating: 1).replacing(with: share, where: oversubscribed))
    }

    /// The quantity bid at or above a price, on every lane.
    ///
    /// ```
    /// D(t) = Σ_{k: v_k ≥ t} Q_k          (increasing k)
    /// ```
    @inlinable @inline(__always)
    internal static func _demand<V: LaneVector>(
        atOrAbove price: V, quantities: UnsafeBufferPointer<V>, limits: UnsafeBufferPointer<V>
    ) -> V {
        var sum = V.zero
        for k in quantities.indices { sum += V.zero.replacing(with: quantities[k], where: limits[k] .>= price) }
        return sum
    }
}
