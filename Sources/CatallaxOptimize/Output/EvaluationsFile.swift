import CatallaxReduce
import CatallaxReport
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
        var text = CSV.line(header)
        for candidate in result.candidates {
            let coordinates = Dictionary(candidate.coordinates, uniquingKeysWith: { a, _ in a })
            let summary = candidate.summary(of: spec.objective)
            var row = ["\(candidate.index)", "\(candidate.block)", "\(candidate.generation)"] + keys.map { coordinates[$0] ?? "" }
            row += ["\(candidate.outcomes.count)", "\(summary.failures)"] + (ownStatistic ? [CSV.number(spec.statistic.value(in: summary))] : [])
            row += [CSV.number(summary.mean), CSV.number(summary.ciLow), CSV.number(summary.ciHigh)]
            row += spec.constraints.map { CSV.number($0.statistic.value(in: candidate.summary(of: $0.metric))) }
            row += spec.designConstraints.map { constraint in CSV.number(candidate.parameters.map(constraint.value(at:))) }
            row += [candidate.parameters == nil ? "refused" : spec.judgement(of: candidate).rawValue, candidate.refusal ?? ""]
            text += CSV.line(row)
        }
        return text
    }

    /// Writes the file into `folder`, whole or not at all.
    /// - Throws: `SweepError.cannotWrite` naming the file and the reason.
    public static func write(_ result: OptimizationResult, spec: OptimizeSpec, to folder: URL) throws(SweepError) {
        try WholeFile.write(Data(text(result, spec: spec).utf8), to: folder.appendingPathComponent(name))
    }
}
