import CatallaxSweep

/// The rows at which to evaluate a model to estimate its Sobol′ indices:
/// Saltelli's matrices `A`, `B` and `A_B^(i)` from one Sobol′ sequence in
/// `2k` dimensions.
///
/// With `u_j` point `j` (from 0, the origin included) of the Sobol′ sequence
/// in `2k` dimensions:
/// ```
/// A_j       = (u_{j,1}, …, u_{j,k})
/// B_j       = (u_{j,k+1}, …, u_{j,2k})
/// A_B^(i)_j = A_j with coordinate i replaced by B_{j,i}
/// ```
/// laid out base row by base row, `k + 2` rows each:
/// ```
/// row j(k+2)          A_j
/// row j(k+2) + i      A_B^(i)_j      (i = 1 … k)
/// row j(k+2) + k + 1  B_j
/// ```
/// so that the first `n(k + 2)` rows are the whole design for `n` base rows.
/// Coordinates are in `[0, 1)`; the caller maps coordinate `i` onto
/// parameter `i`'s range. Budget: `N(k + 2)` evaluations.
///
/// `N` should be a power of two: the Sobol′ sequence is balanced only over
/// its first `2^m` points, which is also why the origin is kept (A. B. Owen,
/// "On dropping the first Sobol′ point", MCQMC 2020).
///
/// A. Saltelli, "Making best use of model evaluations to compute sensitivity
/// indices", Comput. Phys. Commun. 145 (2002) 280–297; A. Saltelli et al.,
/// "Variance based sensitivity analysis of model output. Design and
/// estimator for the total sensitivity index", Comput. Phys. Commun. 181
/// (2010) 259–270. See `docs/Sensitivity.md`.
public struct SaltelliDesign: Hashable, Sendable {
    /// The most parameters a design can have: the Sobol′ direction numbers
    /// cover 21 dimensions and the design needs `2k`, so `k ≤ 10`.
    public static let maximumParameterCount = SobolSequence.maximumDimensions / 2

    /// `k`, the number of parameters.
    public let parameterCount: Int

    /// `N`, the number of base rows (rows of `A` and of `B`).
    public let baseCount: Int

    /// A design for `parameterCount` parameters with `baseCount` base rows.
    /// - Parameters:
    ///   - parameterCount: `k`, in `1 … maximumParameterCount`.
    ///   - baseCount: `N ≥ 2`, a power of two for the best balance.
    /// - Precondition: both in range (a spec validates them before this).
    public init(parameterCount: Int, baseCount: Int) {
        precondition(
            (1...Self.maximumParameterCount).contains(parameterCount),
            "Saltelli designs take 1…\(Self.maximumParameterCount) parameters, got \(parameterCount)")
        precondition(baseCount >= 2, "Saltelli designs need at least 2 base rows, got \(baseCount)")
        self.parameterCount = parameterCount
        self.baseCount = baseCount
    }

    /// The budget, `N(k + 2)` rows.
    public var rowCount: Int { baseCount * (parameterCount + 2) }

    /// Row `index` of the design (see the layout above), `k` coordinates in
    /// `[0, 1)`, computed on its own so that shards need not hold the design.
    /// - Precondition: `0 ≤ index < rowCount`.
    /// - Complexity: O(k · log N).
    public func row(_ index: Int) -> [Double] {
        precondition((0..<rowCount).contains(index), "Saltelli row \(index) is outside 0..<\(rowCount)")
        let (base, column) = index.quotientAndRemainder(dividingBy: parameterCount + 2)
        return _row(column: column, of: SobolSequence(dimensions: 2 * parameterCount).point(base))
    }

    /// All `N(k + 2)` rows, in order.
    /// - Complexity: O(N · k²) time and O(N · k²) memory.
    public func rows() -> [[Double]] {
        let sequence = SobolSequence(dimensions: 2 * parameterCount)
        var result: [[Double]] = []
        result.reserveCapacity(rowCount)
        for base in 0..<baseCount {
            let point = sequence.point(base)
            for column in 0..<(parameterCount + 2) {
                result.append(_row(column: column, of: point))
            }
        }
        return result
    }

    /// Column `c` of one base row's block: `A` (c = 0), `A_B^(c)`
    /// (c = 1 … k) or `B` (c = k + 1), from that row's `2k`-dimensional point.
    func _row(column: Int, of point: [Double]) -> [Double] {
        let k = parameterCount
        if column == k + 1 { return Array(point[k...]) }
        var row = Array(point[..<k])
        if column > 0 { row[column - 1] = point[k + column - 1] }
        return row
    }
}
