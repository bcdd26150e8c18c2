import CatallaxNumerics

#if canImport(Glibc)
import Glibc
#endif

extension CMAESRestarts {
    /// The population, initial step size and evaluation limit of one run.
    internal struct _RunPlan: Hashable {
        var population: Int
        var stepSize: Double
        var evaluationLimit: Int
        /// Whether the run belongs to the large-population regime (IPOP's restarts, BIPOP's large runs).
        var isLarge: Bool
    }

    /// The plan of run `runIndex ≥ 1` given the runs before it.
    ///
    /// ```
    /// ipop:  λ = λ₀ 2^r,  σ = σ₀
    /// bipop: L = large runs so far, S = Σ evaluations of small runs (run 0 included),
    ///        B = Σ evaluations of large runs
    ///        S < max(1, B):  small, λ = max(λ₀, ⌊λ₀ 2^{L U₁²}⌋), σ = σ₀ 10^{−2U₂}, limit ⌊B/2⌋
    ///        otherwise:      large, λ = λ₀ 2^{L+1}, σ = σ₀
    /// ```
    /// `U₁, U₂` come from the Philox block at counter `(0, 0, 0, 1)` under the
    /// run's key, so the plan is a pure function of the seed and the history.
    internal func _plan(runIndex: Int, history: [CMAESRunSummary], basePopulation: Int,
                        baseStepSize: Double, seed: UInt64) -> _RunPlan {
        switch self {
        case .none:
            return _RunPlan(population: basePopulation, stepSize: baseStepSize, evaluationLimit: .max, isLarge: false)
        case .ipop:
            return _RunPlan(population: basePopulation << min(runIndex, 40), stepSize: baseStepSize, evaluationLimit: .max, isLarge: true)
        case .bipop:
            // Run 0 has the default λ₀ and counts as small (pycma's accounting).
            let large = history.filter(\.isLargePopulation)
            let largeEvaluations = large.reduce(0) { $0 + $1.evaluations }
            let allEvaluations = history.reduce(0) { $0 + $1.evaluations }
            let smallEvaluations = allEvaluations - largeEvaluations
            if smallEvaluations < max(1, largeEvaluations) {
                let key = RunKey(seed: seed, point: UInt64(runIndex), replicate: 0).words
                let w = Philox4x32.block(counter: SIMD4(0, 0, 0, 1), key: key)
                let u1 = Philox4x32.unitInterval(hi: w[0], lo: w[1])
                let u2 = Philox4x32.unitInterval(hi: w[2], lo: w[3])
                let population = max(basePopulation, Int(Double(basePopulation) * pow(2, Double(large.count) * u1 * u1)))
                return _RunPlan(population: population, stepSize: baseStepSize * pow(10, -2 * u2),
                                evaluationLimit: largeEvaluations / 2, isLarge: false)
            }
            return _RunPlan(population: basePopulation << min(large.count + 1, 40), stepSize: baseStepSize, evaluationLimit: .max, isLarge: true)
        }
    }
}
