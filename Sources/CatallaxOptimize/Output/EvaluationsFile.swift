import CatallaxReduce
import CatallaxReport
import CatallaxSweep
import Foundation

/// `evaluations.csv`: one row per candidate the search proposed, in order —
/// where it is, the runs the search had spent when it was evaluated, how
/// many replicates it got, its objective with the mean's 95% interval (and
/// the second objective's, when the spec has one), each constraint's
/// statistic, its judgement, and why a refused point was refused. Failures
/// are counted in the statistics, never dropped.
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
        var header = ["candidate", "block", "generation", "cumulative_runs"] + keys
        // The optimized statistic gets its own column unless it is the mean, which is always there.
        let ownStatistic = spec.statistic != .mean
        header += ["replicates", "failures"] + (ownStatistic ? ["\(objective)_\(spec.statistic.rawValue)"] : [])
        let intervals = [spec.objective] + (spec.secondObjective.map { [$0] } ?? [])
        header += intervals.flatMap { ["\($0.name)_mean", "\($0.name)_ci_low", "\($0.name)_ci_high"] }
        let quantities = spec.designConstraints.map(\.quantity)
        header += constraintColumns + quantities + ["judgement", "refusal"]
        var text = CSV.line(header)
        for candidate in result.candidates {
            let coordinates = Dictionary(candidate.coordinates, uniquingKeysWith: { a, _ in a })
            let summary = candidate.summary(of: spec.objective)
            var row = ["\(candidate.index)", "\(candidate.block)", "\(candidate.generation)", "\(candidate.cumulativeRuns)"]
            row += keys.map { coordinates[$0] ?? "" }
            row += ["\(candidate.outcomes.count)", "\(summary.failures)"] + (ownStatistic ? [CSV.number(spec.statistic.value(in: summary))] : [])
            for metric in intervals {
                let s = candidate.summary(of: metric)
                row += [CSV.number(s.mean), CSV.number(s.ciLow), CSV.number(s.ciHigh)]
            }
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
