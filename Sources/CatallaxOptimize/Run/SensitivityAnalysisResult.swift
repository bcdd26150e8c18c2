import CatallaxModel

/// What a sensitivity analysis found: for each block, each metric's Sobol′
/// indices (with bootstrap intervals) and Morris statistics per parameter,
/// and the failures behind any NaN.
public struct SensitivityAnalysisResult: Sendable {
    /// One entry per block of the spec, in order.
    public var blocks: [BlockIndices]
    /// Runs spent, all blocks.
    public var runs: Int

    /// The indices of one block.
    public struct BlockIndices: Sendable {
        /// The block's index in the spec.
        public var block: Int
        /// Its bounded parameters, in design-coordinate order.
        public var parameters: [String]
        /// Rows of its Saltelli design, `N(k + 2)`.
        public var saltelliRows: Int
        /// Rows of its Morris design, `r(k + 1)`.
        public var morrisRows: Int
        /// One entry per metric of the spec, in order.
        public var metrics: [MetricIndices]
    }

    /// The indices of one metric in one block, one entry per parameter.
    public struct MetricIndices: Sendable {
        /// The metric.
        public var metric: Metric
        /// `S1` and `ST` with their intervals, NaN when a Saltelli row has no value.
        public var sobol: [SobolIndices]
        /// `μ`, `μ*` and `σ`, NaN when a Morris row has no value.
        public var morris: [ElementaryEffects]
        /// Runs that failed, counted in every metric.
        public var failedRuns: Int
        /// Rows with no value of the metric (every run failed): any makes the indices of its design NaN.
        public var emptyRows: Int
    }
}
