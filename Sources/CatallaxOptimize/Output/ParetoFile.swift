import CatallaxReduce
import CatallaxReport
import CatallaxSweep
import Foundation

/// `pareto.csv`: the evaluated candidates that meet every constraint and
/// that no other such candidate beats on both objectives at once — the
/// trade-off between the objective and the second objective, with each
/// point's 95% intervals.
///
/// ```
/// a dominates b ⇔ a is no worse than b on both means and better on one
/// front = { feasible c : no feasible c′ dominates c },  sorted by the first objective
/// ```
/// It is the front of what the search evaluated, judged on means: a search
/// led by the first objective samples the front near its optimum most
/// densely; `method = "lhs"` or `"random"` spread it over the space.
public enum ParetoFile {
    /// The file's name in the output folder.
    public static let name = "pareto.csv"

    /// The indices of the front's candidates, best first by the first objective.
    public static func front(_ result: OptimizationResult, spec: OptimizeSpec) -> [Int] {
        guard let second = spec.secondObjective else { return [] }
        let means: [(index: Int, x: Double, y: Double)] = result.candidates.indices.compactMap { i in
            let candidate = result.candidates[i]
            guard spec.judgement(of: candidate) == .feasible, let x = candidate.summary(of: spec.objective).mean,
                  let y = candidate.summary(of: second).mean else { return nil }
            // Oriented so that lower is better on both.
            return (i, spec.order == .ascending ? x : -x, spec.secondOrder == .ascending ? y : -y)
        }
        let front = means.filter { a in
            !means.contains { b in b.x <= a.x && b.y <= a.y && (b.x < a.x || b.y < a.y) }
        }
        return front.sorted { ($0.x, $0.index) < ($1.x, $1.index) }.map(\.index)
    }

    /// The file's text.
    public static func text(_ result: OptimizationResult, spec: OptimizeSpec) -> String {
        guard let second = spec.secondObjective else { return "" }
        let first = spec.objective
        var header = ["candidate", "block", "replicates"]
        for metric in [first, second] { header += ["\(metric.name)_mean", "\(metric.name)_ci_low", "\(metric.name)_ci_high"] }
        header.append("coordinates")
        var text = CSV.line(header)
        for i in front(result, spec: spec) {
            let candidate = result.candidates[i]
            var row = ["\(i)", "\(candidate.block)", "\(candidate.outcomes.count)"]
            for metric in [first, second] {
                let s = candidate.summary(of: metric)
                row += [s.mean, s.ciLow, s.ciHigh].map(CSV.number)
            }
            row.append(candidate.coordinates.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
            text += CSV.line(row)
        }
        return text
    }

    /// Writes the file into `folder` when the spec has a second objective.
    /// - Throws: `SweepError.cannotWrite`.
    public static func write(_ result: OptimizationResult, spec: OptimizeSpec, to folder: URL) throws(SweepError) {
        guard spec.secondObjective != nil else { return }
        try WholeFile.write(Data(text(result, spec: spec).utf8), to: folder.appendingPathComponent(name))
    }
}
