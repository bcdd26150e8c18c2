extension HeterogeneousBeliefsParameters {
    /// Checks what single domains cannot (`docs/HeterogeneousBeliefs.md`, "Parameters"):
    ///
    /// ```
    /// T₀ < T        the metrics need at least one step
    /// ```
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming the keys.
    public func validate() throws(ParameterError) {
        try ParameterError.checkMeasuredWindow(burnIn: burnIn, steps: steps)
    }
}
