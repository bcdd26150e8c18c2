/// The accounts of one bonding-curve market: the supply, the reserve that
/// backs it, a treasury that collects fees and pays volume rewards, and
/// each trader's cash and tokens (`docs/MarketManipulation.md`, "Execution").
///
/// ```
/// buy q at S:   C = R(S + q) − R(S);  trader pays (1 + φ)·C, gets q + reward r·C;  reserve += C;  treasury += φ·C
/// sell q at S:  F = R(S) − R(S − q);  trader gets (1 − φ)·F + r·F, gives q;         reserve −= F;  treasury += φ·F
/// reward:       paid from the treasury; what it lacks is minted (counted in `minted`)
/// ```
/// The fee never enters the reserve, so `reserve = R(S)` throughout, and
/// `Σ cash + treasury + reserve = start + minted`.
@usableFromInline struct CurveLedger {
    /// `S`, the token supply.
    @usableFromInline var supply = 0.0
    /// The currency backing the supply, `R(S)` to rounding.
    @usableFromInline var reserve = 0.0
    /// Fees collected less rewards paid from them.
    @usableFromInline var treasury = 0.0
    /// Rewards minted because the treasury was empty.
    @usableFromInline var minted = 0.0
    /// Each trader's cash.
    @usableFromInline var cash: [Double] = []
    /// Each trader's tokens.
    @usableFromInline var tokens: [Double] = []
    /// Tokens held by passive holders who never trade.
    @usableFromInline var passiveTokens = 0.0
    /// Fees, rewards and traded value (`Σ C + Σ F`) so far.
    @usableFromInline var feesPaid = 0.0, rewardPaid = 0.0, volume = 0.0

    @inlinable init() {}

    /// Pays `amount` of reward out of the treasury, minting what it lacks.
    @inlinable mutating func _payReward(_ amount: Double) {
        let fromTreasury = Swift.min(amount, treasury)
        treasury -= fromTreasury
        minted += amount - fromTreasury
        rewardPaid += amount
    }

    /// Executes the order `g` of `queue` alone at the current supply, cutting
    /// a buy to what the trader's cash pays and a sell to its tokens, and
    /// writes what was traded and the trader's cash flow back into the queue.
    /// - Parameters:
    ///   - fee: `φ`, on the trade's value.
    ///   - reward: `r`, per unit of traded value.
    @inlinable mutating func execute<Curve: BondingCurve>(_ g: Int, of queue: inout OrderQueue, on curve: Curve, fee: Double, reward: Double) {
        let i = Int(queue.trader[g])
        let q = queue.tokens[g]
        if q > 0 {
            var bought = q
            var cost = curve.costToMint(bought, atSupply: supply)
            if (1 + fee) * cost > cash[i] {
                // What the cash pays, with a margin so rounding never overdraws it.
                bought = curve.tokensMinted(forDeposit: (1 - 1e-12) * cash[i] / (1 + fee), atSupply: supply)
                cost = curve.costToMint(bought, atSupply: supply)
            }
            let paid = (1 + fee) * cost
            cash[i] -= paid
            tokens[i] += bought
            supply += bought
            reserve += cost
            treasury += fee * cost
            feesPaid += fee * cost
            volume += cost
            let bonus = reward * cost
            if bonus > 0 { _payReward(bonus); cash[i] += bonus }
            queue.tokens[g] = bought
            queue.flow[g] = bonus - paid
        } else if q < 0 {
            let sold = Swift.min(-q, tokens[i], supply)
            let refund = curve.refundForBurn(sold, atSupply: supply)
            let received = (1 - fee) * refund
            cash[i] += received
            tokens[i] -= sold
            supply -= sold
            reserve -= refund
            treasury += fee * refund
            feesPaid += fee * refund
            volume += refund
            let bonus = reward * refund
            if bonus > 0 { _payReward(bonus); cash[i] += bonus }
            queue.tokens[g] = -sold
            queue.flow[g] = received + bonus
        }
    }

    /// Executes the whole queue serially, in its order.
    @inlinable mutating func executeSerially<Curve: BondingCurve>(_ queue: inout OrderQueue, on curve: Curve, fee: Double, reward: Double) {
        for g in 0..<queue.count { execute(g, of: &queue, on: curve, fee: fee, reward: reward) }
    }
}
