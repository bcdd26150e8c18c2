import CatallaxModel
import CatallaxReduce
import CatallaxReport
import Foundation

/// What `catallax run` shows: the point, each metric's statistics over the
/// replicates, the failures and the throughput.
struct PointResult {
    var scenario: String
    var parameters: ScenarioParameters
    var seed: UInt64
    var outcomes: [RunOutcome]
    var threads: Int
    var laneWidth: Int
    var seconds: Double

    var metrics: [Metric] { parameters.reportedMetrics }

    /// Per metric: the statistics over successful runs; failed runs are
    /// counted as failures of every metric.
    var summaries: [MetricSummary] {
        metrics.map { metric in
            var accumulator = MetricAccumulator()
            for outcome in outcomes {
                if outcome.failure != nil { accumulator.recordFailure() }
                else if let value = outcome[metric] { accumulator.add(value) }
            }
            return accumulator.summary()
        }
    }

    var agentStepsPerSecond: Double { Double(outcomes.count) * parameters.agentSteps / seconds }

    func table() -> String {
        var table = TextTable(header: ["metric", "mean", "sd", "95% CI low", "95% CI high", "failures"])
        for (metric, s) in zip(metrics, summaries) {
            let cells = [s.mean, s.standardDeviation, s.ciLow, s.ciHigh].map { $0.map { NumberFormat.significant($0, digits: 4) } ?? "–" }
            table.rows.append([metric.name] + cells + ["\(s.failures)"])
        }
        let failed = outcomes.enumerated().filter { $0.element.failure != nil }
        var lines = [
            "\(scenario): \(parameters.summaryLine)",
            "\(outcomes.count) replicates, seed \(seed)",
            table.rendered,
        ]
        for (replicate, outcome) in failed.prefix(10) {
            lines.append("replicate \(replicate) failed: \(outcome.failure!)")
        }
        if failed.count > 10 { lines.append("… and \(failed.count - 10) more failed replicates") }
        lines.append("\(NumberFormat.significant(Double(outcomes.count) * parameters.agentSteps)) agent-steps in \(String(format: "%.3f", seconds)) s: \(NumberFormat.significant(agentStepsPerSecond)) agent-steps/s on \(threads) threads, lane width \(laneWidth)")
        return lines.joined(separator: "\n")
    }

    func json() throws -> String {
        struct Metric: Encodable {
            var name: String
            var summary: MetricSummary
        }
        struct Failure: Encodable {
            var replicate: Int
            var reason: String
        }
        struct Document: Encodable {
            var scenario: String
            var parameters: [String: String]
            var replicates: Int
            var seed: UInt64
            var threads: Int
            var laneWidth: Int
            var wallSeconds: Double
            var agentStepsPerSecond: Double
            var metrics: [Metric]
            var failures: [Failure]
        }
        let document = Document(
            scenario: scenario, parameters: parameters.keyedValues, replicates: outcomes.count, seed: seed,
            threads: threads, laneWidth: laneWidth, wallSeconds: seconds, agentStepsPerSecond: agentStepsPerSecond,
            metrics: zip(metrics, summaries).map { Metric(name: $0.name, summary: $1) },
            failures: outcomes.enumerated().compactMap { index, outcome in outcome.failure.map { Failure(replicate: index, reason: $0) } })
        return String(decoding: try JSONEncoder.results.encode(document), as: UTF8.self)
    }
}
