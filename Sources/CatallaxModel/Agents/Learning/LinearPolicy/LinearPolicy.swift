import CatallaxNumerics

/// A linear Gaussian policy shared by `L` learners, trained online: the
/// whole group's mean actions are one BLAS `dgemm` (`docs/LinearPolicy.md`).
///
/// ```
/// Ā = X·W                      X: L × F features (filled by the caller), W: F × M weights
/// A = Ā + σ·ε                  policy gradient (ε: L × M standard normals)
/// A_i = X_i·(W + σ·E_i)        evolution strategies (E: L × F·M, row i = E_i column-major)
/// ```
///
/// Every matrix is allocated once, at `init`; a step overwrites them in
/// place, so stepping allocates nothing. The caller fills ``features`` and
/// ``noise`` each step (its own draws), calls ``formActions(_:exploration:)``,
/// later fills ``rewards`` and calls ``learn(_:learningRate:exploration:)``,
/// and ``advance()`` before the next step's features.
public struct LinearPolicy: Sendable {
    /// `L`, `F`, `M`.
    public let learners: Int
    public let featureCount: Int
    public let actionCount: Int
    /// `W`, `F × M`; starts at zero.
    public internal(set) var weights: Matrix
    /// `X` of the current step, `L × F`.
    public var features: Matrix
    /// `X⁻`, the features of the previous step's actions.
    public internal(set) var previousFeatures: Matrix
    /// This step's exploration draws: `ε` (`L × M`) or `E` (`L × F·M`).
    public var noise: Matrix
    /// The previous step's draws.
    public internal(set) var previousNoise: Matrix
    /// The actions `A` of the current step, `L × M`.
    public internal(set) var actions: Matrix
    /// The rewards `r` of the previous step's actions, `L × 1`.
    public var rewards: Matrix
    /// The policy-gradient baseline `b` (running mean of the mean reward).
    public internal(set) var baseline = 0.0
    /// Updates made so far (`k`).
    public internal(set) var updates = 0
    /// `G = (r − b) ⊙ ε⁻` (`L × M`), or the paired rewards (`L × 1`) for ES.
    @usableFromInline var _advantage: Matrix
    /// `E⁻ᵀ·r` (`F·M × 1`), evolution strategies' step before it is added to `W`.
    @usableFromInline var _weightStep: Matrix

    /// A policy with zero weights and every buffer sized.
    ///
    /// - Parameters:
    ///   - learners: `L ≥ 0`.
    ///   - features: `F ≥ 1`.
    ///   - actions: `M ≥ 1`.
    ///   - learner: The training rule, which sizes the noise.
    /// - Complexity: O(L·F·M) memory for evolution strategies, O(L·(F + M)) else.
    public init(learners: Int, features: Int, actions: Int, learner: LinearPolicyLearner) {
        self.learners = learners
        featureCount = features
        actionCount = actions
        let noiseColumns = learner.noiseCount(features: features, actions: actions)
        weights = Matrix(rows: features, columns: actions, repeating: 0)
        self.features = Matrix(rows: learners, columns: features, repeating: 0)
        previousFeatures = Matrix(rows: learners, columns: features, repeating: 0)
        noise = Matrix(rows: learners, columns: noiseColumns, repeating: 0)
        previousNoise = Matrix(rows: learners, columns: noiseColumns, repeating: 0)
        self.actions = Matrix(rows: learners, columns: actions, repeating: 0)
        rewards = Matrix(rows: learners, columns: 1, repeating: 0)
        _advantage = Matrix(rows: learners, columns: learner == .policyGradient ? actions : 1, repeating: 0)
        _weightStep = Matrix(rows: learner == .policyGradient ? 0 : features * actions, columns: 1, repeating: 0)
    }

    /// Back to the start of a run: zero weights and baseline, no updates.
    public mutating func reset() {
        weights.withUnsafeMutableElements { $0.update(repeating: 0) }
        baseline = 0
        updates = 0
    }

    /// Sets the weights (tests and warm starts).
    ///
    /// - Parameter newWeights: An `F × M` matrix.
    public mutating func setWeights(_ newWeights: Matrix) {
        precondition(newWeights.shape == weights.shape, "weights must be \(weights.shape)")
        weights = newWeights
    }

    /// Makes this step's features and noise the previous step's, so the next
    /// step's can be written (an O(1) swap of storage).
    public mutating func advance() {
        swap(&features, &previousFeatures)
        swap(&noise, &previousNoise)
    }

    /// `‖W‖_F = √(Σ W_fj²)`.
    public var weightNorm: Double {
        var sum = 0.0
        for w in weights.elements { sum += w * w }
        return sum.squareRoot()
    }
}
