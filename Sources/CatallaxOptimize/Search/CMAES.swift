import CatallaxNumerics

/// One run of the covariance matrix adaptation evolution strategy: the
/// state of the search distribution and the ask/tell interface.
///
/// ```
/// x_k = m + σ B D z_k,   z_k ~ N(0, I),   C = B D² Bᵀ,   k = 1…λ
/// ```
///
/// `ask()` returns the λ candidates of the current generation and `tell(_:)`
/// takes their values, ranks them, and updates the mean `m`, the step size
/// `σ`, the evolution paths `p_σ`, `p_c` and the covariance `C` (one
/// generation of docs/CMAES.md). The run stops by itself (``stopReason``);
/// ``CMAESSearch`` adds restarts.
///
/// Deterministic: the deviates `z_k` are a pure function of the seed, the
/// run, the generation, `k` and the coordinate (Philox4x32-10), so the same
/// seed and the same told values give a bit-identical sequence of candidates.
///
/// N. Hansen, "The CMA Evolution Strategy: A Tutorial", arXiv:1604.00772 (2016).
public struct CMAES: SearchMethod, Sendable {
    /// The strategy parameters: `λ`, weights, learning rates.
    public let parameters: CMAESParameters
    /// The mean `m` of the search distribution, in the unbounded genotype
    /// coordinates (equal to the point's own when there are no bounds).
    public internal(set) var mean: [Double]
    /// The step size `σ`.
    public internal(set) var stepSize: Double
    /// The step-size evolution path `p_σ`.
    public internal(set) var stepSizePath: [Double]
    /// The covariance evolution path `p_c`.
    public internal(set) var covariancePath: [Double]
    /// Completed generations `g`.
    public internal(set) var generation: Int
    /// Points evaluated in this run.
    public internal(set) var evaluations: Int
    /// The best point evaluated in this run.
    public internal(set) var incumbent: Incumbent?
    /// Why the run stopped, or `nil` while it goes on.
    public internal(set) var stopReason: CMAESStopReason?

    /// `C`, column-major `n × n`.
    internal var _covariance: [Double]
    /// `B`, the eigenvectors of `C` as columns, column-major `n × n`.
    internal var _eigenvectors: [Double]
    /// `D`, the square roots of `C`'s eigenvalues, ascending.
    internal var _axisLengths: [Double]
    /// `evaluations` when `B` and `D` were last computed.
    internal var _factoredAtEvaluation: Int
    /// The bounds, the initial σ, the target and the tolerances.
    internal let _options: CMAESOptions
    /// The initial step size σ₀ of this run (TolUpSigma compares σ with it).
    internal let _initialStepSize: Double
    /// The Philox key of this run: `RunKey(seed, point: run, replicate: 0)`.
    internal let _key: SIMD2<UInt32>
    /// The most evaluations this run may spend.
    internal let _evaluationLimit: Int
    /// The most generations this run may take.
    internal let _generationLimit: Int
    /// The number of evaluations the search had spent before this run, so
    /// incumbents are numbered over the whole search.
    internal let _evaluationOffset: Int
    /// Per generation, the best and the median value (TolFun, stagnation).
    internal var _bestHistory: [Double] = []
    internal var _medianHistory: [Double] = []
    /// The generation asked and not yet told.
    internal var _pending: _Generation?

    /// The candidates of one generation: the steps `y_k = B D z_k` and the points evaluated.
    internal struct _Generation: Sendable {
        var steps: [[Double]]
        var points: [[Double]]
    }

    /// A single run started at `start` with the settings of `options`
    /// (its `restarts` are ignored; see ``CMAESSearch``).
    ///
    /// ```
    /// m = start (as a genotype, when bounded),  σ = σ₀,  C = I,  p_σ = p_c = 0
    /// ```
    /// - Parameters:
    ///   - start: The initial mean `x₀`, inside the bounds if there are any.
    ///   - options: Step size, population, bounds, budget, target, tolerances and seed.
    public init(start: [Double], options: CMAESOptions) {
        self.init(start: start, stepSize: options.stepSize, population: options.population,
                  options: options, run: 0, evaluationLimit: options.maxEvaluations ?? .max, evaluationOffset: 0)
    }

    /// A run of a restarted search: run number `run` with its own σ₀, λ and budget.
    internal init(start: [Double], stepSize: Double, population: Int?, options: CMAESOptions,
                  run: Int, evaluationLimit: Int, evaluationOffset: Int) {
        precondition(stepSize > 0 && stepSize.isFinite, "CMA-ES needs a finite step size σ₀ > 0, got \(stepSize).")
        precondition(start.allSatisfy(\.isFinite), "CMA-ES needs a finite start, got \(start).")
        if let bounds = options.bounds {
            precondition(bounds.dimensions == start.count, "CMA-ES: a start of \(start.count) coordinates in a box of \(bounds.dimensions).")
        }
        let p = CMAESParameters(dimensions: start.count, population: population)
        let n = p.dimensions
        parameters = p
        mean = options.bounds?.genotype(ofPhenotype: start) ?? start
        self.stepSize = stepSize
        stepSizePath = Array(repeating: 0, count: n)
        covariancePath = Array(repeating: 0, count: n)
        generation = 0
        evaluations = 0
        _covariance = Self._identity(n)
        _eigenvectors = Self._identity(n)
        _axisLengths = Array(repeating: 1, count: n)
        _factoredAtEvaluation = 0
        _options = options
        _initialStepSize = stepSize
        _key = RunKey(seed: options.seed, point: UInt64(run), replicate: 0).words
        _evaluationLimit = evaluationLimit
        let cap = 100 + 150 * Double((n + 3) * (n + 3)) / Double(p.population).squareRoot()
        _generationLimit = Int(cap)
        _evaluationOffset = evaluationOffset
    }


    /// `I`, column-major.
    internal static func _identity(_ n: Int) -> [Double] {
        var m = [Double](repeating: 0, count: n * n)
        for i in 0..<n { m[i + i * n] = 1 }
        return m
    }

    /// Whether the run has stopped.
    public var isFinished: Bool { stopReason != nil }

    /// The covariance matrix `C` (symmetric, positive definite).
    ///
    /// - Complexity: O(n²).
    public var covariance: Matrix {
        let n = parameters.dimensions
        var c = Matrix(rows: n, columns: n, repeating: 0)
        for j in 0..<n { for i in 0..<n { c[i, j] = _covariance[i + j * n] } }
        return c
    }

    /// The mean as a point of the box: `T(m)` with bounds, `m` without.
    public var meanPoint: [Double] {
        _options.bounds?.phenotype(ofGenotype: mean) ?? mean
    }
}
