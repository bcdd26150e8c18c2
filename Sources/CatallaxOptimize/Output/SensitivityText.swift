import Foundation

/// What `catallax sensitivity` prints at the end: per block and metric, a
/// table of the parameters with `S1` and `ST` and their intervals, and
/// Morris's `μ*` and `σ`, most important (largest `ST`) first; then what was
/// spent and any failures behind a NaN.
public enum SensitivityText {
    /// The text for `result` of `spec`, which took `seconds` of wall-clock time.
    /// - Complexity: O(blocks × metrics × k log k).
    public static func text(_ result: SensitivityAnalysisResult, spec: SensitivitySpec, seconds: Double) -> String {
        var lines = ["sensitivity \(spec.spaces.name): \(result.runs) runs (N = \(spec.baseSamples), r = \(spec.trajectories), "
                     + "replicates per row: \(spec.replicates)), \(String(format: "%.1f", seconds)) s; "
                     + "\(Int((spec.level * 100).rounded()))% bootstrap intervals of \(spec.resamples) resamples"]
        let width = max(9, result.blocks.flatMap(\.parameters).map(\.count).max() ?? 0)
        func pad(_ text: String, _ n: Int) -> String { text.count >= n ? text : text + String(repeating: " ", count: n - text.count) }
        func number(_ x: Double) -> String { x.isNaN ? "nan" : String(format: "%.4f", x) }
        func short(_ x: Double) -> String { x.isNaN ? "nan" : String(format: "%.4g", x) }
        for block in result.blocks {
            for indices in block.metrics {
                let place = result.blocks.count > 1 ? "block \(block.block), " : ""
                lines.append("")
                lines.append("\(place)\(indices.metric.name): \(block.saltelliRows) Saltelli rows, \(block.morrisRows) Morris rows")
                if indices.emptyRows > 0 || indices.failedRuns > 0 {
                    lines.append("  \(indices.failedRuns) runs failed; \(indices.emptyRows) rows have no value"
                                 + (indices.emptyRows > 0 ? ", so the indices of their design are nan" : ""))
                }
                lines.append("  " + pad("parameter", width) + "  S1 [interval]              ST [interval]              mu*         sigma")
                let order = block.parameters.indices.sorted { a, b in
                    let x = indices.sobol[a].total.estimate, y = indices.sobol[b].total.estimate
                    return x > y || (!(x < y) && a < b)
                }
                for i in order {
                    let s = indices.sobol[i], e = indices.morris[i]
                    func interval(_ b: BootstrapInterval) -> String {
                        pad("\(number(b.estimate)) [\(number(b.lowerBound)), \(number(b.upperBound))]", 27)
                    }
                    lines.append("  " + pad(block.parameters[i], width) + "  " + interval(s.firstOrder) + interval(s.total)
                                 + pad(short(e.absoluteMean), 12) + short(e.standardDeviation))
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
