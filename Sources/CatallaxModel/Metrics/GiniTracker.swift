/// The Gini coefficient of holdings sampled over a run
/// (`docs/GiniTracker.md`): each sample copies the holdings into
/// a scratch buffer sized once, sorts it and applies
/// ``PriceMetrics/giniOfSorted(_:)``:
///
/// ```
/// G = Σ_i (2i − N − 1)·x_(i) / (N·Σ x_i),   x_(1) ≤ … ≤ x_(N)
///   = Σ_i Σ_j |x_i − x_j| / (2N²·x̄)
/// gini_mean = mean of the samples,  gini_final = the last sample
/// ```
/// - Complexity: O(N log N) per sample; no allocation once the scratch has grown.
public struct GiniTracker: Sendable, Equatable {
    var _scratch: [Double] = []
    /// The samples' sum and count.
    public private(set) var sum = 0.0, samples = 0
    /// The last sample (NaN before the first, or when the holdings sum to 0).
    public private(set) var last = Double.nan

    /// An empty tracker.
    public init() {}

    /// Forgets every sample, keeping the scratch.
    public mutating func reset() {
        sum = 0
        samples = 0
        last = .nan
    }

    /// Samples the Gini of `holdings` (non-negative); a zero total is not sampled.
    /// - Returns: the sample.
    @discardableResult
    public mutating func sample(_ holdings: [Double]) -> Double {
        _scratch.removeAll(keepingCapacity: true)
        _scratch.append(contentsOf: holdings)
        _scratch.sort()
        let g = PriceMetrics.giniOfSorted(_scratch)
        last = g
        if g.isFinite {
            sum += g
            samples += 1
        }
        return g
    }

    /// The mean of the samples (NaN before the first).
    public var mean: Double { samples > 0 ? sum / Double(samples) : .nan }
}
