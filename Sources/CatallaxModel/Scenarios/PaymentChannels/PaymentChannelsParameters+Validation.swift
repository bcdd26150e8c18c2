import CatallaxNumerics

extension PaymentChannelsParameters {
    /// Checks what single domains cannot (`docs/PaymentChannels.md`,
    /// "Parameters"):
    ///
    /// ```
    /// d < N                          a node has at most N − 1 channels
    /// regular: N·d even              every half-edge is paired
    /// ba:      d even                d/2 channels per new node
    /// merchants: k_m ≤ N − 1         someone is left to pay them
    /// ρ > τ                          a refilled side is no longer depleted
    /// N·(W₀ + d·c̄·e^{4σ_c}) ≤ 2⁵²    sums of money stay exact in Double
    /// ```
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming the keys.
    public func validate() throws(ParameterError) {
        try topology.checkShape(nodes: nodes, degree: degree, calling: "channels")
        if pattern == .merchants && merchants > nodes - 1 {
            throw .inconsistent(keys: ["merchants", "nodes"], reason: "at most nodes − 1 = \(nodes - 1) merchants, so someone pays them; merchants is \(merchants)")
        }
        if !(refill > threshold) {
            throw .inconsistent(keys: ["refill", "threshold"], reason: "a refill to \(refill)·c would leave the side depleted (below threshold·c = \(threshold)·c); refill must exceed threshold")
        }
        let money = Double(nodes) * (Double(wallet) + Double(degree) * Double(capacity) * LaneMath.exp(4 * capacitySpread))
        if !(money <= 0x1p52) {
            throw .inconsistent(
                keys: ["nodes", "wallet", "capacity", "capacity_spread"],
                reason: "the network's money, about nodes·(wallet + degree·capacity·e^{4·capacity_spread}) = \(money), must stay below 2⁵² to add exactly")
        }
    }
}
