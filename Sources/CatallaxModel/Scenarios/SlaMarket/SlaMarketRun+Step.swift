import CatallaxNumerics

extension SlaMarketRun {
    /// One step `t` (`docs/SlaMarket.md`, "One step"): settle the contracts
    /// signed at `t − D`, shuffle the requesters, let each request and sign
    /// in arrival order, then let providers that cannot fund a contract leave.
    @inlinable mutating func step(_ t: Int) {
        let p = point
        if t >= p.duration { _settle(signedAt: t - p.duration) }
        // A fresh uniform arrival order (`docs/SlaMarket.md`, "Draw order").
        arrival._shuffleArrivals(count: point.requesters, step: t, key: key)
        slotSigned[t % p.duration] = 0
        var stepPrices = 0.0, stepSigned = 0
        for k in 0..<p.requesters {
            if let price = _request(requester: Int(arrival[k]), t) {
                stepPrices += price
                stepSigned += 1
            }
        }
        _exits()
        if stepSigned > 0 { lastMeanPrice = stepPrices / Double(stepSigned) }
        lastStep = t
    }

    /// Settles the contracts signed at step `a`, in requester order: the
    /// block `(a, i, delivery, 0)` decides the miss (word 0, the provider
    /// type's `q`) and the audit (word 1, `p_d`); ``ServiceSettlement`` moves
    /// the escrow; `f_j += 1` on a miss or a fraud, else `s_j += 1`.
    @inlinable mutating func _settle(signedAt a: Int) {
        let p = point
        let base = (a % p.duration) * p.requesters
        for i in 0..<p.requesters {
            let j = Int(ringProvider[base + i])
            guard j >= 0 else { continue }
            let block = _block(step: a, agent: i, purpose: .delivery, index: 0)
            let type = kind[j]
            let missed = missTrial[type.rawValue].accepts(block[0])
            let audited = auditTrial.accepts(block[1])
            let skipped = ringSkipped[base + i]
            let settlement = ServiceSettlement(
                price: ringPrice[base + i], collateral: p.collateral, fee: p.fee, missed: missed, skipped: skipped, audited: audited)
            requesterWallet[i] += settlement.toRequester
            providerWallet[j] += settlement.toProvider
            protocolAccount += settlement.toProtocol
            openCount[j] -= 1
            reputation[j].record(success: !(missed || settlement.fraud))
            ringProvider[base + i] = -1

            tally.settled += 1
            if skipped || missed { tally.breaches += 1 }
            if missed { tally.misses += 1 }
            if audited { tally.audits += 1 }
            if settlement.fraud { tally.frauds += 1 }
            if skipped { tally.skippedSettled += 1 }
            tally.penalties += settlement.penalty
            tally.refunds += settlement.refund
            let profit = settlement.providerProfit(cost: cost[j], worked: !skipped)
            switch type {
            case .reliable, .flaky: tally.honestProfit += profit
            case .cheating: tally.cheaterProfit += profit
            case .strategic: tally.strategicProfit += profit
            }
            tally.requesterSurplus += settlement.requesterSurplus(value: p.value, worked: !skipped)
        }
    }

    /// Requester `i` at step `t`: the request trial (word 0 of `(t, i,
    /// request, 0)`); if it requests, its `m` candidates (word `g mod 4` of
    /// `(t, i, request, 1 + ⌊g/4⌋)`, `j = ⌊w·P/2³²⌋`), the eligible one of
    /// highest score (the first drawn on a tie), and the contract if that
    /// one is acceptable.
    /// - Returns: the price signed at, or `nil`.
    @inlinable mutating func _request(requester i: Int, _ t: Int) -> Double? {
        let p = point
        guard requestTrial.accepts(_block(step: t, agent: i, purpose: .request, index: 0)[0]) else { return nil }
        tally.requests += 1
        var best = -1, bestTerms = SlaTerms(price: 0, score: 0, acceptable: false)
        var block = SIMD4<UInt32>()
        let providers = UInt64(p.providers)
        for g in 0..<p.menu {
            if g % 4 == 0 { block = _block(step: t, agent: i, purpose: .request, index: 1 + g / 4) }
            let j = Int((UInt64(block[g % 4]) &* providers) &>> 32)
            guard !hasLeft[j], openCount[j] < p.capacity, providerWallet[j] - p.collateral >= cost[j] else { continue }
            let terms = p.agreement.terms(
                reputation: reputation[j].mean, value: p.value, cost: cost[j], postedPrice: postedPrice[j], proposerShare: requesterShare)
            guard requesterWallet[i] >= terms.price else { continue }
            if best < 0 || terms.score > bestTerms.score {
                best = j
                bestTerms = terms
            }
        }
        guard best >= 0, bestTerms.acceptable else {
            tally.unmatched += 1
            return nil
        }
        _sign(requester: i, provider: best, price: bestTerms.price, t)
        return bestTerms.price
    }

    /// Signs the contract `(t, i)` with provider `j` at price `price`: the
    /// requester pays `p` and the provider locks `k` into escrow; a provider
    /// that works pays `c_j` to the outside account now.
    @inlinable mutating func _sign(requester i: Int, provider j: Int, price: Double, _ t: Int) {
        let p = point
        requesterWallet[i] -= price
        providerWallet[j] -= p.collateral
        let skipped = skips[j]
        if !skipped {
            providerWallet[j] -= cost[j]
            outsideAccount += cost[j]
        }
        openCount[j] += 1
        signedCount[j] += 1
        let slot = (t % p.duration) * p.requesters + i
        ringProvider[slot] = Int32(truncatingIfNeeded: j)
        ringPrice[slot] = price
        ringSkipped[slot] = skipped
        ringSignedAt[slot] = t
        slotSigned[t % p.duration] += 1

        tally.signed += 1
        tally.priceSum += price
        switch kind[j] {
        case .cheating: tally.signedCheating += 1
        case .strategic:
            tally.signedStrategic += 1
            if skipped { tally.skippedStrategic += 1 }
        default: break
        }
    }

    /// Providers that have not left, hold no open contract and cannot fund
    /// one more (`W_j − k < c_j`) leave for good, in provider order.
    @inlinable mutating func _exits() {
        let k = point.collateral
        for j in 0..<point.providers where !hasLeft[j] && openCount[j] == 0 && providerWallet[j] - k < cost[j] {
            hasLeft[j] = true
        }
    }
}
