import CatallaxModel
import CatallaxSweep

extension AdaptiveReplicates {
    /// The schedule that meets `precision`, starting every point at
    /// `initial` replicates.
    ///
    /// After a stage of `n` replicates, from the summary of the target
    /// metric over them (the very statistics `points.csv` reports):
    /// ```
    /// h  = (ciHigh − ciLow)/2,   h* = precision.halfWidth.allowed(atMean: mean)
    /// h ≤ h*            → n (enough)
    /// otherwise         → ⌈n·(h/h*)² / n₀⌉·n₀, clamped to [n + n₀, min(4n, max)]
    /// fewer than 2 successful runs (no interval) → min(2n, max)
    /// ```
    /// `n·(h/h*)²` is the size at which the interval would meet the target
    /// if the standard deviation stayed as estimated (`h ∝ 1/√n`); stages
    /// grow by whole multiples of `n₀ = initial`, at least one, and at most
    /// fourfold, so one noisy early estimate cannot spend the whole budget.
    public init(precision: Precision, initial: Int) {
        let maximum = precision.maxReplicates
        self.init(initial: initial, maximum: maximum) { outcomes in
            let n = outcomes.count
            var accumulator = MetricAccumulator()
            for outcome in outcomes {
                if outcome.failure != nil { accumulator.recordFailure() }
                else if let value = outcome[precision.metric] { accumulator.add(value) }
            }
            let summary = accumulator.summary()
            guard let mean = summary.mean, let low = summary.ciLow, let high = summary.ciHigh else {
                return Swift.min(2 * n, maximum)
            }
            let half = (high - low) / 2
            let allowed = precision.halfWidth.allowed(atMean: mean)
            if half <= allowed { return n }
            let ceiling = Swift.min(4 * n, maximum)
            let projected = allowed > 0 ? Double(n) * (half / allowed) * (half / allowed) : .infinity
            guard projected < Double(ceiling) else { return ceiling }
            let stages = (projected / Double(initial)).rounded(.up)
            return Swift.min(Swift.max(Int(stages) * initial, n + initial), ceiling)
        }
    }
}

extension SweepSpec {
    /// How the sweep's points add replicates: `nil` without `[precision]`
    /// (every point runs ``replicates``).
    public var adaptiveReplicates: AdaptiveReplicates? {
        precision.map { AdaptiveReplicates(precision: $0, initial: replicates) }
    }
}
