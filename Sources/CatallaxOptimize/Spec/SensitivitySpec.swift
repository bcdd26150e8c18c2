import CatallaxModel
import CatallaxSweep

/// A global sensitivity analysis of a scenario's metrics over the ranges of
/// a search file's blocks (`docs/SensitivityCommand.md`): the blocks' bounds
/// are the ranges, the `[sensitivity]` table sets the designs' sizes.
///
/// ```toml
/// replicates = 4                    # runs per design row, on common random numbers; the row's output is their mean
/// [sensitivity]
/// base_samples = 1024               # N, a power of two: the Saltelli design has N(k + 2) rows
/// trajectories = 20                 # r: the Morris design has r(k + 1) rows
/// levels = 4                        # p, even: the Morris grid
/// resamples = 1000                  # B: bootstrap resamples of the Sobol′ indices
/// level = 0.95                      # the intervals' confidence level
/// metrics = ["volatility"]          # default: every metric the scenario reports at every block
/// ```
///
/// Each block is analysed on its own, with `k` its bounded parameters
/// (`1 ≤ k ≤ SaltelliDesign.maximumParameterCount`). Budget per block:
/// ```
/// runs = (N(k + 2) + r(k + 1)) · replicates
/// ```
public struct SensitivitySpec: Sendable {
    /// The spec's ranges (blocks), replicates and seed, read as a search file.
    public var spaces: SweepSpec
    /// `N`, the Saltelli design's base rows (a power of two).
    public var baseSamples: Int
    /// `r`, the Morris trajectories (≥ 2).
    public var trajectories: Int
    /// `p`, the Morris grid's levels (even, ≥ 2).
    public var levels: Int
    /// `B`, the bootstrap resamples of the Sobol′ indices.
    public var resamples: Int
    /// The bootstrap intervals' confidence level, in `(0, 1)`.
    public var level: Double
    /// The metrics analysed, in the scenario's order.
    public var metrics: [Metric]

    /// Runs per design row (the file's `replicates`).
    public var replicates: Int { spaces.replicates }

    /// The keys the `[sensitivity]` table may hold.
    static let keys = ["base_samples", "trajectories", "levels", "resamples", "level", "metrics"]
}
