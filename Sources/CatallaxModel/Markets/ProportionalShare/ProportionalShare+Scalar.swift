extension ProportionalShare {
    /// Kelly's price-taking equilibrium of one instance: the price, the bids
    /// and the allocations.
    ///
    /// ```
    /// μ* from priceTakingPrice (no fixed bids),   w_i = min(β_i, max(0, A_i − μ*·B_i))
    /// x_i = C·w_i/S,   S = Σ_i w_i
    /// ```
    /// Evaluated through the lane forms with both lanes of a `SIMD2` equal,
    /// so the result is bit for bit what the lane forms give.
    /// - Parameters:
    ///   - capacity: `C > 0`.
    ///   - utilityScales: `A_i ≥ 0`.
    ///   - offsets: `B_i > 0`, one per utility scale.
    ///   - budgets: `β_i ≥ 0`, one per utility scale.
    /// - Returns: `μ*`, `w_i` and `x_i`.
    /// - Complexity: 66 passes over the agents.
    public static func priceTaking(
        capacity: Double, utilityScales: [Double], offsets: [Double], budgets: [Double]
    ) -> (price: Double, bids: [Double], allocations: [Double]) {
        _equilibrium(anticipating: false, capacity: capacity, utilityScales, offsets, budgets)
    }

    /// The price-anticipating Nash equilibrium of one instance, by bisection
    /// on its price: the price, the bids and the allocations.
    ///
    /// ```
    /// μ* from anticipatingPrice (no fixed bids),   w_i = min(β_i, μ*·max(0, C(A_i − μ*B_i)/(A_i + μ*C)))
    /// x_i = C·w_i/S,   S = Σ_i w_i
    /// ```
    /// Evaluated through the lane forms with both lanes of a `SIMD2` equal.
    /// - Parameters:
    ///   - capacity: `C > 0`.
    ///   - utilityScales: `A_i ≥ 0`.
    ///   - offsets: `B_i > 0`, one per utility scale.
    ///   - budgets: `β_i ≥ 0`, one per utility scale.
    /// - Returns: `μ*`, `w_i` and `x_i`.
    /// - Complexity: 66 passes over the agents.
    public static func anticipatingEquilibrium(
        capacity: Double, utilityScales: [Double], offsets: [Double], budgets: [Double]
    ) -> (price: Double, bids: [Double], allocations: [Double]) {
        _equilibrium(anticipating: true, capacity: capacity, utilityScales, offsets, budgets)
    }

    /// Price-anticipating bids of one instance after Gauss–Seidel rounds from
    /// the price-taking bids at a quote.
    ///
    /// ```
    /// start w_i = min(β_i, max(0, A_i − quote·B_i));   rounds of anticipatingBids (no fixed bids)
    /// x_i = C·w_i/S
    /// ```
    /// Evaluated through the lane forms with both lanes of a `SIMD2` equal.
    /// - Parameters:
    ///   - capacity: `C > 0`.
    ///   - utilityScales: `A_i ≥ 0`.
    ///   - offsets: `B_i > 0`, one per utility scale.
    ///   - budgets: `β_i ≥ 0`, one per utility scale.
    ///   - quote: The price `μ ≥ 0` of the starting bids.
    ///   - rounds: Gauss–Seidel rounds, `≥ 0`.
    ///   - minimumBid: The bid against no other bid.
    /// - Returns: `w_i`, `x_i` and the last round's `max_i |Δw_i|/S`.
    /// - Complexity: O(rounds·N).
    public static func anticipating(
        capacity: Double, utilityScales: [Double], offsets: [Double], budgets: [Double], quote: Double, rounds: Int,
        minimumBid: Double = 1e-9
    ) -> (bids: [Double], allocations: [Double], residual: Double) {
        let c = SIMD2(repeating: capacity)
        return _withReplicated(utilityScales, offsets, budgets) { a, b, β in
            var bids = a.indices.map {
                priceTakingBid(price: SIMD2(repeating: quote), utilityScale: a[$0], offset: b[$0], budget: β[$0])
            }
            let residual = bids.withUnsafeMutableBufferPointer {
                anticipatingBids(
                    bids: $0, fixedBids: .zero, capacity: c, utilityScales: a, offsets: b, budgets: β,
                    minimumBid: SIMD2(repeating: minimumBid), rounds: rounds
                ).residual
            }
            return (bids.map { $0[0] }, _allocations(bids, capacity: c), residual[0])
        }
    }

    /// The price, bids and allocations of either equilibrium, through `SIMD2`.
    internal static func _equilibrium(
        anticipating: Bool, capacity: Double, _ utilityScales: [Double], _ offsets: [Double], _ budgets: [Double]
    ) -> (price: Double, bids: [Double], allocations: [Double]) {
        let c = SIMD2(repeating: capacity)
        return _withReplicated(utilityScales, offsets, budgets) { a, b, β in
            let price = _bisectedPrice(
                anticipating: anticipating, capacity: c, utilityScales: a, offsets: b, budgets: β, fixedBids: .zero)
            let bids = a.indices.map {
                anticipating
                    ? anticipatingBid(price: price, capacity: c, utilityScale: a[$0], offset: b[$0], budget: β[$0])
                    : priceTakingBid(price: price, utilityScale: a[$0], offset: b[$0], budget: β[$0])
            }
            return (price[0], bids.map { $0[0] }, _allocations(bids, capacity: c))
        }
    }

    /// Runs `body` on the agents' parameters, each replicated into both
    /// lanes of a `SIMD2`.
    internal static func _withReplicated<R>(
        _ utilityScales: [Double], _ offsets: [Double], _ budgets: [Double],
        _ body: (UnsafeBufferPointer<SIMD2<Double>>, UnsafeBufferPointer<SIMD2<Double>>,
            UnsafeBufferPointer<SIMD2<Double>>) -> R
    ) -> R {
        precondition(
            utilityScales.count == offsets.count && utilityScales.count == budgets.count,
            "ProportionalShare needs one offset and one budget per utility scale.")
        let a = _replicated(utilityScales)
        let b = _replicated(offsets)
        let β = _replicated(budgets)
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in β.withUnsafeBufferPointer { β in body(a, b, β) } }
        }
    }

    /// `x_i = C·w_i/S` of replicated bids (no fixed bids), first lane.
    internal static func _allocations(_ bids: [SIMD2<Double>], capacity: SIMD2<Double>) -> [Double] {
        let total = bids.withUnsafeBufferPointer { Self.total(bids: $0, fixedBids: .zero) }
        return bids.map { allocation(bid: $0, total: total, capacity: capacity)[0] }
    }
}
