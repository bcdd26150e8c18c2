extension ValleyFilling {
    /// The level and each step's flexible load for one block.
    ///
    /// ```
    /// h from level(otherLoad:flexible:sortedScratch:),   e_s = max(0, h − L_s),   Σ_s e_s = E
    /// ```
    /// - Parameters:
    ///   - otherLoad: `L_s`, finite, at least one step.
    ///   - flexible: `E ≥ 0`.
    /// - Returns: `h` and `e_s` per step.
    /// - Complexity: O(H log H).
    public static func plan(otherLoad: [Double], flexible: Double) -> (level: Double, purchases: [Double]) {
        var scratch = [Double](repeating: 0, count: otherLoad.count)
        let level = otherLoad.withUnsafeBufferPointer { load in
            scratch.withUnsafeMutableBufferPointer { Self.level(otherLoad: load, flexible: flexible, sortedScratch: $0) }
        }
        return (level, otherLoad.map { purchase(level: level, otherLoad: $0) })
    }
}
