import CatallaxNumerics

/// Pure random search: points drawn independently and uniformly in a box,
/// up to a fixed budget; the baseline any optimizer must beat.
///
/// ```
/// x_k = l + U_k ∘ (u − l),   U_k ~ Uniform(0, 1)ⁿ,   k = 0 … budget − 1
/// U_{k,i} from Philox4x32-10 at counter (k mod 2³², ⌊i/2⌋, ⌊k/2³²⌋, 3) under RunKey(seed, 0, 0)
/// ```
///
/// Point `k` is a pure function of the seed and `k`, so batches of any size
/// give the same sequence.
public struct RandomSearch: SearchMethod, Sendable {
    /// The box sampled.
    public let bounds: BoxBounds
    /// The number of points to evaluate in all.
    public let budget: Int
    /// Points per ``ask()`` (the last batch may be smaller).
    public let batchSize: Int
    /// Points evaluated so far.
    public internal(set) var evaluations = 0
    /// The best point evaluated so far.
    public internal(set) var incumbent: Incumbent?
    /// The Philox key.
    internal let _key: SIMD2<UInt32>
    /// The batch asked and not yet told.
    internal var _pending: [[Double]]?

    /// A random search of `budget` points in `bounds`.
    ///
    /// - Parameters:
    ///   - bounds: The box.
    ///   - budget: The number of points, `≥ 0`.
    ///   - batchSize: Points per batch, `≥ 1`; default 100.
    ///   - seed: The seed.
    public init(bounds: BoxBounds, budget: Int, batchSize: Int = 100, seed: UInt64) {
        precondition(budget >= 0 && batchSize >= 1, "RandomSearch needs budget ≥ 0 and batchSize ≥ 1.")
        self.bounds = bounds
        self.budget = budget
        self.batchSize = batchSize
        _key = RunKey(seed: seed, point: 0, replicate: 0).words
    }

    /// Whether the budget is spent.
    public var isFinished: Bool { evaluations >= budget }

    /// The next `min(batchSize, budget − evaluations)` points.
    /// - Complexity: O(batchSize · n).
    public mutating func ask() -> [[Double]] {
        if let pending = _pending { return pending }
        let batch = (evaluations..<min(budget, evaluations + batchSize)).map { k in
            bounds.point(atFractions: (0..<bounds.dimensions).map { i in
                let w = Philox4x32.block(counter: SIMD4(UInt32(truncatingIfNeeded: k), UInt32(truncatingIfNeeded: i / 2),
                                                        UInt32(truncatingIfNeeded: k >> 32), 3), key: _key)
                return i % 2 == 0 ? Philox4x32.unitInterval(hi: w[0], lo: w[1]) : Philox4x32.unitInterval(hi: w[2], lo: w[3])
            })
        }
        _pending = batch
        return batch
    }

    /// Takes the values of the batch last asked.
    /// - Parameter values: One per point, in order.
    public mutating func tell(_ values: [Double]) {
        guard let pending = _pending else { preconditionFailure("RandomSearch.tell: no batch asked.") }
        precondition(values.count == pending.count, "RandomSearch.tell: \(values.count) values for \(pending.count) points.")
        incumbent._improve(with: pending, values: values, firstEvaluation: evaluations + 1)
        evaluations += pending.count
        _pending = nil
    }
}
