import CatallaxNumerics

/// A CMA-ES search: one run, or a sequence of runs with IPOP or BIPOP
/// restarts (``CMAESRestarts``), behind the same ask/tell interface.
///
/// ```
/// run r: a fresh CMAES with (λ_r, σ_r, budget_r) from the restart schedule,
///        started at x₀ (unbounded) or uniformly in the box (bounded, r ≥ 1)
/// stop:  target reached, budget spent, or restarts exhausted
/// ```
///
/// The caller sees one stream of batches: when a run stops, the next
/// ``ask()`` starts the next run. Each run draws from its own Philox key
/// `(seed, r)`, so its numbers never depend on how many the earlier runs drew.
public struct CMAESSearch: SearchMethod, Sendable {
    /// The settings, including the restart strategy and the overall budget.
    public let options: CMAESOptions
    /// The first run's start `x₀`.
    public let start: [Double]
    /// The run in progress (or the last one, once finished).
    public internal(set) var run: CMAES
    /// The runs that have stopped, in order.
    public internal(set) var completedRuns: [CMAESRunSummary] = []
    /// The best point over all runs.
    public internal(set) var incumbent: Incumbent?
    /// Points evaluated over all runs.
    public internal(set) var evaluations: Int = 0
    /// Whether the search has ended.
    public internal(set) var isFinished = false
    /// Whether the current run belongs to the large-population regime.
    internal var _runIsLarge = false

    /// A search starting at `start`.
    ///
    /// - Parameters:
    ///   - start: `x₀`, inside the bounds if there are any.
    ///   - options: Step size, population, bounds, restarts, budget, target, tolerances, seed.
    public init(start: [Double], options: CMAESOptions) {
        self.options = options
        self.start = start
        run = CMAES(start: start, stepSize: options.stepSize, population: options.population, options: options,
                    run: 0, evaluationLimit: options.maxEvaluations ?? .max, evaluationOffset: 0)
    }

    /// The next batch: the current run's candidates, or those of the next
    /// run once the current one has stopped; `[]` when the search is over.
    /// - Complexity: that of ``CMAES/ask()``.
    public mutating func ask() -> [[Double]] {
        while !isFinished {
            let batch = run.ask()
            if !batch.isEmpty { return batch }
            _finishRun()
        }
        return []
    }

    /// Passes the values to the current run and records its progress.
    /// - Parameter values: One value per point of the last ``ask()``.
    /// - Complexity: that of ``CMAES/tell(_:)``.
    public mutating func tell(_ values: [Double]) {
        let before = run.evaluations
        run.tell(values)
        evaluations += run.evaluations - before
        if let best = run.incumbent, incumbent.map({ best.value < $0.value }) ?? true { incumbent = best }
        if run.isFinished { _finishRun() }
    }

    /// Records the stopped run and starts the next one, or ends the search:
    /// after the target is reached, the last restart, or when the overall
    /// budget cannot pay for a generation of the next run. (A run stopped by
    /// its own limit, as BIPOP's small runs are, is followed by the next.)
    internal mutating func _finishRun() {
        guard let reason = run.stopReason, !isFinished else { return }
        completedRuns.append(CMAESRunSummary(population: run.parameters.population, isLargePopulation: _runIsLarge, stepSize: run._initialStepSize,
                                             evaluations: run.evaluations, generations: run.generation,
                                             stopReason: reason, incumbent: run.incumbent))
        let remaining = (options.maxEvaluations ?? .max) - evaluations
        guard reason != .targetValue, completedRuns.count <= options.restarts.maximum,
              let next = _nextRun(remaining: remaining) else {
            isFinished = true
            return
        }
        run = next.run
        _runIsLarge = next.isLarge
    }

    /// The next run from the restart schedule, or `nil` if the budget cannot
    /// pay for one generation of it.
    internal func _nextRun(remaining: Int) -> (run: CMAES, isLarge: Bool)? {
        let index = completedRuns.count
        let plan = options.restarts._plan(runIndex: index, history: completedRuns,
                                          basePopulation: completedRuns[0].population,
                                          baseStepSize: options.stepSize, seed: options.seed)
        guard remaining >= plan.population else { return nil }
        let start = options.bounds.map { bounds in
            bounds.point(atFractions: _uniforms(count: bounds.dimensions, run: index))
        } ?? self.start
        let next = CMAES(start: start, stepSize: plan.stepSize, population: plan.population, options: options,
                         run: index, evaluationLimit: min(remaining, plan.evaluationLimit), evaluationOffset: evaluations)
        return (next, plan.isLarge)
    }

    /// `count` uniforms in (0, 1) for run `run`'s start point: Philox blocks
    /// at counter `(0, 0, pair, 2)` under the run's key, two uniforms each.
    internal func _uniforms(count: Int, run: Int) -> [Double] {
        let key = RunKey(seed: options.seed, point: UInt64(run), replicate: 0).words
        return (0..<count).map { i in
            let w = Philox4x32.block(counter: SIMD4(0, 0, UInt32(truncatingIfNeeded: i / 2), 2), key: key)
            return i % 2 == 0 ? Philox4x32.unitInterval(hi: w[0], lo: w[1]) : Philox4x32.unitInterval(hi: w[2], lo: w[3])
        }
    }
}
