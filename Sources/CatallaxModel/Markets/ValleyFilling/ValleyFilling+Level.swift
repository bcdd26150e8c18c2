extension ValleyFilling {
    /// The common level `h` up to which the flexible load fills the valleys.
    ///
    /// ```
    /// L_(1) ≤ … ≤ L_(H)                       the other load, sorted
    /// h_m = (E + Σ_{k≤m} L_(k)) / m,   m = 1 … H
    /// h = h_m for the first m with m = H or h_m ≤ L_(m+1)
    /// ```
    /// The `m` lowest steps are the ones filled. Each earlier `m′` failed
    /// the test, `h_{m′} > L_(m′+1)`, so that
    /// `h_m = ((m − 1)·h_{m−1} + L_(m))/m ≥ L_(m)`: every filled step lies
    /// at or below `h`, and every other step has `L ≥ L_(m+1) ≥ h`. Then
    /// `Σ_s max(0, h − L_s) = m·h − Σ_{k≤m} L_(k) = E`.
    /// With `E = 0` the level is the smallest load and nothing is bought.
    ///
    /// Allocates nothing: the loads are copied into `sortedScratch` and
    /// sorted there in place (heapsort).
    ///
    /// - Parameters:
    ///   - otherLoad: `L_s`, finite, at least one step.
    ///   - flexible: `E ≥ 0`, the load to place.
    ///   - sortedScratch: At least as many entries as `otherLoad`; on return
    ///     its first `H` entries hold the loads in ascending order.
    /// - Returns: `h`.
    /// - Complexity: O(H log H).
    public static func level(
        otherLoad: UnsafeBufferPointer<Double>, flexible: Double, sortedScratch: UnsafeMutableBufferPointer<Double>
    ) -> Double {
        let steps = otherLoad.count
        precondition(steps > 0, "ValleyFilling needs at least one step.")
        precondition(sortedScratch.count >= steps, "ValleyFilling's scratch needs one entry per step.")
        let sorted = UnsafeMutableBufferPointer(rebasing: sortedScratch[0..<steps])
        for s in 0..<steps { sorted[s] = otherLoad[s] }
        _sortAscending(sorted)
        var filled = 0.0
        for m in 1...steps {
            filled += sorted[m - 1]
            let level = (flexible + filled) / Double(m)
            if m == steps || level <= sorted[m] { return level }
        }
        preconditionFailure("unreachable: m = H returns")
    }
}
