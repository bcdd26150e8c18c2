import CatallaxModel
import CatallaxSweep

/// A global sensitivity analysis run end to end (`docs/SensitivityCommand.md`):
/// for each block of the spec, the Saltelli and Morris designs' rows are
/// mapped onto the block's bounds, every row runs replicates
/// `0 ..< replicates` on common random numbers (all rows in a few parallel
/// plans), a row's output for a metric is the mean of its replicates, and
/// the estimators of `docs/Sensitivity.md` turn the outputs into Sobol′
/// indices with bootstrap intervals and Morris elementary-effect statistics.
///
/// ```
/// row n ↦ u_n ∈ [0, 1)^k ↦ point(u_n)      (block's bounds, even or geometric, whole rounded; anchor solved)
/// y_n(metric) = (1/R_n) Σ_{r ok} metric(run(point(u_n), seed, r))    R_n = runs that report it
/// ```
///
/// Everything is a pure function of the spec: the designs from the seed,
/// outcomes from `(seed, replicate)`, the bootstrap from a seed per
/// (block, metric), so results are bit-identical across threads and lane
/// widths.
public struct SensitivityAnalysis: Sendable {
    /// The spec.
    public let spec: SensitivitySpec
    /// Runs the rows on the spec's streams.
    public let evaluator: CandidateEvaluator

    /// Prepares an analysis of `spec` on `threads` cores.
    public init(spec: SensitivitySpec, threads: Int, laneWidth: LaneWidth = .standard) {
        self.spec = spec
        evaluator = CandidateEvaluator(seed: spec.spaces.seed, threads: threads, laneWidth: laneWidth)
    }

    /// How far the runs are, for a progress line.
    public struct Progress: Sendable {
        /// The block being analysed.
        public var block: Int
        /// Rows evaluated so far, and the block's rows (Saltelli then Morris).
        public var rows: Int, totalRows: Int
        /// Runs so far over all blocks.
        public var runs: Int
    }

    /// Runs every block's designs and computes the indices.
    /// - Parameter progress: called after each slice of rows.
    /// - Returns: the indices of every block × parameter × metric.
    /// - Throws: ``SpecError/inconsistent(file:keyPath:value:allowed:)``
    ///   naming `block[i].bounds` when a row of a design is not a valid
    ///   point: the estimators need every row, so nothing is run then.
    /// - Complexity: the runs' cost, `(N(k + 2) + r(k + 1)) · R` per block,
    ///   plus `O(B · N · k)` per metric for the bootstrap.
    public func run(progress: (Progress) -> Void = { _ in }) throws(SpecError) -> SensitivityAnalysisResult {
        // Every row of every block is checked before the first run: a refused row stops the analysis at once.
        var points: [[ScenarioParameters]] = []
        for block in spec.spaces.points.indices { points.append(try rowPoints(ofBlock: block)) }
        var runs = 0
        var blocks: [SensitivityAnalysisResult.BlockIndices] = []
        for (block, rows) in points.enumerated() {
            let outputs = evaluate(rows, block: block, runsBefore: runs, progress: progress)
            runs += rows.count * spec.replicates
            blocks.append(indices(ofBlock: block, outputs: outputs))
        }
        return SensitivityAnalysisResult(blocks: blocks, runs: runs)
    }
}
