extension PaymentChannelRun {
    /// The run's metrics in ``PaymentChannelsMetric/allCases`` order
    /// (`docs/PaymentChannels.md`, "Metrics").
    @inlinable func outcome(_ p: PaymentChannelsParameters) -> RunOutcome {
        let steps = Double(p.steps), fee = Double(p.ledgerFee)
        let ledgerPaid = Double(2 * network.linkCount) * fee + ledgerFees
        func ratio(_ numerator: Double, _ denominator: Double) -> Double? { denominator > 0 ? numerator / denominator : nil }
        let values: [Double?] = [
            tally.succeeded / tally.attempted,
            tally.succeeded / steps,
            ratio(tally.value, tally.liquidity) ?? 0,
            p.reports(.ledgerOverhead) ? ledgerPaid / (fee * tally.attempted) : nil,
            ratio(ledgerPaid, tally.value),
            ratio(tally.depletedSides, tally.openSides) ?? 0,
            tally.routingFees / steps,
            tally.noRoute / tally.attempted,
            ratio(tally.hops, tally.parts),
            p.reports(.rebalances) ? tally.rebalances / steps : nil,
        ]
        return RunOutcome(values: values, failure: nil)
    }

    /// The first of the scenario's invariants that fails, in words, or `nil`:
    ///
    /// ```
    /// money:     Σ_u W_u + Σ_d b_d + splices in flight + ledger fees = Σ_u W_u(0) + Σ_e c_e(0)     exactly
    /// channels:  open: b_d + b_{reverse d} = c_e, b_d ≥ 0;   closed: b_d = 0
    /// wallets:   W_u ≥ 0
    /// ```
    @inlinable func violatedInvariant() -> String? {
        var money = splicesInFlight + ledgerFees
        for (u, w) in wallet.enumerated() {
            if !(w >= 0) { return "node \(u)'s wallet is \(w)" }
            money += w
        }
        let balance = ledger.balance
        for d in 0..<balance.count {
            let b = balance[d], back = Int(network.reverse[d])
            money += b
            if closed[d] {
                if b != 0 { return "closed channel side \(tail[d]) → \(network.head[d]) holds \(b)" }
            } else {
                if !(b >= 0) { return "channel side \(tail[d]) → \(network.head[d]) holds \(b)" }
                if b + balance[back] != capacity[d] {
                    return "channel \(tail[d]) – \(network.head[d]) holds \(b) + \(balance[back]), not its capacity \(capacity[d])"
                }
            }
        }
        if money != startingMoney { return "money is not conserved: \(money) held, \(startingMoney) at the start" }
        return nil
    }
}
