extension PaymentChannelRun {
    /// Counts the depleted sides, then lets each owner act by the rule, in
    /// node order, then direction order (`docs/PaymentChannels.md`,
    /// "Depletion and rebalancing").
    @inlinable func _rebalance(_ p: PaymentChannelsParameters, step t: Int) {
        let network = self.network
        var depleted = 0
        for d in 0..<capacity.count where !closed[d] && ledger.balance[d] < p.threshold * capacity[d] { depleted += 1 }
        tally.depletedSides += Double(depleted)
        tally.openSides += Double(openSides)
        guard p.rebalance != .none, depleted > 0 else { return }
        for u in 0..<network.nodeCount {
            var sorted = false
            for d in network.directions(from: u) where !closed[d] && ledger.balance[d] < p.threshold * capacity[d] {
                if p.rebalance == .circular && !sorted {
                    _sortSides(of: u)
                    sorted = true
                }
                let moved: Bool
                switch p.rebalance {
                case .none: moved = false
                case .circular: moved = _rebalanceInCycle(d, owner: u, p)
                case .splice: moved = _splice(d, owner: u, p, step: t)
                case .reopen: moved = _close(d, owner: u, p, step: t)
                }
                if moved {
                    tally.rebalances += 1
                    // A cycle moved u's balances: the order of its sides changed.
                    if p.rebalance == .circular { _sortSides(of: u) }
                }
            }
        }
    }

    /// Puts `u`'s open sides into ``sortedSides``, fullest first (ties by direction).
    @inlinable func _sortSides(of u: Int) {
        sortedSides.removeAll(keepingCapacity: true)
        for e in network.directions(from: u) where !closed[e] { sortedSides.append(Int32(e)) }
        let balance = ledger.balance
        sortedSides.sort { a, b in
            let ba = balance[Int(a)], bb = balance[Int(b)]
            return ba > bb || (ba == bb && a < b)
        }
    }

    /// `circular`: `u` pays itself `r = ⌈ρ·c⌉ − b_uv` around `u → w ⇝ v → u`:
    /// its other open sides `u → w` are tried from the fullest down (ties
    /// by direction), at most ``cycleTries`` of them, each with `w ⇝ v`
    /// along `w`'s cached tree unless that path passes through `u`, until
    /// one cycle settles.
    /// - Returns: whether one settled.
    @inlinable func _rebalanceInCycle(_ d: Int, owner u: Int, _ p: PaymentChannelsParameters) -> Bool {
        let network = self.network
        let v = Int(network.head[d]), back = network.reverse[d]
        let amount = p.refillTarget(capacity: capacity[d]) - ledger.balance[d]
        var tries = 0
        for e in sortedSides where Int(e) != d {
            // Sides are fullest first: once one cannot carry the refill, none can.
            guard tries < Self.cycleTries, ledger.balance[Int(e)] >= amount else { return false }
            tries += 1
            let w = Int(network.head[Int(e)])
            guard _cachedRoute(from: w, to: v), !route.contains(where: { network.head[Int($0)] == Int32(u) }) else { continue }
            route.insert(e, at: 0)
            route.append(back)
            if case .settled(let fees) = ledger.send(amount, along: route) {
                tally.routingFees += fees
                return true
            }
        }
        return false
    }

    /// The most cycles a depleted side tries in a step: a hub has hundreds
    /// of sides, and trying them all for each of its depleted sides made a
    /// run twenty times slower.
    @usableFromInline static let cycleTries = 4

    /// `splice`: `u` adds `r' = min(⌈ρ·c⌉ − b_uv, W_u − F)` from its wallet,
    /// confirmed `L` steps later.
    /// - Returns: whether a splice was sent.
    @inlinable func _splice(_ d: Int, owner u: Int, _ p: PaymentChannelsParameters, step t: Int) -> Bool {
        guard !splicing[d] else { return false }
        let fee = Double(p.ledgerFee)
        let amount = min(p.refillTarget(capacity: capacity[d]) - ledger.balance[d], wallet[u] - fee)
        guard amount > 0 else { return false }
        wallet[u] -= amount + fee
        ledgerFees += fee
        splicesInFlight += amount
        splicing[d] = true
        ledgerQueue.append(LedgerTransaction(kind: .splice, due: t + p.ledgerDelay, direction: Int32(d), amount: amount))
        return true
    }

    /// `reopen`: if `W_u + b_uv ≥ 2F`, both sides go to their wallets, `u`
    /// pays the closing fee, and the channel reopens `L` steps later.
    /// - Returns: whether the channel closed.
    @inlinable func _close(_ d: Int, owner u: Int, _ p: PaymentChannelsParameters, step t: Int) -> Bool {
        let fee = Double(p.ledgerFee)
        guard wallet[u] + ledger.balance[d] >= 2 * fee else { return false }
        let back = Int(network.reverse[d]), v = Int(network.head[d])
        wallet[u] += ledger.balance[d] - fee
        wallet[v] += ledger.balance[back]
        ledger.deposit(-ledger.balance[d], into: d)
        ledger.deposit(-ledger.balance[back], into: back)
        ledgerFees += fee
        closed[d] = true
        closed[back] = true
        openCapacity -= capacity[d]
        openSides -= 2
        ledgerQueue.append(LedgerTransaction(kind: .reopen, due: t + p.ledgerDelay, direction: Int32(d), amount: 0))
        return true
    }

    /// Confirms every ledger transaction due by the end of step `t`: a
    /// splice's funds join the side and the capacity; a closed channel
    /// reopens funded `x_u = min(c − ⌊c/2⌋, W_u − F)`, `x_v = min(⌊c/2⌋, W_v)`
    /// if `u` can pay `F`, else it waits `L` more steps.
    @inlinable func _confirmLedgerTransactions(_ p: PaymentChannelsParameters, through t: Int) {
        let fee = Double(p.ledgerFee)
        while ledgerQueueHead < ledgerQueue.count && ledgerQueue[ledgerQueueHead].due <= t {
            let transaction = ledgerQueue[ledgerQueueHead]
            ledgerQueueHead += 1
            let d = Int(transaction.direction), back = Int(network.reverse[d])
            switch transaction.kind {
            case .splice:
                ledger.deposit(transaction.amount, into: d)
                capacity[d] += transaction.amount
                capacity[back] += transaction.amount
                openCapacity += transaction.amount
                splicesInFlight -= transaction.amount
                splicing[d] = false
            case .reopen:
                let u = Int(tail[d]), v = Int(network.head[d])
                guard wallet[u] >= fee else {
                    ledgerQueue.append(LedgerTransaction(kind: .reopen, due: t + max(1, p.ledgerDelay), direction: Int32(d), amount: 0))
                    continue
                }
                let c = capacity[d]
                let own = min(c - (c / 2).rounded(.down), wallet[u] - fee), other = min((c / 2).rounded(.down), wallet[v])
                wallet[u] -= own + fee
                wallet[v] -= other
                ledgerFees += fee
                ledger.deposit(own, into: d)
                ledger.deposit(other, into: back)
                capacity[d] = own + other
                capacity[back] = own + other
                closed[d] = false
                closed[back] = false
                openCapacity += own + other
                openSides += 2
            }
        }
        if ledgerQueueHead == ledgerQueue.count {
            ledgerQueue.removeAll(keepingCapacity: true)
            ledgerQueueHead = 0
        }
    }
}
