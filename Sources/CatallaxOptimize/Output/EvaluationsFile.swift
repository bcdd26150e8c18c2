import CatallaxReduce
import CatallaxSweep
import Foundation

/// `evaluations.csv`: one row per candidate the search proposed, in order —
/// where it is, how many replicates it got, its objective with the mean's
/// 95% interval, each constraint's statistic, its judgement, and why a
/// refused point was refused. Failures are counted in the statistics,
/// never dropped.
public enum EvaluationsFile {
    /// The file's name in the output folder.
    public static let name = "evaluations.csv"

    /// The file's text.
    public static func text(_ result: OptimizationResult, spec: OptimizeSpec) -> String {
        var keys: [String] = []
        for candidate in result.candidates {
            for (key, _) in candidate.coordinates where !keys.contains(key) { keys.append(key) }
        }
        let objective = spec.objective.name
        let constraintColumns = spec.constraints.map { "\($0.metric.name)_\($0.statistic.rawValue)" }
        var header = ["candidate", "block", "generation"] + keys
        // The optimized statistic gets its own column unless it is the mean, which is always there.
        let ownStatistic = spec.statistic != .mean
        header += ["replicates", "failures"] + (ownStatistic ? ["\(objective)_\(spec.statistic.rawValue)"] : [])
        header += ["\(objective)_mean", "\(objective)_ci_low", "\(objective)_ci_high"]
        let quantities = spec.designConstraints.map(\.quantity)
        header += constraintColumns + quantities + ["judgement", "refusal"]
        var lines = [header.joined(separator: ",")]
        for candidate in result.candidates {
            let coordinates = Dictionary(candidate.coordinates, uniquingKeysWith: { a, _ in a })
            let summary = candidate.summary(of: spec.objective)
            var row = ["\(candidate.index)", "\(candidate.block)", "\(candidate.generation)"] + keys.map { coordinates[$0] ?? "" }
            row += ["\(candidate.outcomes.count)", "\(summary.failures)"] + (ownStatistic ? [number(spec.statistic.value(in: summary))] : [])
            row += [number(summary.mean), number(summary.ciLow), number(summary.ciHigh)]
            row += spec.constraints.map { number($0.statistic.value(in: candidate.summary(of: $0.metric))) }
            row += spec.designConstraints.map { constraint in number(candidate.parameters.map(constraint.value(at:))) }
            row += [candidate.parameters == nil ? "refused" : spec.judgement(of: candidate).rawValue,
                    quoted(candidate.refusal ?? "")]
            lines.append(row.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the file into `folder`, whole or not at all.
    /// - Throws: `SweepError.cannotWrite` naming the file and the reason.
    public static func write(_ result: OptimizationResult, spec: OptimizeSpec, to folder: URL) throws(SweepError) {
        try WholeFile.write(Data(text(result, spec: spec).utf8), to: folder.appendingPathComponent(name))
    }

    static func number(_ x: Double?) -> String { x.map { "\($0)" } ?? "" }

    /// A CSV field: quoted, with quotes doubled, when it holds a comma, quote or newline.
    static func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
