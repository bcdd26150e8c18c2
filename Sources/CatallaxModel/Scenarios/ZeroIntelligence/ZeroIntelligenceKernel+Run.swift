import CatallaxNumerics

extension ZeroIntelligenceKernel: ScenarioKernel {
    /// Runs one batch: `runCount` replicates of the point `parameters`, one
    /// ``ZeroIntelligenceSession`` per lane keyed by that lane's key, period
    /// by period.
    ///
    /// ```
    /// lane j:  ZeroIntelligenceSession(parameters.design, parameters.traders,
    ///                                  RunKey(words: (key0[j], key1[j]))).run()
    /// observer: stepEnded(−1, p*), stepEnded(t, P_t) for each period t, runEnded(last trade price)
    /// P_t = mean trade price of period t (P_{t−1} when the period has no trade; P_{−1} = p*)
    /// ```
    ///
    /// A run is a pure function of its parameters and key, whatever the lane
    /// width or lane position, and equals running the session directly.
    /// Snapshots carry the traders' cash (`balance`) and units (`holdings`)
    /// at the end of the period, `supply` = all units, and zero treasury and
    /// shock fields, so ``PricePathRecorder`` records `periods + 1` prices:
    /// the period means, then the last trade price.
    ///
    /// Invariants are checked at every period's end: total cash and units
    /// conserved, no negative units, and under ZI-C no negative cash. Within
    /// a period a buyer's cash only falls and a seller's units only fall, so
    /// a holding negative after any order is still negative at the period's
    /// end: the check sees every violation. A violation becomes the run's
    /// failure reason; its metrics are kept.
    /// - Parameters:
    ///   - parameters: The point, already validated.
    ///   - keys: The Philox key of every lane.
    ///   - runCount: How many lanes are real runs, `1…V.scalarCount`.
    ///   - observer: Sees the state after every period.
    /// - Returns: The outcome of each real run, in lane order, values in
    ///   ``ZeroIntelligenceMetric/allCases`` order.
    /// - Complexity: O(periods · (orders + traders)) per run.
    public func run<Observer: StepObserver<V>>(
        _ parameters: ZeroIntelligenceParameters, keys: LaneKeys<V>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        precondition((1...V.scalarCount).contains(runCount), "a batch holds 1…\(V.scalarCount) runs")
        let design = parameters.design
        _prepare(design, strategy: parameters.traders, keys: keys, runCount: runCount)
        let traders = design.traderCount
        let totalCash = design.buyerValues.reduce(0) { $0 + $1.reduce(0, +) }
        let totalUnits = design.sellerCosts.reduce(0) { $0 + $1.count }
        let mid = design._midPrice
        var failures = [String?](repeating: nil, count: runCount)
        var squaredProfitDeviation = V()
        var price = V(repeating: mid)
        var lastTrade = V(repeating: mid)
        _gatherHoldings(runCount: runCount)
        observer.stepEnded(-1, _state(price, totalCash: totalCash, totalUnits: totalUnits, traders: traders, strategy: parameters.traders))
        for period in 0..<design.periods {
            for lane in 0..<runCount {
                let first = _sessions[lane].prices.count
                _sessions.withUnsafeMutableBufferPointer { sessions in
                    for _ in 0..<design.ordersPerPeriod { sessions[lane].advance() }
                }
                let prices = _sessions[lane].prices
                if prices.count > first {
                    price[lane] = Double(prices[first...].reduce(0, +)) / Double(prices.count - first)
                    lastTrade[lane] = Double(prices[prices.count - 1])
                }
                let (violation, deviation) = _closePeriod(lane: lane, design: design, totalCash: totalCash, totalUnits: totalUnits)
                squaredProfitDeviation[lane] += deviation
                if failures[lane] == nil, let violation { failures[lane] = "\(violation) in period \(period)" }
            }
            _padLanes(runCount: runCount, traders: traders, &price)
            observer.stepEnded(period, _state(price, totalCash: totalCash, totalUnits: totalUnits, traders: traders, strategy: parameters.traders))
        }
        _padLanes(runCount: runCount, traders: 0, &lastTrade)
        observer.runEnded(finalPrice: lastTrade)
        return (0..<runCount).map { lane in
            let cells = Double(design.periods * traders)
            return RunOutcome(
                values: Self._metrics(_sessions[lane], midPrice: mid, profitDispersion: (squaredProfitDeviation[lane] / cells).squareRoot()),
                failure: failures[lane])
        }
    }


    /// The observer's view: `price` and every trader's cash and units.
    func _state(_ price: V, totalCash: Int, totalUnits: Int, traders: Int, strategy: ZeroIntelligenceStrategy) -> ZeroIntelligenceState<V> {
        ZeroIntelligenceState(price: price, accounts: AgentAccounts(agents: traders, balance: _cash, holdings: _units),
                              totalCash: totalCash, totalUnits: totalUnits, budgetConstrained: strategy == .budgetConstrained)
    }

    /// Copies every real lane's holdings into the buffers (padding lanes
    /// repeat the last real lane).
    func _gatherHoldings(runCount: Int) {
        for lane in 0..<runCount {
            for trader in 0..<_sessions[lane].traderCount {
                _cash[trader][lane] = Double(_sessions[lane].cash(ofTrader: trader))
                _units[trader][lane] = Double(_sessions[lane].units(ofTrader: trader))
            }
        }
        var unused = V()
        _padLanes(runCount: runCount, traders: _sessions[0].traderCount, &unused)
    }

    /// Gives the padding lanes `runCount…` the last real lane's price and
    /// the first `traders` traders' holdings.
    func _padLanes(runCount: Int, traders: Int, _ price: inout V) {
        for lane in runCount..<V.scalarCount {
            price[lane] = price[runCount - 1]
            for trader in 0..<traders {
                _cash[trader][lane] = _cash[trader][runCount - 1]
                _units[trader][lane] = _units[trader][runCount - 1]
            }
        }
    }

    /// Gathers one lane's holdings at the end of a period, checks the
    /// invariants and measures the profits' deviation from equilibrium.
    ///
    /// ```
    /// buyer profit  = cash − Σ_{k ≥ units} vₖ   (its cash started at Σ vₖ)
    /// seller profit = cash − Σ_{k < sold} cₖ,   sold = U − units
    /// ```
    /// - Returns: The first invariant violated, if any, and
    ///   `Σᵢ (πᵢ − πᵢ*)²` over the traders.
    func _closePeriod(lane: Int, design: DoubleAuctionDesign, totalCash: Int, totalUnits: Int) -> (String?, Double) {
        let session = _sessions[lane]
        let buyers = design.buyerValues.count
        var cashSum = 0, unitSum = 0, negativeUnits = false, negativeCash = false, deviation = 0.0
        for trader in 0..<design.traderCount {
            let cash = session.cash(ofTrader: trader), units = session.units(ofTrader: trader)
            _cash[trader][lane] = Double(cash)
            _units[trader][lane] = Double(units)
            cashSum += cash
            unitSum += units
            negativeUnits = negativeUnits || units < 0
            negativeCash = negativeCash || cash < 0
            var profit = cash
            if trader < buyers {
                let values = design.buyerValues[trader]
                for k in min(max(0, units), values.count)..<values.count { profit -= values[k] }
            } else {
                let costs = design.sellerCosts[trader - buyers]
                for k in 0..<min(costs.count, max(0, costs.count - units)) { profit -= costs[k] }
            }
            let gap = Double(profit) - _equilibriumProfit[trader]
            deviation += gap * gap
        }
        var violation: String? = nil
        if cashSum != totalCash {
            violation = "cash not conserved (Σ cash = \(cashSum), started at \(totalCash))"
        } else if unitSum != totalUnits {
            violation = "units not conserved (Σ units = \(unitSum), started at \(totalUnits))"
        } else if negativeUnits {
            violation = "a trader's units became negative"
        } else if negativeCash && session.strategy == .budgetConstrained {
            violation = "a ZI-C trader's cash became negative"
        }
        return (violation, deviation)
    }
}
