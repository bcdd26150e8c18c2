import CatallaxNumerics

extension HeterogeneousBeliefsKernel: ScenarioKernel {
    /// Runs one batch: `runCount` replicates of `parameters`, one per lane,
    /// keyed by `keys`: `T` steps of the map of `docs/HeterogeneousBeliefs.md`,
    ///
    /// ```
    /// D_{t−1} = (x_{t−1} − R·x_{t−2})·(g·x_{t−3} + b) + C + η·D_{t−2},   n_t = 1/(1 + e^{−βD_{t−1}})
    /// x_t = ñ_t·(g·x_{t−1} + b)/R + σ_ε·ε_t
    /// ```
    ///
    /// with the tangent map for the Lyapunov exponent (continuum only) and
    /// the metric sums over `t ≥ T₀`.
    /// - Returns: the outcome of each real run, in lane order, values in
    ///   ``HeterogeneousBeliefsMetric/allCases`` order.
    /// - Complexity: O(T·(1 + N/4)) Philox blocks and O(T) vector operations per batch.
    @inlinable
    public func run<Observer: StepObserver<V>>(
        _ parameters: HeterogeneousBeliefsParameters, keys: LaneKeys<V>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        precondition((1...V.scalarCount).contains(runCount), "a batch holds 1…\(V.scalarCount) runs")
        let p = parameters
        let r = p.grossReturn, g = p.trend, b = p.bias, c = p.cost, eta = p.memory, beta = p.beta
        let sigma = p.noise, agents = p.agents, continuum = agents == 0
        var (x1, x2, x3) = Self._start(p.start, keys: keys)
        var fitnessGap = V()
        // The tangent vector (v₁, v₂, v₃, v_D) of the Lyapunov exponent.
        var v1 = V(repeating: 1), v2 = V(), v3 = V(), vD = V()
        var sums = HeterogeneousBeliefsSums<V>()
        let fundamental = V(repeating: p.fundamental)
        observer.stepEnded(-1, HeterogeneousBeliefsState(
            price: fundamental + x1, deviation: x1, logitShare: V(), share: V(), count: V(), forecast: V(), shock: V(),
            fitnessGap: fitnessGap, grossReturn: r, agents: agents, cleared: false))
        for t in 0..<p.steps {
            let lagged = g * x3 + b                 // f_{2,t−1}
            let excess = x1 - r * x2                // ρ_{t−1}
            let gap = excess * lagged + c + eta * fitnessGap
            let n = Self._logistic(gap, beta: beta)
            let count = continuum ? V() : Self._trendFollowers(step: t, agents: agents, share: n, keys: keys)
            let share = continuum ? n : count / Double(agents)
            let forecast = g * x1 + b               // f_{2,t+1}
            let shock = sigma > 0 ? sigma * Self._shock(step: t, keys: keys) : V()
            let x = share * forecast / r + shock
            let measured = t >= p.burnIn
            if continuum {
                let dD = lagged * v1 - r * lagged * v2 + g * excess * v3 + eta * vD
                let dx = n * (g / r) * v1 + forecast / r * beta * n * (1 - n) * dD
                // A tangent can vanish only where n_t rounded to exactly 0 or 1 (its
                // derivative 0); it restarts at (1, 0, 0, 0) and that step adds ln 1.
                let length = (dx * dx + v1 * v1 + v2 * v2 + dD * dD).squareRoot()
                let vanished = length .== 0
                let norm = length.replacing(with: 1, where: vanished)
                (v1, v2, v3, vD) = ((dx / norm).replacing(with: 1, where: vanished), v1 / norm, v2 / norm, dD / norm)
                if measured { sums.logGrowth += LaneMath.log(norm) }
            }
            if measured {
                sums.add(deviation: x, excessReturn: x - r * x1, share: share,
                         fundamentalistProfit: excess * (0 - r * x2) - c, trendProfit: excess * (lagged - r * x2))
            }
            observer.stepEnded(t, HeterogeneousBeliefsState(
                price: fundamental + x, deviation: x, logitShare: n, share: share, count: count, forecast: forecast,
                shock: shock, fitnessGap: gap, grossReturn: r, agents: agents, cleared: true))
            (x1, x2, x3, fitnessGap) = (x, x1, x2, gap)
        }
        observer.runEnded(finalPrice: fundamental + x1)
        let window = Double(p.steps - p.burnIn)
        return (0..<runCount).map { lane in
            let values: [Double?] = [
                sums.returns.populationStandardDeviation[lane],
                sums.absoluteDeviation[lane] / window,
                (sums.highest[lane] - sums.lowest[lane]) / 2,
                sums.share[lane] / window,
                continuum ? sums.logGrowth[lane] / window : nil,
                sums.fundamentalistProfit[lane] / window,
                sums.trendProfit[lane] / window,
                x1[lane].magnitude,
            ]
            let failure = values.contains { $0.map { !$0.isFinite } ?? false } ? "a metric is not finite (the deviation diverged)" : nil
            return RunOutcome(values: values, failure: failure)
        }
    }
}
