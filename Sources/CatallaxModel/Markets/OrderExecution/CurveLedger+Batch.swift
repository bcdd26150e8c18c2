extension CurveLedger {
    /// Clears the queue as one call auction (``CurveBatchClearing``): sells
    /// cut to the seller's tokens, each trader's orders netted, the net of
    /// all traders executed on the curve, every leg at `p̄`; a buyer who
    /// cannot pay `(1 + φ)·p̄·q` is cut to `(1 − 10⁻¹²)·B/((1 + φ)·p̄)` and
    /// `p̄` found again, until every buyer can pay (one pass on a
    /// non-decreasing curve; the inverse curve's `p̄` rises as buyers are cut).
    ///
    /// ```
    /// n = Σ_traders (buys − sells)      a trader's own buy and sell cancel exactly
    /// buyer pays (1 + φ)·p̄·q,  seller gets (1 − φ)·p̄·q,  reserve += R(S + n) − R(S),  treasury += φ·p̄·Σ|q|
    /// ```
    /// The net is summed trader by trader so that a trader's buy and sell of
    /// the same size add exactly nothing: a batch with such a pair clears at
    /// the bits it would without it.
    /// A trader's orders must be contiguous in the queue (the arrangement's job).
    /// - Complexity: O(orders).
    @inlinable mutating func clearInBatch<Curve: BondingCurve>(_ queue: inout OrderQueue, on curve: Curve, fee: Double, reward: Double) {
        let n = queue.count
        guard n > 0 else { return }
        for g in 0..<n where queue.tokens[g] < 0 {
            queue.tokens[g] = -Swift.min(-queue.tokens[g], tokens[Int(queue.trader[g])])
        }
        var (price, reserveChange) = CurveBatchClearing.clearingPrice(net: _net(queue), atSupply: supply, on: curve)
        // On a non-decreasing curve one pass of cuts suffices (cuts lower p̄)
        // and the next pass finds nothing, so results are those of one pass;
        // on the inverse curve a cut raises p̄, so passes repeat until every
        // buyer can pay (at most 64).
        var cut = true, passes = 0
        while cut && passes < 64 {
            cut = false
            passes += 1
            for g in 0..<n where queue.tokens[g] > 0 {
                let i = Int(queue.trader[g])
                if (1 + fee) * price * queue.tokens[g] > cash[i] {
                    queue.tokens[g] = (1 - 1e-12) * cash[i] / ((1 + fee) * price)
                    cut = true
                }
            }
            if cut { (price, reserveChange) = CurveBatchClearing.clearingPrice(net: _net(queue), atSupply: supply, on: curve) }
        }
        let net = _net(queue)
        for g in 0..<n {
            let i = Int(queue.trader[g]), q = queue.tokens[g]
            let value = price * abs(q)
            let bonus = reward * value
            if bonus > 0 { _payReward(bonus) }
            if q > 0 {
                let paid = (1 + fee) * value
                cash[i] += bonus - paid
                tokens[i] += q
                queue.flow[g] = bonus - paid
            } else {
                let received = (1 - fee) * value
                cash[i] += received + bonus
                tokens[i] += q
                queue.flow[g] = received + bonus
            }
            treasury += fee * value
            feesPaid += fee * value
            volume += value
        }
        supply += net
        reserve += reserveChange
    }

    /// `n`, the batch's net tokens: each trader's orders (contiguous in a
    /// batch's queue) summed first, then the traders in queue order.
    @inlinable func _net(_ queue: OrderQueue) -> Double {
        var net = 0.0
        var g = 0
        while g < queue.count {
            var own = queue.tokens[g]
            var h = g + 1
            while h < queue.count && queue.trader[h] == queue.trader[g] {
                own += queue.tokens[h]
                h += 1
            }
            net += own
            g = h
        }
        return net
    }
}
