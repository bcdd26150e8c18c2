import CatallaxSweep

/// Latin hypercube search: a Latin hypercube design of exactly `budget`
/// points in a box, evaluated in batches; the space-filling baseline.
///
/// ```
/// u_{k,i} = (π_i(k) + U_{k,i}) / budget,   π_i a random permutation,  U ~ Uniform[0, 1)
/// x_k = l + u_k ∘ (u − l)
/// ```
///
/// Every coordinate's `budget` strata each hold exactly one point, so at
/// equal budget the design covers each axis better than random search. The
/// design is drawn once from SplitMix64 seeded with `seed` (the sweep's
/// `LatinHypercube`, McKay, Beckman & Conover 1979).
public struct LatinHypercubeSearch: SearchMethod, Sendable {
    /// The box sampled.
    public let bounds: BoxBounds
    /// Points per ``ask()`` (the last batch may be smaller).
    public let batchSize: Int
    /// The whole design, `budget` points.
    public let design: [[Double]]
    /// Points evaluated so far.
    public internal(set) var evaluations = 0
    /// The best point evaluated so far.
    public internal(set) var incumbent: Incumbent?
    /// Whether a batch has been asked and not yet told.
    internal var _asked = false

    /// A Latin hypercube search of `budget` points in `bounds`.
    ///
    /// - Parameters:
    ///   - bounds: The box.
    ///   - budget: The number of points, `≥ 0` (the design's size).
    ///   - batchSize: Points per batch, `≥ 1`; default 100.
    ///   - seed: The seed of the design.
    /// - Complexity: O(budget · n).
    public init(bounds: BoxBounds, budget: Int, batchSize: Int = 100, seed: UInt64) {
        precondition(budget >= 0 && batchSize >= 1, "LatinHypercubeSearch needs budget ≥ 0 and batchSize ≥ 1.")
        self.bounds = bounds
        self.batchSize = batchSize
        var rng = SplitMix64(seed: seed)
        design = LatinHypercube.points(count: budget, dimensions: bounds.dimensions, using: &rng)
            .map { bounds.point(atFractions: $0) }
    }

    /// The number of points to evaluate in all.
    public var budget: Int { design.count }

    /// Whether the design has been evaluated.
    public var isFinished: Bool { evaluations >= design.count }

    /// The next `min(batchSize, budget − evaluations)` points of the design.
    public mutating func ask() -> [[Double]] {
        _asked = true
        return Array(design[evaluations..<min(design.count, evaluations + batchSize)])
    }

    /// Takes the values of the batch last asked.
    /// - Parameter values: One per point, in order.
    public mutating func tell(_ values: [Double]) {
        precondition(_asked, "LatinHypercubeSearch.tell: no batch asked.")
        let batch = Array(design[evaluations..<min(design.count, evaluations + batchSize)])
        precondition(values.count == batch.count, "LatinHypercubeSearch.tell: \(values.count) values for \(batch.count) points.")
        incumbent._improve(with: batch, values: values, firstEvaluation: evaluations + 1)
        evaluations += batch.count
        _asked = false
    }
}
