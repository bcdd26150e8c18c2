import CatallaxNumerics

extension CreditLedger {
    /// Redeems credits for this step's need, oldest lot first, and returns
    /// the amount redeemed per lane.
    ///
    /// ```
    /// r = min(need, Σ_slots K)
    /// taken from slots t mod e, (t+1) mod e, …, (t−1) mod e    (lots t−e, t−e+1, …, t−1)
    /// each:  take = min(left, K[slot]),   K[slot] −= take,   left −= take     (left starts at need)
    /// r = need                 where left = 0   (the credits covered the need)
    ///     min(need, Σ take)    elsewhere        (every lot was taken whole)
    /// ```
    /// The lot in slot `t mod e` was bought at `t − e` and is usable for the
    /// last time now, so it goes first (FIFO by expiry).
    ///
    /// Why two forms of `r`: when the credits cover the need, the last take is
    /// `left` itself, so `left` ends at exactly 0 and `r = need` bit for bit:
    /// the residual need `need − r` is exactly 0, not a rounding remainder sent
    /// to the spot market. When they do not, `left > 0` (a difference of
    /// unequal doubles is never 0), every lot was taken whole and is now
    /// exactly 0, and `r` is the sum of those lots (capped at `need` against
    /// its rounding): `need − left` would carry
    /// the rounding of `need`'s magnitude, which for a large need and small
    /// lots is large next to the credits and would break the ledger's
    /// conservation.
    ///
    /// The walk stops once every lane's need is met; the skipped slots would
    /// have taken 0 in every lane, so the bits are those of the full walk.
    /// - Parameters:
    ///   - need: `n ≥ 0` per lane.
    ///   - lots: The `(agent, resource)` ring, `expiry` slots; decremented.
    ///   - expiry: `e ≥ 1`.
    ///   - step: `t ≥ 0`.
    /// - Returns: `r` per lane, `0 ≤ r ≤ need`.
    /// - Complexity: O(e).
    @inlinable
    public static func redeem<V: LaneVector>(need: V, lots: UnsafeMutablePointer<V>, expiry: Int, step: Int) -> V {
        var left = need, taken = V()
        var slot = step % expiry
        for _ in 0..<expiry {
            if V.allLanes(left .<= 0) { break }
            let lot = lots[slot]
            let take = V.minimum(left, lot)
            lots[slot] = lot - take
            left -= take
            taken += take
            slot += 1
            if slot == expiry { slot = 0 }
        }
        return V.minimum(need, taken).replacing(with: need, where: left .<= 0)
    }
}
