/// The rows at which to evaluate a model for Morris's elementary effects:
/// `r` random trajectories on a `p`-level grid of the unit cube.
///
/// ```
/// grid   {0, 1/(p−1), …, 1},  p even
/// Δ      = p / (2(p − 1))                      (2/3 for p = 4)
/// row 0  x_i = x*_i or x*_i + Δ,  x*_i uniform on {0, …, (p/2 − 1)/(p − 1)}
/// row m  row m − 1 with parameter π(m) moved by ±Δ   (m = 1 … k)
/// ```
/// Rows are laid out trajectory by trajectory: row `t(k + 1) + m` is row `m`
/// of trajectory `t`. Budget: `r(k + 1)` evaluations. With this `Δ` every
/// grid level is equally likely. The caller maps coordinate `i` onto
/// parameter `i`'s range.
///
/// M. D. Morris, "Factorial sampling plans for preliminary computational
/// experiments", Technometrics 33 (1991) 161–174; A. Saltelli et al.,
/// *Global Sensitivity Analysis. The Primer*, Wiley 2008, §3.3. See
/// `docs/Sensitivity.md`.
public struct MorrisDesign: Hashable, Sendable {
    /// `k`, the number of parameters.
    public let parameterCount: Int

    /// `p`, the grid levels per parameter (even).
    public let levelCount: Int

    /// The `r` trajectories.
    let _trajectories: [MorrisTrajectory]

    /// `r` random trajectories for `parameterCount` parameters on a
    /// `levelCount`-level grid. Draws: trajectory by trajectory, each's
    /// base levels, directions and order (see `docs/Sensitivity.md`).
    /// - Parameters:
    ///   - parameterCount: `k ≥ 1`.
    ///   - trajectoryCount: `r ≥ 2` (σ needs two effects per parameter).
    ///   - levelCount: `p`, even and `≥ 2`; 4 by default.
    ///   - rng: the generator; the same state gives the same design.
    /// - Complexity: O(r · k).
    public init<G: RandomNumberGenerator>(
        parameterCount: Int, trajectoryCount: Int, levelCount: Int = 4, using rng: inout G
    ) {
        precondition(parameterCount >= 1, "Morris designs need at least one parameter")
        precondition(trajectoryCount >= 2, "Morris designs need at least 2 trajectories, got \(trajectoryCount)")
        precondition(levelCount >= 2 && levelCount % 2 == 0, "Morris grids need an even number of levels, got \(levelCount)")
        self.parameterCount = parameterCount
        self.levelCount = levelCount
        _trajectories = (0..<trajectoryCount).map { _ in
            MorrisTrajectory(parameterCount: parameterCount, levelCount: levelCount, using: &rng)
        }
    }

    /// `r`, the number of trajectories.
    public var trajectoryCount: Int { _trajectories.count }

    /// The budget, `r(k + 1)` rows.
    public var rowCount: Int { trajectoryCount * (parameterCount + 1) }

    /// `Δ = p / (2(p − 1))`, the step in unit-cube coordinates.
    public var step: Double { Double(levelCount / 2) / Double(levelCount - 1) }

    /// Row `index` of the design, `k` grid coordinates in `[0, 1]`.
    /// - Precondition: `0 ≤ index < rowCount`.
    /// - Complexity: O(k).
    public func row(_ index: Int) -> [Double] {
        precondition((0..<rowCount).contains(index), "Morris row \(index) is outside 0..<\(rowCount)")
        let (t, m) = index.quotientAndRemainder(dividingBy: parameterCount + 1)
        return _trajectories[t]._levels(inRow: m, levelCount: levelCount).map(_coordinate)
    }

    /// All `r(k + 1)` rows, in order.
    /// - Complexity: O(r · k²).
    public func rows() -> [[Double]] {
        (0..<rowCount).map(row)
    }

    /// The unit-cube coordinate of grid level `level`: one division, so
    /// every row lands exactly on the same grid values.
    func _coordinate(_ level: Int) -> Double {
        Double(level) / Double(levelCount - 1)
    }
}
