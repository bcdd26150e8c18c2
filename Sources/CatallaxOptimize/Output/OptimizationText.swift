import CatallaxReduce
import Foundation

/// What `catallax optimize` prints at the end: the winner, its objective on
/// fresh streams beside the search's own estimate, its constraints, how it
/// was selected, and what the search spent.
public struct OptimizationText {
    /// The result.
    public var result: OptimizationResult
    /// The spec.
    public var spec: OptimizeSpec
    /// Wall-clock seconds of the whole search.
    public var seconds: Double

    /// Creates the text's source.
    public init(result: OptimizationResult, spec: OptimizeSpec, seconds: Double) {
        self.result = result
        self.spec = spec
        self.seconds = seconds
    }

    /// The text.
    public func text() -> String {
        let refused = result.candidates.filter { $0.parameters == nil }.count
        var lines = ["search \(spec.spaces.name) (\(spec.method.rawValue)): \(result.candidates.count) candidates (\(refused) refused), \(result.runs) runs, \(String(format: "%.1f", seconds)) s"]
        // The search's own cost: everything but the runs (proposing, summarizing, racing, selecting, writing the journal).
        if seconds > 0 && result.simulationSeconds > 0 {
            lines.append(String(format: "  search overhead: %.1f%% of the time (%.2f s in simulation)",
                                100 * max(0, seconds - result.simulationSeconds) / seconds, result.simulationSeconds))
        }
        guard let winner = result.winner, let measured = result.remeasured else {
            lines.append("no candidate met the constraints; see evaluations.csv for how far each missed")
            return lines.joined(separator: "\n")
        }
        let candidate = result.candidates[winner]
        lines.append("best: candidate \(winner) of block \(candidate.block): "
                     + candidate.coordinates.map { "\($0.key) = \($0.value)" }.joined(separator: ", "))
        func interval(_ s: MetricSummary) -> String {
            guard let mean = s.mean else { return "no successful replicate" }
            return "\(mean) [\(s.ciLow.map { "\($0)" } ?? "?"), \(s.ciHigh.map { "\($0)" } ?? "?")]"
        }
        let name = spec.objective.name
        lines.append("  \(name) mean on \(measured.replicates) fresh replicates: \(interval(measured.objective))")
        lines.append("  \(name) mean on the search's \(candidate.outcomes.count) replicates: \(interval(candidate.summary(of: spec.objective)))")
        for (constraint, judged) in zip(spec.constraints, measured.constraints) {
            let bound = constraint.side == .atLeast ? "≥" : "≤"
            let value = constraint.statistic.value(in: judged.summary).map { "\($0)" } ?? "none"
            lines.append("  \(constraint.metric.name) \(constraint.statistic.rawValue) \(bound) \(constraint.bound): \(value), \(judged.judgement.rawValue)")
        }
        for constraint in spec.designConstraints {
            let bound = constraint.side == .atLeast ? "≥" : "≤"
            lines.append("  \(constraint.quantity) \(bound) \(constraint.bound): \(candidate.parameters.map(constraint.value(at:)) ?? .nan)")
        }
        let s = result.selection
        switch s.procedure {
        case "kim-nelson":
            let apcs = s.approximateCorrectSelection.map { String(format: "%.3f", $0) } ?? "?"
            lines.append("  selected by Kim–Nelson among \(result.finalists.count) finalists (δ = \(s.indifferenceZone), P(correct) ≥ \(1 - s.errorProbability) outside δ; APCS \(apcs))")
        default:
            lines.append("  the only candidate that met the constraints")
        }
        return lines.joined(separator: "\n")
    }
}
