import CatallaxNumerics

extension MultiAssetKernel: ScenarioKernel {
    /// Runs one batch: `runCount` replicates of the point `parameters`, one
    /// per lane, keyed by `keys`: the opening, then `T` steps.
    ///
    /// ```
    /// opening:  beliefs V_ij = V₀·exp(σ_V·z_ij);  A·P_0 = r_0;  H_i ← h*_i(P_0)
    /// step t:   active agents' beliefs move;  A·P_{t+1} = r_{t+1};  H_i ← h*_i(P_{t+1})
    /// observer: stepEnded(−1) after the opening, stepEnded(t) after step t
    ///           (price = asset 0's P_t), runEnded(asset 0's P_T)
    /// ```
    ///
    /// A run is a pure function of its parameters and key: lanes never mix
    /// and each lane's solve is its own LAPACK call on the batch's shared
    /// factorization, so a run gives the same result bit for bit whatever
    /// lane width or lane position it runs in. A failed check (condition,
    /// residual, non-positive price, conservation) becomes the run's
    /// failure reason; its metrics are kept.
    /// - Parameters:
    ///   - parameters: The point, already validated.
    ///   - keys: The Philox key of every lane.
    ///   - runCount: How many lanes are real runs, `1…V.scalarCount`.
    ///   - observer: Sees the state after the opening and every step.
    /// - Returns: The outcome of each real run, in lane order, values in
    ///   ``MultiAssetMetric/allCases`` order.
    /// - Complexity: O(T·N·M) per lane, plus O(T·M²) per lane for the solves
    ///   and the return co-moments and O(M³) per batch.
    @inlinable
    public func run<Observer: StepObserver<V>>(
        _ parameters: MultiAssetParameters, keys: LaneKeys<V>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        precondition((1...V.scalarCount).contains(runCount), "a batch holds 1…\(V.scalarCount) runs")
        let p = parameters
        _reserveCapacity(for: p)
        _start(p, runCount: runCount)
        _drawStartingBeliefs(p, keys: keys)
        var volume = V(), worstResidual = V()

        // Opening: P_0 and the first positions (no volume counted).
        _aggregateBeliefs(p)
        _clear(p, step: -1, worstResidual: &worstResidual, runCount: runCount)
        let prices = _row(.prices), next = _row(.nextPrices), opening = _row(.openingPrices)
        for j in 0..<p.assets {
            prices[j] = next[j]
            opening[j] = next[j]
            _row(.peaks)[j] = next[j]
        }
        var unused = V()
        _trade(p, volume: &unused)
        _checkConservation(p, step: -1, runCount: runCount)
        observer.stepEnded(-1, _state(price: prices[0], p))
        let learning = _learners > 0
        if learning { _startLearners(p) }

        for t in 0..<p.steps {
            let startPrice = prices[0]
            _moveBeliefs(p, step: t, keys: keys)
            if learning { _act(p, step: t, keys: keys) }
            _aggregateBeliefs(p)
            _clear(p, step: t, worstResidual: &worstResidual, runCount: runCount)
            _recordReturns(count: t + 1)
            if learning { _rewardAndLearn(p, step: t) }
            for j in 0..<p.assets { prices[j] = next[j] }
            _trade(p, volume: &volume)
            _checkConservation(p, step: t, runCount: runCount)
            observer.stepEnded(t, _state(price: startPrice, p))
        }
        observer.runEnded(finalPrice: prices[0])
        return _outcomes(p, volume: volume, worstResidual: worstResidual, runCount: runCount)
    }


    /// The observer's view: asset 0's price and the kernel's holdings.
    @inlinable
    func _state(price: V, _ p: MultiAssetParameters) -> MultiAssetState<V> {
        MultiAssetState(price: price, kernel: self, parameters: p)
    }

    /// Resets the state to the start of a run and factors the clearing
    /// system (once per batch).
    @usableFromInline
    func _start(_ p: MultiAssetParameters, runCount: Int) {
        _assets = p.assets
        _agents = p.agents
        _learners = p.learnerCount
        _failures = [String?](repeating: nil, count: runCount)
        _makerCash = V()
        let m = p.assets
        for i in 0..<p.agents {
            _balance[i] = V(repeating: p.initialBalance)
            _firstHoldings[i] = V()
            for j in 0..<m { _holdings[i * m + j] = V() }
        }
        for index in 0..<(_AssetRow.count * m) { _assetRows[index] = V() }
        for index in 0..<(m * m) { _comoments[index] = V() }
        // Learners hold nothing at the opening: they first act at step 0.
        for index in 0..<(p.learnerCount * m) { _learnerTargets[index] = V() }
        _factorSystem(p, runCount: runCount)
    }

    /// Records `message` as the run's failure unless it already failed
    /// (padding lanes are not runs and never fail).
    @usableFromInline
    func _fail(lane: Int, _ message: @autoclosure () -> String) {
        guard lane < _failures.count, _failures[lane] == nil else { return }
        _failures[lane] = message()
    }
}
