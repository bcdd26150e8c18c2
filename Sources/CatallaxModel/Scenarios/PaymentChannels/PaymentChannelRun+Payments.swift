import CatallaxNumerics

extension PaymentChannelRun {
    /// Draws one payment `(s, r, a)` and tries it (`docs/PaymentChannels.md`,
    /// "Payments"): routed by `s`'s cheapest-path tree; on a failed hop its
    /// channel is left out and a fresh route searched, up to `k_a` routes;
    /// `s > 1` parts are routed in turn, each without the channels of the
    /// parts before it, and rolled back unless all settle.
    @inlinable func _makePayment(_ p: PaymentChannelsParameters) {
        let (sender, receiver) = _drawParties(p)
        let amount = _drawAmount(p)
        tally.attempted += 1
        lastAmount = amount
        lastSucceeded = false
        guard _cachedRoute(from: sender, to: receiver) else {
            lastRoute.removeAll(keepingCapacity: true)
            tally.noRoute += 1
            return
        }
        let parts = min(p.parts, Int(amount))
        let share = (amount / Double(parts)).rounded(.down)
        let extra = Int(amount - share * Double(parts))
        var fees = 0.0, settledParts = 0
        paying: for part in 0..<parts {
            let partAmount = share + (part < extra ? 1 : 0)
            var settled = false
            for attempt in 0..<p.attempts {
                if part > 0 || attempt > 0 {
                    guard _searchRoute(from: sender, to: receiver) else { break }
                }
                switch ledger.send(partAmount, along: route) {
                case .settled(let partFees):
                    fees += partFees
                    settled = true
                case .failed(let hop):
                    _exclude(channelOf: route[hop])
                }
                if settled { break }
            }
            guard settled else { break paying }
            if parts > 1 {
                partRoutes[part].removeAll(keepingCapacity: true)
                partRoutes[part].append(contentsOf: route)
                for d in route { _exclude(channelOf: d) }
            }
            tally.hops += Double(route.count)
            settledParts += 1
        }
        _clearExclusions()
        lastRoute.removeAll(keepingCapacity: true)
        lastRoute.append(contentsOf: route)
        if settledParts == parts {
            tally.succeeded += 1
            tally.parts += Double(parts)
            tally.value += amount
            tally.routingFees += fees
            stepSuccesses += 1
            lastSucceeded = true
        } else {
            // Atomic: the parts already settled are undone, and so are their hops.
            for part in 0..<settledParts {
                ledger.refund(share + (part < extra ? 1 : 0), along: partRoutes[part])
                tally.hops -= Double(partRoutes[part].count)
            }
        }
    }

    /// `(s, r)`: uniform sender and another receiver, or under `merchants` a
    /// non-merchant sender and, with probability `p_m`, a merchant receiver.
    @inlinable func _drawParties(_ p: PaymentChannelsParameters) -> (Int, Int) {
        func other(than s: Int) -> Int {
            let r = draws.index(below: p.nodes - 1)
            return r >= s ? r + 1 : r
        }
        switch p.pattern {
        case .uniform:
            let s = draws.index(below: p.nodes)
            return (s, other(than: s))
        case .merchants:
            let s = Int(nonMerchants[draws.index(below: nonMerchants.count)])
            if draws.next() < p.merchantShare { return (s, Int(merchants[draws.index(below: merchants.count)])) }
            return (s, other(than: s))
        }
    }

    /// The payment's size `a`, whole units, at least 1.
    @inlinable func _drawAmount(_ p: PaymentChannelsParameters) -> Double {
        let mean = Double(p.amount)
        switch p.size {
        case .fixed:
            return mean
        case .exponential:
            return max(1, (mean * -LaneMath.log(draws.next())).rounded(.up))
        case .lognormal:
            let z = Philox4x32.standardNormals(u1: draws.next(), u2: draws.next()).0
            return max(1, (mean * LaneMath.exp(p.sizeSpread * z)).rounded())
        }
    }

    /// Puts into ``route`` the cheapest path from `s` to `r` by `s`'s cached
    /// tree (searched and cached on a miss).
    /// - Returns: whether `r` is reachable from `s` at all.
    @inlinable func _cachedRoute(from s: Int, to r: Int) -> Bool {
        let n = network.nodeCount
        let slot = s % treeOwner.count
        let base = slot * n
        if treeOwner[slot] != Int32(s) {
            _search(from: s, excluding: false)
            search!.via.withUnsafeBufferPointer { via in
                for v in 0..<n { treeVia[base + v] = via[v] }
            }
            treeOwner[slot] = Int32(s)
        }
        return treeVia.withUnsafeBufferPointer { via in _walk(UnsafeBufferPointer(rebasing: via[base..<(base + n)]), from: s, to: r) }
    }

    /// Puts into ``route`` the cheapest path from `s` to `r` that avoids the
    /// excluded directions, by a fresh search.
    /// - Returns: whether one exists.
    @inlinable func _searchRoute(from s: Int, to r: Int) -> Bool {
        _search(from: s, excluding: true)
        return search!.via.withUnsafeBufferPointer { _walk($0, from: s, to: r) }
    }

    /// Runs the cheapest-path search from `s`, reusing its storage.
    @inlinable func _search(from s: Int, excluding: Bool) {
        if search == nil { search = CheapestPaths(network: network, weights: weight, from: s) }
        search!.search(network, weights: weight, from: s, excluding: excluding ? excluded : [])
    }

    /// Follows the arrival directions `via` back from `r` to `s`, writing the route into ``route`` in order.
    /// - Returns: `false` when `r` is unreachable.
    @inlinable func _walk(_ via: UnsafeBufferPointer<Int32>, from s: Int, to r: Int) -> Bool {
        route.removeAll(keepingCapacity: true)
        var v = r
        while v != s {
            let d = via[v]
            if d < 0 { return false }
            route.append(d)
            v = Int(tail[Int(d)])
        }
        route.reverse()
        return true
    }

    /// Leaves both directions of `d`'s channel out of the payment's later routes.
    @inlinable func _exclude(channelOf d: Int32) {
        _exclude(direction: d)
        _exclude(direction: network.reverse[Int(d)])
    }

    @inlinable func _exclude(direction d: Int32) {
        guard !excluded[Int(d)] else { return }
        excluded[Int(d)] = true
        excludedList.append(d)
    }

    /// Allows every direction again.
    @inlinable func _clearExclusions() {
        for d in excludedList { excluded[Int(d)] = false }
        excludedList.removeAll(keepingCapacity: true)
    }
}
