/// One call auction on a bonding curve: a batch's buys net against its
/// sells, the net executes on the curve, and every order trades at the
/// net's average price (`docs/MarketManipulation.md`, "Execution").
///
/// ```
/// n = Σ buys − Σ sells                                    (tokens)
/// p̄ = (R(S + n) − R(S)) / n   for n > 0                   cost of minting n, per token
/// p̄ = (R(S) − R(S − |n|)) / |n|   for n < 0               refund for burning |n|, per token
/// p̄ = f(S)   for n = 0
/// ```
/// On a non-decreasing curve `p̄` is non-decreasing in `n`: a mint's average
/// price is at least `f(S)`, a burn's at most, so cutting a buyer who cannot
/// pay can only lower `p̄`, and one pass of cuts leaves every buyer able to
/// pay. The inverse curve's price falls with supply, so there a cut raises
/// `p̄` and the ledger repeats its pass of cuts.
/// Budish, Cramton and Shim (2015): a uniform-price batch makes being first worth nothing.
public enum CurveBatchClearing {
    /// The uniform price `p̄` of a batch whose net is `net` tokens at supply `supply`,
    /// and the reserve's change `R(S + n) − R(S)`.
    /// - Parameters:
    ///   - net: `n`, tokens bought minus tokens sold; `n ≥ −S`.
    ///   - supply: `S`, the supply before the batch.
    ///   - curve: the bonding curve.
    @inlinable
    public static func clearingPrice<Curve: BondingCurve>(net: Double, atSupply supply: Double, on curve: Curve)
        -> (price: Double, reserveChange: Double) {
        if net > 0 {
            let cost = curve.costToMint(net, atSupply: supply)
            return (cost / net, cost)
        }
        if net < 0 {
            let refund = curve.refundForBurn(-net, atSupply: supply)
            return (refund / -net, -refund)
        }
        return (curve.price(atSupply: supply), 0)
    }
}
