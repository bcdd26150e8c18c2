import CatallaxNumerics

extension CreditLedger {
    /// Removes the lot that expires at step `t` and returns it per lane.
    ///
    /// ```
    /// expired = K[t mod e],   K[t mod e] = 0
    /// ```
    /// The slot holds the lot bought at `t − e`, usable at `t − e + 1 … t`;
    /// call this after ``redeem(need:lots:expiry:step:)`` of the same step,
    /// which had its last chance to use it.
    /// - Parameters:
    ///   - lots: The `(agent, resource)` ring, `expiry` slots.
    ///   - expiry: `e ≥ 1`.
    ///   - step: `t ≥ 0`.
    /// - Returns: The unused remainder of lot `t − e` per lane (`0` for
    ///   `t < e`).
    @inlinable @inline(__always)
    public static func expire<V: LaneVector>(lots: UnsafeMutablePointer<V>, expiry: Int, step: Int) -> V {
        let slot = step % expiry
        let expired = lots[slot]
        lots[slot] = V()
        return expired
    }

    /// Stores this step's ahead allocation as the lot of step `t`.
    ///
    /// ```
    /// K[t mod e] = amount        (usable at t+1 … t+e)
    /// ```
    /// The slot is the one ``expire(lots:expiry:step:)`` just emptied, so
    /// nothing is overwritten.
    /// - Parameters:
    ///   - amount: `x^a(t) ≥ 0` per lane.
    ///   - lots: The `(agent, resource)` ring, `expiry` slots.
    ///   - expiry: `e ≥ 1`.
    ///   - step: `t ≥ 0`.
    @inlinable @inline(__always)
    public static func store<V: LaneVector>(amount: V, lots: UnsafeMutablePointer<V>, expiry: Int, step: Int) {
        lots[step % expiry] = amount
    }
}
