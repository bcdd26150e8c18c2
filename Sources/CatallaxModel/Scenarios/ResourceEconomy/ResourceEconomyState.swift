import CatallaxNumerics

/// The resource economy after a step, as an observer sees it: resource 0's
/// price, and the invariants of `docs/ResourceEconomy.md` over the kernel's
/// wallets, accounts, capacity and credit lots.
public struct ResourceEconomyState<V: LaneVector>: StepState {
    /// Resource 0's `P_0(t)`.
    public let snapshot: StepSnapshot<V>
    @usableFromInline unowned(unsafe) let _kernel: ResourceEconomyKernel<V>
    @usableFromInline let _parameters: ResourceEconomyParameters

    @inlinable
    init(kernel: ResourceEconomyKernel<V>, parameters: ResourceEconomyParameters, price: V) {
        snapshot = StepSnapshot(price: price)
        _kernel = kernel
        _parameters = parameters
    }

    /// Every agent's wallet `B_i`, lane `lane`.
    public func wallets(lane: Int) -> [Double] { (0..<_parameters.agents).map { _kernel._row(.wallet)[$0][lane] } }

    /// The provider's and the outside world's accounts `T`, `E`, lane `lane`.
    public func accounts(lane: Int) -> (provider: Double, outside: Double) { (_kernel._provider[lane], _kernel._outside[lane]) }

    /// Each resource's allocated load `X_j(t)` and capacity `C_j(t)`, lane `lane`.
    public func loads(lane: Int) -> [(allocated: Double, capacity: Double)] {
        (0..<_parameters.resources).map { (_kernel._row(.allocated)[$0][lane], _kernel._row(.capacity)[$0][lane]) }
    }

    /// Every resource's price `P_j(t)`, lane `lane`.
    public func prices(lane: Int) -> [Double] { (0..<_parameters.resources).map { _kernel._row(.price)[$0][lane] } }

    /// Whether agent `i` is dormant (bankrupt), lane `lane`.
    public func isDormant(agent i: Int, lane: Int) -> Bool { _kernel._row(.dormant)[i][lane] == 1 }

    /// The invariants, each to the stated tolerance:
    ///
    /// ```
    /// money:     Σ_i B_i + T + E = Σ_i B_i(0)                 |Δ| ≤ 10⁻⁹·(Σ|B_i| + |T| + |E|)
    /// capacity:  X_j(t) ≤ C_j(t)·(1 + 10⁻¹²)
    /// credits:   Σ K = bought − redeemed − expired − forfeited   (10⁻⁹ relative)
    /// signs:     B_i ≥ 0, K ≥ 0, C_j > 0, P_j > 0, finite;  dormant ⇒ B_i = 0, ΣK_i = 0
    /// ```
    public func violatedInvariant(lane: Int) -> String? {
        let p = _parameters, k = _kernel
        var money = k._provider[lane] + k._outside[lane]
        var scale = abs(k._provider[lane]) + abs(k._outside[lane])
        for i in 0..<p.agents {
            let b = k._row(.wallet)[i][lane]
            if !(b >= 0 && b.isFinite) { return "agent \(i)'s wallet is \(b)" }
            if k._row(.dormant)[i][lane] == 1 && b != 0 { return "dormant agent \(i) holds \(b)" }
            money += b
            scale += b
        }
        let start = k._startingMoney[lane]
        if !(abs(money - start) <= 1e-9 * max(scale, start)) {
            return "money is not conserved: Σ B + T + E = \(money), started at \(start)"
        }
        for j in 0..<p.resources {
            let x = k._row(.allocated)[j][lane], c = k._row(.capacity)[j][lane], price = k._row(.price)[j][lane]
            if !(x <= c * (1 + 1e-12)) { return "resource \(j): allocated \(x) exceeds capacity \(c)" }
            if !(c > 0 && c.isFinite) { return "resource \(j)'s capacity is \(c)" }
            if !(price > 0 && price.isFinite) { return "resource \(j)'s price is \(price)" }
        }
        guard p.keepsCredits else { return nil }
        var held = 0.0
        for i in 0..<p.policyAgents {
            var own = 0.0
            for j in 0..<p.resources {
                let lots = k._lots(agent: i, resource: j)
                for s in 0..<p.expiry {
                    let lot = lots[s][lane]
                    if !(lot >= 0 && lot.isFinite) { return "agent \(i)'s credit lot \(s) on resource \(j) is \(lot)" }
                    own += lot
                }
            }
            if k._row(.dormant)[i][lane] == 1 && own != 0 { return "dormant agent \(i) holds \(own) credits" }
            held += own
        }
        let ledger = k._creditsHeld[lane]
        if !(abs(held - ledger) <= 1e-9 * max(1, k._creditsBought[lane])) {
            return "credits are not conserved: lots hold \(held), the ledger says bought − redeemed − expired − forfeited = \(ledger)"
        }
        return nil
    }
}
