extension MarketClearingParameters {
    /// Checks what single domains cannot: shares that exceed one, a book of
    /// too few or too many ticks, a starting price off the tick grid or
    /// outside the book.
    /// ```
    /// f_noise + f_mom ≤ 1,   M = ⌈P_max/δ⌉ ∈ 2…2²⁴,   P₀/δ = j₀ whole, 1 ≤ j₀ ≤ M
    /// ```
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)``.
    public func validate() throws(ParameterError) {
        try population.validate()
        let ticks = maxPrice / tickSize
        if !(ticks >= 2 - 1e-9 && ticks <= Double(1 << 24) + 1e-9) {
            throw .inconsistent(keys: ["max_price", "tick"],
                                reason: "the book has ⌈max_price/tick⌉ = \(ticks.rounded(.up)) ticks; it needs 2…\(1 << 24)")
        }
        let start = initialPrice / tickSize
        if abs(start - start.rounded()) > 1e-9 * max(1, start) {
            throw .inconsistent(keys: ["p0", "tick"], reason: "p0 = \(initialPrice) is not a whole number of ticks of \(tickSize)")
        }
        if initialTick < 1 || initialTick > tickCount {
            throw .inconsistent(keys: ["p0", "max_price"], reason: "p0 = \(initialPrice) lies outside the book's prices tick…max_price")
        }
    }
}
