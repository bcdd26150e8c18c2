extension CurveLedger {
    /// The first of the ledger's invariants that fails, in words, or `nil`
    /// (`docs/MarketManipulation.md`, "Invariants"):
    ///
    /// ```
    /// money:    Σ cash + treasury + reserve = startingMoney + minted      to 10⁻⁹·max(1, total)
    /// reserve:  reserve = R(S)                                           to 10⁻⁹·max(1, R(S))
    /// tokens:   Σ tokens + passive = S                                   to 10⁻⁹·max(1, S)
    /// signs:    every cash and token holding, S, the treasury ≥ 0 and finite
    /// ```
    /// - Parameters:
    ///   - startingMoney: `Σ cash + treasury + reserve` at the start.
    ///   - reserveAtSupply: `R(S)` of the ledger's supply.
    @usableFromInline func violatedInvariant(startingMoney: Double, reserveAtSupply: Double) -> String? {
        if !(supply >= 0 && supply.isFinite) { return "the supply is \(supply)" }
        if !(treasury >= 0 && treasury.isFinite) { return "the treasury holds \(treasury)" }
        if !(minted >= 0 && minted.isFinite) { return "minted is \(minted)" }
        var money = treasury + reserve
        var held = passiveTokens
        for (i, (c, h)) in zip(cash, tokens).enumerated() {
            if !(c >= 0 && c.isFinite) { return "trader \(i)'s cash is \(c)" }
            if !(h >= 0 && h.isFinite) { return "trader \(i) holds \(h) tokens" }
            money += c
            held += h
        }
        let total = startingMoney + minted
        if !(abs(money - total) <= 1e-9 * Swift.max(1, abs(total))) { return "money is not conserved: \(money) held, \(total) expected" }
        if !(abs(reserve - reserveAtSupply) <= 1e-9 * Swift.max(1, reserveAtSupply)) {
            return "the reserve \(reserve) differs from R(S) = \(reserveAtSupply)"
        }
        if !(abs(held - supply) <= 1e-9 * Swift.max(1, supply)) { return "the traders hold \(held) tokens but the supply is \(supply)" }
        return nil
    }
}
