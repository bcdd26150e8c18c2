import CatallaxNumerics

extension ResourceEconomyKernel: ScenarioKernel {
    /// Runs one batch: `runCount` replicates of the point `parameters`, one
    /// per lane, keyed by `keys`: the agents are drawn, then `T` steps run
    /// as `docs/ResourceEconomy.md` ("One step") lists them:
    ///
    /// ```
    /// 1 needs n_i(t)          2 redeem, expire credits       3 quote P̃_j, forecast F_j
    /// 4 budgets and orders    5 allocate by the rule          6 consume, store credits, up_i
    /// 7 money                 8 capacity C_j(t+1)             9 next quote      10 metrics, observer
    /// ```
    ///
    /// A run is a pure function of its parameters and key: lanes never mix
    /// (the per-lane shuffles, sorts and solves read only their lane), so a
    /// run gives the same result bit for bit whatever lane width or lane
    /// position it runs in.
    /// - Returns: The outcome of each real run, in lane order, values in
    ///   ``ResourceEconomyMetric/allCases`` order.
    /// - Complexity: O(T·N·M) per lane for `posted`, `adjust` and
    ///   `first-come`; ×64 for `kelly-pt` and `auction`, ×K for `kelly-pa`;
    ///   plus O(T·N·M·e) with credits.
    @inlinable
    public func run<Observer: StepObserver<V>>(
        _ parameters: ResourceEconomyParameters, keys: LaneKeys<V>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        precondition((1...V.scalarCount).contains(runCount), "a batch holds 1…\(V.scalarCount) runs")
        let p = parameters
        _recordsFills = Observer.self != NoObservation<V>.self
        _reserveCapacity(for: p)
        _start(p, keys: keys, runCount: runCount)
        var tally = _ResourceTally<V>()
        observer.stepEnded(-1, ResourceEconomyState(kernel: self, parameters: p, price: _row(.price)[0]))
        for t in 0..<p.steps {
            let surge = _surge(p, step: t, keys: keys)
            if p.policy == .oracle && t % p.block == 0 { _planBlock(p, start: t, keys: keys) }
            _computeNeeds(p, step: t, surge: surge, keys: keys)
            _redeemCredits(p, step: t)
            _quote(p, step: t)
            _placeOrders(p, step: t)
            _allocate(p, step: t, keys: keys, tally: &tally)
            if t % p.efficiencyEvery == 0 { _measureEfficiency(p, tally: &tally) }
            _settle(p, step: t, surge: surge, tally: &tally)
            _closeStep(p, step: t, tally: &tally)
            observer.stepEnded(t, ResourceEconomyState(kernel: self, parameters: p, price: _row(.price)[0]))
        }
        observer.runEnded(finalPrice: _row(.nextQuote)[0])
        return _outcomes(p, tally: tally, runCount: runCount)
    }

    /// Records `message` as the run's failure unless it already failed
    /// (padding lanes are not runs and never fail).
    @usableFromInline
    func _fail(lane: Int, _ message: @autoclosure () -> String) {
        guard lane < _failures.count, _failures[lane] == nil else { return }
        _failures[lane] = message()
    }
}

/// The sums a run's metrics are made of, per lane.
@usableFromInline
struct _ResourceTally<V: LaneVector> {
    /// Agent-steps up, per group, over all steps and over surge steps.
    @usableFromInline var upPolicy = V(), upOthers = V()
    @usableFromInline var surgeUpPolicy = V(), surgeUpOthers = V()
    /// Steps with a surge.
    @usableFromInline var surgeSteps = V()
    /// `Σ s_ij` and `Σ n_ij`.
    @usableFromInline var unmet = V(), needed = V()
    /// `Σ X_j(t)` and `Σ G_j(t)`.
    @usableFromInline var allocated = V(), created = V()
    /// `Σ W_tj` and `Σ W*_tj` over the measured steps.
    @usableFromInline var welfare = V(), optimalWelfare = V()
    /// `Σ_t Σ_j P_j(t)`.
    @usableFromInline var prices = V()
    /// `Σ_t Σ_i Σ_j K_ij(t)`.
    @usableFromInline var creditsHeld = V()
    /// Money paid and base cost `p̄·c_ij` of what was consumed, per group.
    @usableFromInline var paidPolicy = V(), paidOthers = V()
    @usableFromInline var baseCostPolicy = V(), baseCostOthers = V()
    /// The largest last-round best-response change.
    @usableFromInline var residual = V()

    @inlinable init() {}
}
