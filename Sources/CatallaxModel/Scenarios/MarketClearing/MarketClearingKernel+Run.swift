import CatallaxNumerics

extension MarketClearingKernel: ScenarioKernel {
    /// Runs one batch: `runCount` replicates of the point `parameters`, one
    /// per lane, keyed by `keys`, from `t = 0` to the end.
    ///
    /// A run is a pure function of its parameters and its key: lanes never
    /// mix, so a run gives the same result whatever lane width or batch it
    /// runs in.
    /// - Parameters:
    ///   - parameters: the point, already validated.
    ///   - keys: the Philox key of every lane.
    ///   - runCount: how many lanes are real runs (the rest are discarded).
    ///   - observer: sees the state before the first step (`t = −1`), after
    ///     every step (with `price = P_t`) and `P_T` at the end.
    /// - Returns: the outcome of each real run, in lane order, metrics in
    ///   ``MarketClearingMetric/allCases`` order.
    /// - Complexity: O(p_act·N·T) decisions per lane, plus the books' work
    ///   (a tick range per clearing window).
    @inlinable
    public func run<Observer: StepObserver<V>>(
        _ parameters: MarketClearingParameters, keys: LaneKeys<V>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        _reserveCapacity(for: parameters)
        let p = parameters
        let n = p.agents
        _agents = n
        let laneCount = V.scalarCount
        for i in 0..<n {
            _balance[i] = V(repeating: p.initialBalance)
            _holdings[i] = V(repeating: Double(p.initialUnits))
            _committedCash[i] = V()
            _committedUnits[i] = V()
        }
        // A call always ends a run, so the aggregates are already empty.
        for lane in 0..<laneCount { _pendingCount[lane] = 0 }
        _callLowest = V(repeating: .infinity)
        _callHighest = V(repeating: -.infinity)
        _callBuyTotal = V()
        _callSellTotal = V()
        _drawBeliefs(p, keys: keys)

        let rule = _ClearingRule(p)
        let totalUnits = V(repeating: Double(n) * Double(p.initialUnits))
        // validate() guarantees the rate and scale the adjustment accepts.
        let adjustment = try! Tatonnement(rate: p.adjustmentRate, adjustment: p.priceAdjustment)
        var lastTick = Array(repeating: p.initialTick, count: laneCount)
        var price = V(repeating: Double(p.initialTick) * p.tickSize)
        if p.mechanism == .tatonnement { price = V(repeating: p.initialPrice) }
        var tally = _ClearingTally<V>()
        var tracker = LanePriceTracker<V>(shockStep: Int.max)
        let ringCount = p.lag + 1
        observer.stepEnded(-1, _state(price: price, p))

        for t in 0..<p.steps {
            tracker.record(price, atStep: t)
            tally.flagInvalid(price: price, atStep: t)
            _priceRing[t % ringCount] = price
            // m = ln(P_t / P_{t−L}), zero while t < L.
            let momentum = t >= p.lag ? LaneMath.log(price / _priceRing[(t - p.lag) % ringCount]) : V()
            let positions = _decide(step: t, price: price, momentum: momentum, rule: rule, keys: keys)
            var next = price
            switch p.mechanism {
            case .continuous:
                _clearContinuous(lastTick: &lastTick, tally: &tally, tickSize: p.tickSize)
                for lane in 0..<laneCount { next[lane] = Double(lastTick[lane]) * p.tickSize }
            case .call:
                let clears = (t + 1) % p.callInterval == 0 || t == p.steps - 1
                _clearCall(clears: clears, lastTick: &lastTick, tally: &tally, tickSize: p.tickSize)
                for lane in 0..<laneCount { next[lane] = Double(lastTick[lane]) * p.tickSize }
            case .tatonnement:
                next = _clearTatonnement(positions: positions, price: price, adjustment: adjustment,
                                         totalUnits: totalUnits, tickSize: p.tickSize, tally: &tally)
            }
            observer.stepEnded(t, _state(price: price, p))
            price = next
        }
        tracker.record(price, atStep: p.steps)
        tally.flagInvalid(price: price, atStep: p.steps)
        observer.runEnded(finalPrice: price)
        return _outcomes(p, tally: tally, tracker: tracker, runCount: runCount)
    }


    @inlinable
    func _state(price: V, _ p: MarketClearingParameters) -> MarketClearingState<V> {
        MarketClearingState(price: price, accounts: AgentAccounts(agents: _agents, balance: _balance, holdings: _holdings),
                            startingCash: Double(p.agents) * p.initialBalance,
                            startingUnits: Double(p.agents) * Double(p.initialUnits), wholeUnits: p.mechanism.hasBook)
    }

    /// Draws every fundamentalist's belief `V_i = V₀·exp(σ_V·z_i)`, `z_i`
    /// the Box–Muller cosine deviate of the block at `(0, i, belief, 0)`.
    @inlinable
    func _drawBeliefs(_ p: MarketClearingParameters, keys: LaneKeys<V>) {
        _drawFundamentalistBeliefs(into: _beliefs, center: p.effectiveFundamentalValue, spread: p.beliefSpread,
                                   firstAgent: p.noiseTraders + p.momentumTraders, count: p.fundamentalists, keys: keys)
    }
}
