import CatallaxNumerics

extension ResourceEconomyKernel {
    /// Step 5: the spot and ahead allocations `x^s_ij`, `x^a_ij` and the
    /// step's price `P_j(t)` by the point's rule; `X_j ≤ C_j(t)` always.
    @inlinable
    func _allocate(_ p: ResourceEconomyParameters, step t: Int, keys: LaneKeys<V>, tally: inout _ResourceTally<V>) {
        switch p.rule {
        case .posted, .adjust:
            _allocateProRata(p)
        case .firstCome:
            _allocateFirstCome(p, step: t, keys: keys)
        case .kellyTaking, .kellyAnticipating:
            for j in 0..<p.resources { _allocateProportionalShare(p, resource: j, tally: &tally) }
        case .auction:
            for j in 0..<p.resources { _allocateByAuction(p, resource: j) }
        }
    }

    /// `posted`, `adjust`: every order at the quote, rationed pro rata when
    /// the offered load exceeds capacity.
    ///
    /// ```
    /// P_j(t) = P̃_j;   D_j ≤ C_j: x = order;   else x = order·(C_j/D_j)
    /// ```
    /// Only the factor `min(1, C_j/D_j)` is computed here: the settlement
    /// (and the efficiency) apply it to each order as they read it, which
    /// saves a pass over every order of the step.
    @inlinable
    func _allocateProRata(_ p: ResourceEconomyParameters) {
        let quote = _row(.quote), price = _row(.price), offered = _row(.offered), capacity = _row(.capacity)
        let factor = _row(.rationing)
        for j in 0..<p.resources {
            price[j] = quote[j]
            factor[j] = V(repeating: 1).replacing(with: capacity[j] / offered[j], where: offered[j] .> capacity[j])
        }
    }

    /// `first-come`: agents arrive in a fresh uniformly random order each
    /// step (a forward Fisher–Yates shuffle, draws `(t, k, arrival, 0)`),
    /// and each arriving agent's spot order, then its ahead order, is filled
    /// from what capacity remains: `x = min(order, R_j)`.
    @inlinable
    func _allocateFirstCome(_ p: ResourceEconomyParameters, step t: Int, keys: LaneKeys<V>) {
        let n = p.agents, m = p.resources
        let quote = _row(.quote), price = _row(.price), capacity = _row(.capacity)
        for j in 0..<m { price[j] = quote[j] }
        let draws = _column(0)
        for k in 0..<((n - 1 + 1) / 2) where n > 1 {
            let block = Philox4x32.block(
                counter: DrawCounter(step: UInt32(truncatingIfNeeded: t), agent: UInt32(k), purpose: .arrival).words,
                key0: keys.key0, key1: keys.key1)
            draws[2 * k] = Philox4x32.unitInterval(hi: block.0, lo: block.1)
            if 2 * k + 1 < n - 1 { draws[2 * k + 1] = Philox4x32.unitInterval(hi: block.2, lo: block.3) }
        }
        let spot = _scalars(.spotOrder), ahead = _scalars(.aheadOrder)
        let spotFill = _scalars(.spotFill), aheadFill = _scalars(.aheadFill)
        let lanes = V.scalarCount
        let remaining = _laneScratch.baseAddress!
        for lane in 0..<lanes {
            for k in 0..<n { _arrival[k] = Int32(truncatingIfNeeded: k) }
            if n > 1 {
                for k in 0..<(n - 1) {
                    let left = n - k
                    let offset = Swift.min(Int(draws[k][lane] * Double(left)), left - 1)
                    _arrival.swapAt(k, k + offset)
                }
            }
            for j in 0..<m { remaining[j] = capacity[j][lane] }
            for k in 0..<n {
                let i = Int(_arrival[k])
                for j in 0..<m {
                    let index = (i * m + j) * lanes + lane
                    let x = Swift.min(spot[index], remaining[j])
                    remaining[j] -= x
                    spotFill[index] = x
                    let xa = Swift.min(ahead[index], remaining[j])
                    remaining[j] -= xa
                    aheadFill[index] = xa
                }
            }
        }
    }

    /// Row `row` as plain doubles, lane `l` of pair `k` at `k·W + l`.
    @inlinable @inline(__always)
    func _scalars(_ row: _PairRow) -> UnsafeMutablePointer<Double> {
        UnsafeMutableRawPointer(_row(row)).assumingMemoryBound(to: Double.self)
    }

    /// `kelly-pt`, `kelly-pa` on resource `j`: money bids shared in
    /// proportion (``ProportionalShare``).
    ///
    /// ```
    /// A_i = a_ij n_i (0 when dormant),  B_i = n_i + r_ij,  β_i = ω_ij b^s_i,  fixed = Σ_i w^a_ij
    /// kelly-pt: w^s_i = w_i(μ*), μ* the root of Σ w_i(μ) + fixed = μ C (64 halvings)
    /// kelly-pa: w^s_i = w_i(μ*) at the Nash equilibrium price μ* of price-anticipating agents (JT),
    ///           Σ w_i(μ) + fixed = μ C by 64 halvings;  br_residual = max_i |BR_i(S − w_i) − w_i|/S
    /// S = Σ_i (w^s_i + w^a_i);  x = C·w/S;  pay = w;  P_j(t) = S/C  (S = 0: nothing, P_j(t) = P_j(t−1))
    /// ```
    @inlinable
    func _allocateProportionalShare(_ p: ResourceEconomyParameters, resource j: Int, tally: inout _ResourceTally<V>) {
        let n = p.agents, m = p.resources
        let need = _row(.need), dormant = _row(.dormant), value = _row(.value), redeemed = _row(.redeemed)
        let spot = _row(.spotOrder), ahead = _row(.aheadOrder), budgetShare = _row(.spotLimit)
        let spotFill = _row(.spotFill), aheadFill = _row(.aheadFill)
        let scales = _column(0), offsets = _column(1), budgets = _column(2), bids = _column(3)
        let capacity = _row(.capacity)[j], quote = _row(.quote)[j]
        var fixed = V()
        for i in 0..<n {
            let k = i * m + j
            scales[i] = V().replacing(with: value[k] * need[i], where: dormant[i] .== 0)
            offsets[i] = need[i] + redeemed[k]
            budgets[i] = budgetShare[k]
            fixed += ahead[k]
        }
        let a = UnsafeBufferPointer(start: scales, count: n), b = UnsafeBufferPointer(start: offsets, count: n)
        let beta = UnsafeBufferPointer(start: budgets, count: n)
        if p.rule == .kellyTaking {
            let mu = ProportionalShare.priceTakingPrice(capacity: capacity, utilityScales: a, offsets: b, budgets: beta, fixedBids: fixed)
            for i in 0..<n {
                bids[i] = ProportionalShare.priceTakingBid(price: mu, utilityScale: scales[i], offset: offsets[i], budget: budgets[i])
            }
        } else {
            let mu = ProportionalShare.anticipatingPrice(capacity: capacity, utilityScales: a, offsets: b, budgets: beta, fixedBids: fixed)
            for i in 0..<n {
                bids[i] = ProportionalShare.anticipatingBid(
                    price: mu, capacity: capacity, utilityScale: scales[i], offset: offsets[i], budget: budgets[i])
            }
        }
        let total = ProportionalShare.total(bids: UnsafeBufferPointer(start: bids, count: n), fixedBids: fixed)
        let bidding = total .> 0
        if p.rule == .kellyAnticipating {
            // The equilibrium is computed, not iterated to: check it. Each
            // agent's best response to the others' bids must be its own bid.
            let minimumBid = V(repeating: 1e-9 * p.basePrice) * capacity
            var residual = V()
            for i in 0..<n {
                let response = ProportionalShare.bestResponse(
                    othersBids: total - bids[i], capacity: capacity, utilityScale: scales[i], offset: offsets[i], budget: budgets[i],
                    minimumBid: minimumBid)
                residual = V.maximum(residual, (response - bids[i]).replacing(with: bids[i] - response, where: response .< bids[i]))
            }
            tally.residual = V.maximum(tally.residual, V().replacing(with: residual / total, where: bidding))
        }
        for i in 0..<n {
            let k = i * m + j
            spot[k] = bids[i]
            spotFill[k] = ProportionalShare.allocation(bid: bids[i], total: total, capacity: capacity)
            aheadFill[k] = ProportionalShare.allocation(bid: ahead[k], total: total, capacity: capacity)
        }
        _row(.price)[j] = quote.replacing(with: total / capacity, where: bidding)
    }

    /// `auction` on resource `j`: one uniform-price sealed-bid auction of
    /// `C_j` among every agent's spot bid `(Q^s_ij, v_ij)` and ahead bid
    /// `(q_ij, v^a_ij)`, reserve `p̄` (``UniformPriceAuction``); the clearing
    /// price is the step's price.
    @inlinable
    func _allocateByAuction(_ p: ResourceEconomyParameters, resource j: Int) {
        let n = p.agents, m = p.resources
        let spot = _row(.spotOrder), ahead = _row(.aheadOrder), spotLimit = _row(.spotLimit), aheadLimit = _row(.aheadLimit)
        let spotFill = _row(.spotFill), aheadFill = _row(.aheadFill)
        let quantities = _column(0), limits = _column(1)
        for i in 0..<n {
            let k = i * m + j
            quantities[2 * i] = spot[k]
            limits[2 * i] = spotLimit[k]
            quantities[2 * i + 1] = ahead[k]
            limits[2 * i + 1] = aheadLimit[k]
        }
        let clearing = UniformPriceAuction.clear(
            capacity: _row(.capacity)[j], quantities: UnsafeBufferPointer(start: quantities, count: 2 * n),
            limits: UnsafeBufferPointer(start: limits, count: 2 * n), reserve: V(repeating: p.basePrice))
        for i in 0..<n {
            let k = i * m + j
            spotFill[k] = UniformPriceAuction.filled(
                quantity: spot[k], limit: spotLimit[k], price: clearing.price, marginalShare: clearing.marginalShare)
            aheadFill[k] = UniformPriceAuction.filled(
                quantity: ahead[k], limit: aheadLimit[k], price: clearing.price, marginalShare: clearing.marginalShare)
        }
        _row(.price)[j] = clearing.price
    }
}
