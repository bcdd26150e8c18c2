extension HeterogeneousBeliefsParameters {
    /// Checks what single domains cannot (`docs/HeterogeneousBeliefs.md`, "Parameters"):
    ///
    /// ```
    /// T₀ < T        the metrics need at least one step
    /// ```
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming the keys.
    public func validate() throws(ParameterError) {
        if burnIn >= steps {
            throw .inconsistent(keys: ["burn_in", "steps"],
                                reason: "burn_in = \(burnIn) leaves no step of steps = \(steps) to measure; it must be less than steps")
        }
    }
}
