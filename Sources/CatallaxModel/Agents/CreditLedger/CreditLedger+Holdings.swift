import CatallaxNumerics

extension CreditLedger {
    /// The credits held per lane, summed over the ring.
    ///
    /// ```
    /// held = K[0] + K[1] + … + K[e−1]        (slot order, whatever the step)
    /// ```
    /// Summed in slot order, not age order, so the bits do not depend on the
    /// step at which they are read.
    /// - Parameters:
    ///   - lots: The `(agent, resource)` ring, `expiry` slots.
    ///   - expiry: `e ≥ 1`.
    /// - Returns: `Σ K` per lane.
    /// - Complexity: O(e).
    @inlinable
    public static func held<V: LaneVector>(lots: UnsafeMutablePointer<V>, expiry: Int) -> V {
        var sum = lots[0]
        for slot in 1..<max(1, expiry) { sum += lots[slot] }
        return sum
    }

    /// Forfeits every lot in the lanes where `mask` is set (the agent went
    /// dormant): the credits leave the ledger and no money moves.
    ///
    /// ```
    /// forfeited = Σ_slots K    where mask,  else 0
    /// K[slot] = 0              where mask,  for every slot
    /// ```
    /// The sum runs in slot order, as ``held(lots:expiry:)``, so the forfeited
    /// amount equals what `held` reported just before, bit for bit.
    /// - Parameters:
    ///   - lots: The `(agent, resource)` ring, `expiry` slots.
    ///   - expiry: `e ≥ 1`.
    ///   - mask: The lanes whose agent forfeits.
    /// - Returns: The forfeited credits per lane (0 outside `mask`).
    /// - Complexity: O(e).
    @inlinable
    public static func forfeit<V: LaneVector>(
        lots: UnsafeMutablePointer<V>, expiry: Int, where mask: SIMDMask<V.MaskStorage>
    ) -> V {
        var forfeited = V().replacing(with: lots[0], where: mask)
        lots[0] = lots[0].replacing(with: 0, where: mask)
        for slot in 1..<max(1, expiry) {
            forfeited += V().replacing(with: lots[slot], where: mask)
            lots[slot] = lots[slot].replacing(with: 0, where: mask)
        }
        return forfeited
    }
}
