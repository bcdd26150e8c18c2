extension AlgorithmicCollusionParameters {
    /// Checks what single domains cannot (`docs/AlgorithmicCollusion.md`, "Parameters"):
    ///
    /// ```
    /// T·B ≤ 10⁹       a period number is a Philox counter word; the paper's cap
    /// mⁿ ≤ 10⁵        the Q-tables hold n·m^{n+1} numbers
    /// ```
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming the keys.
    public func validate() throws(ParameterError) {
        let (periods, overflow) = steps.multipliedReportingOverflow(by: periodsPerStep)
        if overflow || periods > 1_000_000_000 {
            throw .inconsistent(keys: ["steps", "periods_per_step"],
                                reason: "steps·periods_per_step = \(steps)·\(periodsPerStep) periods; the cap is 10⁹")
        }
        if stateCount > 100_000 {
            throw .inconsistent(keys: ["prices", "firms"],
                                reason: "prices^firms = \(prices)^\(firms) states; at most 10⁵ fit the Q-tables")
        }
    }
}
