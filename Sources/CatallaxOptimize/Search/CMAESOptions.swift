/// The settings of a CMA-ES search.
///
/// ```
/// x₀ ± 3σ₀ should span the region expected to hold the optimum
/// λ = population ?? 4 + ⌊3 ln n⌋
/// ```
///
/// With `bounds` the objective only ever sees points of the box (see
/// ``BoxBounds/phenotype(ofGenotype:)``); for a ``SearchSpace`` the box is the
/// unit cube and `stepSize = 0.3` a sound start.
public struct CMAESOptions: Hashable, Sendable {
    /// The initial step size `σ₀ > 0`, in the coordinates' units.
    public var stepSize: Double
    /// The population `λ` of the first run; `nil` for `4 + ⌊3 ln n⌋`.
    public var population: Int?
    /// The box every evaluated point lies in, or `nil` for none.
    public var bounds: BoxBounds?
    /// The restart strategy.
    public var restarts: CMAESRestarts
    /// The most evaluations of the whole search, or `nil` for no limit
    /// (each run still stops at its generation cap). Never exceeded.
    public var maxEvaluations: Int?
    /// Stop as soon as a value `≤ targetValue` is found; `-∞` for never.
    public var targetValue: Double
    /// The convergence thresholds.
    public var tolerances: CMAESTolerances
    /// The seed of every random number of the search.
    public var seed: UInt64

    /// The options; every default is Hansen's or pycma's.
    ///
    /// - Parameters:
    ///   - stepSize: `σ₀ > 0`; default `0.3`, for the unit cube.
    ///   - population: `λ ≥ 2`, or `nil` for the default.
    ///   - bounds: The box, or `nil`.
    ///   - restarts: `.none`, `.ipop(maximum:)` or `.bipop(maximum:)`.
    ///   - maxEvaluations: The budget, or `nil`.
    ///   - targetValue: The value that ends the search, default `-∞`.
    ///   - tolerances: The stopping thresholds.
    ///   - seed: The seed, default `0`.
    public init(stepSize: Double = 0.3, population: Int? = nil, bounds: BoxBounds? = nil,
                restarts: CMAESRestarts = .none, maxEvaluations: Int? = nil,
                targetValue: Double = -.infinity, tolerances: CMAESTolerances = CMAESTolerances(),
                seed: UInt64 = 0) {
        self.stepSize = stepSize
        self.population = population
        self.bounds = bounds
        self.restarts = restarts
        self.maxEvaluations = maxEvaluations
        self.targetValue = targetValue
        self.tolerances = tolerances
        self.seed = seed
    }
}
