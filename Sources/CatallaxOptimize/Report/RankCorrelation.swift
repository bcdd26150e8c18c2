/// Spearman's rank correlation: how monotone one quantity is in another,
/// whatever the shape of the relation.
///
/// ```
/// ρ(x, y) = Pearson correlation of (rank(xᵢ), rank(yᵢ)),   ranks 1 … n, tied values sharing their average rank
/// ```
/// `ρ ∈ [−1, 1]`: `±1` when `y` rises (falls) with `x` at every pair. It is
/// NaN for fewer than three pairs or when either side is constant (a
/// correlation of nothing). Ties get average ranks, so Pearson's formula on
/// the ranks stays exact (the `1 − 6Σd²/(n(n²−1))` shortcut is not, with ties).
/// See Spearman (1904), "The proof and measurement of association between two things".
enum RankCorrelation {
    /// Spearman's `ρ` of the pairs `(x[i], y[i])`.
    /// - Complexity: O(n log n).
    static func spearman(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count, "one y per x")
        guard x.count >= 3 else { return .nan }
        let (u, v) = (ranks(x), ranks(y))
        let n = Double(u.count)
        let (mu, mv) = (u.reduce(0, +) / n, v.reduce(0, +) / n)
        var (suv, suu, svv) = (0.0, 0.0, 0.0)
        for (a, b) in zip(u, v) {
            suv += (a - mu) * (b - mv)
            suu += (a - mu) * (a - mu)
            svv += (b - mv) * (b - mv)
        }
        guard suu > 0, svv > 0 else { return .nan }
        return suv / (suu * svv).squareRoot()
    }

    /// The ranks of `values`, 1 for the smallest; tied values get the mean of the ranks they span.
    /// - Complexity: O(n log n).
    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
        var ranks = Array(repeating: 0.0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            // Positions start … end (0-based) hold ranks start + 1 … end + 1; their mean is shared.
            let shared = Double(start + end) / 2 + 1
            for k in start...end { ranks[order[k]] = shared }
            start = end + 1
        }
        return ranks
    }
}
