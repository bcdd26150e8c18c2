/// A design that places a chosen number of points in the unit hypercube,
/// later mapped onto a block's bounds.
enum SampledDesign: String, CaseIterable, Sendable {
    /// Independent uniform points: `u_{i,j} ~ U[0, 1)`, drawn point by
    /// point, dimension by dimension.
    case random
    /// A Latin hypercube (``LatinHypercube``): one point per stratum per dimension.
    case latinHypercube = "latin-hypercube"
    /// The Sobol′ sequence (``SobolSequence``) from its point 1: the origin
    /// (point 0) is skipped, so the first point is the centre `(½, …, ½)`.
    /// Does not depend on the seed.
    case sobol

    /// `count` points in `[0, 1)^dimensions`, indexed `[point][dimension]`,
    /// the random ones drawn from `rng`.
    /// - Precondition: for `.sobol`, `dimensions ≤ SobolSequence.maximumDimensions`.
    /// - Complexity: O(count · dimensions).
    func unitPoints<G: RandomNumberGenerator>(count: Int, dimensions: Int, using rng: inout G) -> [[Double]] {
        switch self {
        case .random:
            return (0..<count).map { _ in (0..<dimensions).map { _ in _unit(using: &rng) } }
        case .latinHypercube:
            return LatinHypercube.points(count: count, dimensions: dimensions, using: &rng)
        case .sobol:
            guard dimensions > 0 else { return Array(repeating: [], count: count) }
            let sequence = SobolSequence(dimensions: dimensions)
            return (0..<count).map { sequence.point($0 + 1) }
        }
    }
}
