extension EvolutionaryGamesParameters {
    /// Checks what single domains cannot (`docs/EvolutionaryGames.md`, "Parameters"):
    ///
    /// ```
    /// T₀ < T;   stag-hunt: 0 < C < V
    /// ```
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming the keys.
    public func validate() throws(ParameterError) {
        try ParameterError.checkMeasuredWindow(burnIn: burnIn, steps: steps)
        if game == .stagHunt, !(cost > 0 && cost < value) {
            throw .inconsistent(keys: ["game", "value", "cost"],
                                reason: "a stag hunt needs 0 < cost < value (hare pays C for sure, stag V with a partner); got value = \(value), cost = \(cost)")
        }
    }
}
