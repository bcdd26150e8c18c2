import CatallaxNumerics
import Foundation

extension MarketManipulationRun {
    /// Step `t` (`docs/MarketManipulation.md`, "One step"): the shared draws,
    /// the victims' orders in each market, the attackers' orders in the
    /// attacked one, execution under the point's policy, and the tallies.
    @inlinable mutating func step<Curve: BondingCurve>(_ t: Int, on curve: Curve) {
        let p = point
        _draw(t)
        // A fresh uniform order of the victims (Fisher–Yates, `(t, j, arrival, 0)`).
        if p.execution.shufflesOrders { order._shuffleArrivals(count: p.victims, step: t, key: key) }
        attacked.queue.removeAll()
        counterfactual.queue.removeAll()
        attacked.queueVictims(order: order, active: active, buys: buys, uniform: uniform, point: p, step: t)
        counterfactual.queueVictims(order: order, active: active, buys: buys, uniform: uniform, point: p, step: t)
        lastAttemptProfit = nil
        var tried = false
        switch p.attack {
        case .none: break
        case .sandwich: tried = _queueSandwich(t, on: curve)
        case .washTrading: tried = _queueWashTrade(t)
        case .pumpAndDump, .cartel: _queuePumps(t)
        }
        attacked.execute(p.execution, on: curve, point: p, step: t)
        counterfactual.execute(p.execution, on: curve, point: p, step: t)
        if tried { _tallyAttempt(attacked.queue.totals(of: p.victims).flow) }
        if p.attack.pumps { _tallyPumps(t) }
        impactSum += abs(log(attacked.price / counterfactual.price))
        lastStep = t
    }

    /// Victim `i`'s draws at `t` from the block `(t, i, decision, 0)`:
    /// word 0 the activity trial, word 1 the side (buy iff `< 2³¹`), words 2–3 `U`.
    @inlinable mutating func _draw(_ t: Int) {
        for i in 0..<point.victims {
            let block = _block(step: t, agent: i, purpose: .decision, index: 0)
            active[i] = activityTrial.accepts(block[0])
            buys[i] = block[1] < 0x8000_0000
            uniform[i] = Philox4x32.unitInterval(hi: block[2], lo: block[3])
        }
    }

    /// Queues attacker order number `g` of the step, `q` tokens for `account`,
    /// in the attacked market: at `position` under continuous execution, at the
    /// end of the batch under a call auction (a trader's orders stay
    /// contiguous), and at `⌊U·(n + 1)⌋` of the `n` queued so far under random
    /// order (`U` from words 0–1 of `(t, g, arrival, 1)`).
    @inlinable mutating func _place(_ q: Double, account: Int, step t: Int, attackerOrder g: Int, continuousAt position: Int) {
        let n = attacked.queue.count
        let at: Int
        switch point.execution {
        case .continuous: at = position
        case .callAuction: at = n
        case .randomOrder, .commitReveal:
            let block = _block(step: t, agent: g, purpose: .arrival, index: 1)
            at = Swift.min(Int(Philox4x32.unitInterval(hi: block[0], lo: block[1]) * Double(n + 1)), n)
        }
        attacked.queue.insert(account: account, tokens: q, at: at)
    }

    /// The sandwicher's orders around the largest buy, if it sees the queue
    /// and predicts a profit (``Sandwicher``).
    /// - Returns: whether it attempts.
    @inlinable mutating func _queueSandwich<Curve: BondingCurve>(_ t: Int, on curve: Curve) -> Bool {
        let p = point
        guard p.execution.showsContents, let target = Sandwicher.target(in: attacked.queue, among: attacked.queue.count) else { return false }
        let v = attacked.queue.tokens[target], s = attacked.ledger.supply, me = p.victims
        let a = p.sandwicher.frontRun(against: v, cash: attacked.ledger.cash[me], cap: p.orderCap, atSupply: s, fee: p.fee, on: curve)
        guard a > 0, Sandwicher.predictedProfit(frontRun: a, victim: v, atSupply: s, fee: p.fee, on: curve) > 0 else { return false }
        _place(a, account: me, step: t, attackerOrder: 0, continuousAt: target)
        _place(-a, account: me, step: t, attackerOrder: 1, continuousAt: target + 2)
        return true
    }

    /// The wash trader's round trip (``WashTrader``), first in the queue under continuous execution.
    /// - Returns: `true` (it always attempts).
    @inlinable mutating func _queueWashTrade(_ t: Int) -> Bool {
        let p = point
        let trip = WashTrader(size: Swift.min(p.attackSize, p.orderCap)).roundTrip
        _place(trip.buy, account: p.victims, step: t, attackerOrder: 0, continuousAt: 0)
        _place(trip.sell, account: p.victims, step: t, attackerOrder: 1, continuousAt: 1)
        return true
    }

    /// Each pump-and-dump trader's order of its phase (``PumpAndDump``), cut
    /// to `c`; first in the queue, in trader order, under continuous execution.
    @inlinable mutating func _queuePumps(_ t: Int) {
        let p = point, schedule = p.pumpAndDump, cap = p.orderCap
        var g = 0
        for j in 0..<offsets.count {
            let phase = schedule.phase(step: t, offset: offsets[j])
            if schedule.startsCycle(phase) {
                cycleTokens[j] = 0
                cycleFlow[j] = 0
                cycleStarted[j] = true
            }
            let wanted = schedule.order(phase: phase, inventory: cycleTokens[j])
            let q = wanted > 0 ? Swift.min(wanted, cap) : -Swift.min(-wanted, cap)
            guard q != 0 else { continue }
            _place(q, account: p.victims + j, step: t, attackerOrder: g, continuousAt: g)
            g += 1
        }
    }

    /// Adds each pump-and-dump trader's traded tokens and cash flow to its
    /// cycle, and counts a cycle begun in the run as an attempt when its dump completes.
    @inlinable mutating func _tallyPumps(_ t: Int) {
        let p = point, schedule = p.pumpAndDump
        for j in 0..<offsets.count {
            let done = attacked.queue.totals(of: p.victims + j)
            cycleTokens[j] += done.tokens
            cycleFlow[j] += done.flow
            if schedule.endsCycle(schedule.phase(step: t, offset: offsets[j])) && cycleStarted[j] {
                _tallyAttempt(cycleFlow[j])
                cycleStarted[j] = false
            }
        }
    }

    /// Counts one attempt that made `profit`.
    @inlinable mutating func _tallyAttempt(_ profit: Double) {
        attempts += 1
        if profit > 0 { successes += 1 }
        lastAttemptProfit = profit
    }
}

extension MarketManipulationRun {
    /// After the last step the attackers close out in the attacked market:
    /// each sells what it holds above `H_A`, or buys back what it holds
    /// below (as its cash allows), serially with the fee and reward
    /// (differences below `10⁻⁹·max(1, H_A)`, rounding dust, stay). So a
    /// run's final price `P_T`, at which wealth is marked, carries no
    /// inventory an attacker left on the curve, and its profit is realized
    /// (`docs/MarketManipulation.md`, "Metrics").
    @inlinable mutating func closeOut<Curve: BondingCurve>(on curve: Curve) {
        let p = point
        attacked.queue.removeAll()
        for j in p.victims..<(p.victims + p.attackerAccounts) {
            let change = attacked.ledger.tokens[j] - p.attackerTokens
            // A buy and a sell of `a` can leave an ulp of `H_A + a − a`: dust, not inventory.
            if abs(change) > 1e-9 * Swift.max(1, p.attackerTokens) { attacked.queue.insert(account: j, tokens: -change) }
        }
        guard attacked.queue.count > 0 else { return }
        attacked.ledger.executeSerially(&attacked.queue, on: curve, fee: p.fee, reward: p.rewardRate)
        attacked.price = curve.price(atSupply: attacked.ledger.supply)
    }
}
