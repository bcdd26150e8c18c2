import CatallaxModel

/// A sweep's precision target (`[precision]` in a sweep file): instead of a
/// fixed number of replicates, each point keeps adding replicates until the
/// 95% confidence interval of one metric's mean is tight enough, or until it
/// reaches `maxReplicates`.
///
/// ```
/// half-width h(n) = t(0.975, k − 1) · s / √k     (k successful runs of n)
/// met when        h(n) ≤ h*,  h* = ρ·|mean| (relative) or h* = ε (absolute)
/// ```
/// The decisions are taken at stage boundaries only, from the outcomes of
/// replicates `0 ..< n`, which are a pure function of the sweep's seed: so
/// the replicates a point ends with, and every statistic, are the same for
/// any thread count, lane width, batch size, shard split or resume point
/// (see ``AdaptiveReplicates``).
public struct Precision: Sendable, Equatable {
    /// How tight the interval must be.
    public enum HalfWidth: Sendable, Equatable {
        /// `h ≤ ρ·|mean|` (`relative_half_width = ρ`).
        case relative(Double)
        /// `h ≤ ε`, in the metric's units (`half_width = ε`).
        case absolute(Double)

        /// The largest half-width allowed at a point whose mean is `mean`.
        public func allowed(atMean mean: Double) -> Double {
            switch self {
            case .relative(let rho): rho * abs(mean)
            case .absolute(let epsilon): epsilon
            }
        }
    }

    /// The metric whose mean must be precise.
    public let metric: Metric
    /// The target half-width of its 95% confidence interval.
    public let halfWidth: HalfWidth
    /// The most replicates a point may reach (the sweep's `replicates` is the least).
    public let maxReplicates: Int

    /// Creates a precision target.
    public init(metric: Metric, halfWidth: HalfWidth, maxReplicates: Int) {
        self.metric = metric
        self.halfWidth = halfWidth
        self.maxReplicates = maxReplicates
    }

    /// The target as one line of the spec's canonical text and of messages:
    /// `volatility relative_half_width=0.01 max_replicates=1024`.
    public var description: String {
        switch halfWidth {
        case .relative(let rho): "\(metric.name) relative_half_width=\(rho) max_replicates=\(maxReplicates)"
        case .absolute(let epsilon): "\(metric.name) half_width=\(epsilon) max_replicates=\(maxReplicates)"
        }
    }
}
