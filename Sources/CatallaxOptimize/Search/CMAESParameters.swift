#if canImport(Glibc)
import Glibc
#endif

/// The strategy parameters of CMA-ES for `n` dimensions and population `λ`,
/// Hansen's defaults (tutorial, Table 1).
///
/// ```
/// μ     = ⌊λ/2⌋
/// wᵢ    = ln((λ+1)/2) − ln i,  i = 1…μ,  normalised to Σ wᵢ = 1
/// μ_eff = 1 / Σ wᵢ²
/// c_σ   = (μ_eff + 2) / (n + μ_eff + 5)
/// d_σ   = 1 + 2 max(0, √((μ_eff − 1)/(n + 1)) − 1) + c_σ
/// c_c   = (4 + μ_eff/n) / (n + 4 + 2μ_eff/n)
/// c_1   = 2 / ((n + 1.3)² + μ_eff)
/// c_μ   = min(1 − c_1, 2(μ_eff − 2 + 1/μ_eff) / ((n + 2)² + μ_eff))
/// E‖N(0, I)‖ ≈ √n (1 − 1/(4n) + 1/(21n²))
/// ```
///
/// N. Hansen, "The CMA Evolution Strategy: A Tutorial", arXiv:1604.00772
/// (2016); only positive weights (no active CMA), see docs/CMAES.md.
public struct CMAESParameters: Hashable, Sendable {
    /// The number of dimensions `n ≥ 1`.
    public let dimensions: Int
    /// The population size `λ ≥ 2`: candidates per generation.
    public let population: Int
    /// The recombination weights `w₁ ≥ … ≥ w_μ > 0` of the `μ` best, summing to 1.
    public let weights: [Double]
    /// The variance effective selection mass `μ_eff = 1/Σ wᵢ²`, `1 ≤ μ_eff ≤ μ`.
    public let effectiveSelectionMass: Double
    /// `c_σ`, the learning rate of the step-size path `p_σ`.
    public let stepSizeLearningRate: Double
    /// `d_σ`, the damping of the step-size update.
    public let stepSizeDamping: Double
    /// `c_c`, the learning rate of the covariance path `p_c`.
    public let pathLearningRate: Double
    /// `c_1`, the learning rate of the rank-one update.
    public let rankOneLearningRate: Double
    /// `c_μ`, the learning rate of the rank-μ update.
    public let rankMuLearningRate: Double
    /// `E‖N(0, I)‖`, the expected length of a standard normal vector.
    public let expectedNorm: Double

    /// The default population for `n` dimensions.
    ///
    /// ```
    /// λ = 4 + ⌊3 ln n⌋
    /// ```
    public static func defaultPopulation(dimensions n: Int) -> Int {
        4 + Int((3 * log(Double(n))).rounded(.down))
    }

    /// The defaults for `dimensions` coordinates and population `population`.
    ///
    /// - Parameters:
    ///   - dimensions: `n ≥ 1`.
    ///   - population: `λ ≥ 2`, or `nil` for ``defaultPopulation(dimensions:)``.
    public init(dimensions: Int, population: Int? = nil) {
        precondition(dimensions >= 1, "CMA-ES needs at least one dimension.")
        let n = Double(dimensions)
        let lambda = population ?? Self.defaultPopulation(dimensions: dimensions)
        precondition(lambda >= 2, "CMA-ES needs a population of at least 2, got \(lambda).")
        self.dimensions = dimensions
        self.population = lambda
        let mu = lambda / 2
        let raw = (1...mu).map { log((Double(lambda) + 1) / 2) - log(Double($0)) }
        let sum = raw.reduce(0, +)
        weights = raw.map { $0 / sum }
        let muEff = 1 / weights.reduce(0) { $0 + $1 * $1 }
        effectiveSelectionMass = muEff
        stepSizeLearningRate = (muEff + 2) / (n + muEff + 5)
        stepSizeDamping = 1 + 2 * max(0, ((muEff - 1) / (n + 1)).squareRoot() - 1) + stepSizeLearningRate
        pathLearningRate = (4 + muEff / n) / (n + 4 + 2 * muEff / n)
        rankOneLearningRate = 2 / ((n + 1.3) * (n + 1.3) + muEff)
        rankMuLearningRate = min(1 - rankOneLearningRate,
                                 2 * (muEff - 2 + 1 / muEff) / ((n + 2) * (n + 2) + muEff))
        expectedNorm = n.squareRoot() * (1 - 1 / (4 * n) + 1 / (21 * n * n))
    }

    /// The number of parents `μ = ⌊λ/2⌋`.
    public var parents: Int { weights.count }

    /// How many evaluations may pass between eigendecompositions of `C`.
    ///
    /// ```
    /// gap = λ / (10 n (c_1 + c_μ))   evaluations,  i.e.  1 / (10 n (c_1 + c_μ)) generations
    /// ```
    /// `C` moves by at most a fraction `c_1 + c_μ` per generation, so a factor
    /// this stale costs little progress while keeping the O(n³) decomposition
    /// at O(n²) per evaluation (tutorial, Appendix C, `purecmaes.m`). For
    /// small n the gap is below one generation and `C` is factored every time.
    public var eigendecompositionGap: Double {
        Double(population) / (10 * Double(dimensions) * (rankOneLearningRate + rankMuLearningRate))
    }
}
