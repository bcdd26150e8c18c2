import CatallaxNumerics

extension CurveVolatilityKernel {
    /// Runs one batch: `runCount` replicates of the point `parameters`, one per
    /// lane, keyed by `keys`, from `t = 0` to the end.
    ///
    /// A run is a pure function of its parameters and its key: lanes never
    /// mix, so a run gives the same result whatever lane width or batch it
    /// runs in.
    /// - Parameters:
    ///   - parameters: the point, already validated.
    ///   - curve: the point's bonding curve (the concrete type, so the step
    ///     loop specializes for it).
    ///   - keys: the Philox key of every lane.
    ///   - runCount: how many lanes are real runs (the rest are discarded).
    ///   - observer: sees the state after every step.
    /// - Returns: the outcome of each real run, in lane order.
    /// - Complexity: O(N·T) per lane, with work proportional to the active
    ///   agents, about `p_act·N·T`.
    @inlinable
    public func run<Curve: BondingCurve, Observer: StepObserver<V>>(
        _ parameters: CurveVolatilityParameters,
        curve: Curve,
        keys: LaneKeys<V>,
        runCount: Int,
        observer: inout Observer
    ) -> [RunOutcome] {
        _reserveCapacity(for: parameters)
        _agents = parameters.agents
        let p = parameters
        let n = p.agents
        let shockTokens = p.shock * p.initialSupply
        let shockStep = p.shock > 0 ? p.effectiveShockStep : Int.max
        let startHoldings = (p.initialSupply - shockTokens) / Double(n)
        _drawBeliefs(p, curve: curve, keys: keys)
        typealias Records = _AgentRecords<V>
        let firstFundamentalist = p.noiseTraders + p.momentumTraders
        for lane in 0..<V.scalarCount {
            for i in 0...n {
                let record = _records.base + Records.offset(lane: lane, agent: i, rows: _rows)
                // The scratch row: idle lanes decide on zeros and place no order.
                record[Records.balance] = i < n ? p.initialBalance : 0
                record[Records.holdings] = i < n ? startHoldings : 0
                let isFundamentalist = i >= firstFundamentalist && i < n
                record[Records.inverseBelief] = isFundamentalist ? 1 / _beliefs[i - firstFundamentalist][lane] : 1
            }
        }

        var market = _LaneMarket<V>(supply: V(repeating: p.initialSupply))
        var tracker = LanePriceTracker<V>(shockStep: shockStep)
        let rule = _OrderRule(p)
        let ringCount = p.lag + 1
        let startingCurrency = Double(n) * p.initialBalance + curve.reserve(atSupply: p.initialSupply)
        observer.stepEnded(-1, _state(market, price: curve.price(atSupply: market.supply), unsold: shockTokens, curve: curve,
                                      startingCurrency: startingCurrency, initialSupply: p.initialSupply))

        for t in 0..<p.steps {
            let price = curve.price(atSupply: market.supply)
            tracker.record(price, atStep: t)
            market.flagInvalid(price: price, supply: market.supply)
            _priceRing[t % ringCount] = price
            // m = ln(P_t / P_{t−L}), zero while t < L.
            let momentum = t >= p.lag ? LaneMath.log(price / _priceRing[(t - p.lag) % ringCount]) : V()
            // The price as orders move it; decisions keep reading P_t.
            var current = price
            if t == shockStep {
                market.sellShock(V(repeating: shockTokens), curve: curve, feeRate: p.feeRate, price: &current)
            }
            _executeOrders(step: t, price: price, currentPrice: current, momentum: momentum, rule: rule,
                           curve: curve, keys: keys, market: &market)
            observer.stepEnded(t, _state(market, price: price, unsold: t >= shockStep ? 0 : shockTokens, curve: curve,
                                         startingCurrency: startingCurrency, initialSupply: p.initialSupply))
        }
        let finalPrice = curve.price(atSupply: market.supply)
        tracker.record(finalPrice, atStep: p.steps)
        observer.runEnded(finalPrice: finalPrice)
        market.flagInvalid(price: finalPrice, supply: market.supply)
        return _outcomes(p, curve: curve, market: market, tracker: tracker, runCount: runCount)
    }


    @inlinable
    func _state<Curve: BondingCurve>(
        _ market: _LaneMarket<V>, price: V, unsold: Double, curve: Curve, startingCurrency: Double, initialSupply: Double
    ) -> CurveVolatilityState<V, Curve> {
        CurveVolatilityState(price: price, market: market, unsoldShockTokens: unsold,
                             accounts: AgentAccounts(agents: _agents, balance: _records.base + _AgentRecords<V>.balance,
                                                     holdings: _records.base + _AgentRecords<V>.holdings,
                                                     agentStride: _AgentRecords<V>.fields,
                                                     laneStride: _rows * _AgentRecords<V>.fields),
                             curve: curve, startingCurrency: startingCurrency, initialSupply: initialSupply)
    }

    /// Draws every fundamentalist's belief `V_i = V₀·exp(σ_V·z_i)` with
    /// `V₀ = f(S_init)` and `z_i` standard normal from the block at counter
    /// `(0, i, belief, 0)`.
    @inlinable
    func _drawBeliefs<Curve: BondingCurve>(_ p: CurveVolatilityParameters, curve: Curve, keys: LaneKeys<V>) {
        _drawFundamentalistBeliefs(into: _beliefs, center: curve.price(atSupply: p.initialSupply), spread: p.beliefSpread,
                                   firstAgent: p.noiseTraders + p.momentumTraders, count: p.fundamentalists, keys: keys)
    }
}
