extension CMAES {
    /// Minimizes a plain function by CMA-ES with the restarts of `options`.
    ///
    /// ```
    /// search = CMAESSearch(start, options);  repeat { tell(ask().map(f)) } until finished
    /// ```
    ///
    /// For simulation-backed (batched, noisy) objectives, drive a
    /// ``CMAESSearch`` by ask and tell instead.
    /// - Parameters:
    ///   - objective: `f`, called once per candidate, in candidate order.
    ///   - start: `x₀`, inside the bounds if there are any.
    ///   - options: Step size, population, bounds, restarts, budget, target, tolerances, seed.
    /// - Returns: The finished search: its ``CMAESSearch/incumbent``,
    ///   ``CMAESSearch/evaluations`` and ``CMAESSearch/completedRuns``.
    /// - Complexity: O(n²) per evaluation besides `f` itself.
    public static func minimize(_ objective: ([Double]) -> Double, from start: [Double],
                                options: CMAESOptions) -> CMAESSearch {
        var search = CMAESSearch(start: start, options: options)
        search.minimize(objective)
        return search
    }
}
