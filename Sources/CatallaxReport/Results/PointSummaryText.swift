import CatallaxModel
import CatallaxReduce
import Foundation

/// What `catallax run` prints for one point: the point, each metric's
/// statistics over the replicates, the failures and the throughput, as a
/// table for people or as JSON for tools.
///
/// ```
/// <scenario>: <point's summary line>
/// <R> replicates, seed <s>
/// metric  mean  sd  95% CI low  95% CI high  failures
/// …
/// replicate <r> failed: <reason>            (at most 10 lines)
/// <agent-steps> agent-steps in <t> s: <rate> agent-steps/s on <threads> threads, lane width <w>
/// ```
public struct PointSummaryText: Sendable {
    /// The point's statistics.
    public var summary: PointSummary
    /// The seed the replicates were drawn with.
    public var seed: UInt64
    /// Worker threads that ran them.
    public var threads: Int
    /// Replicates per kernel call.
    public var laneWidth: Int

    /// Failed replicates listed one by one; the rest are counted.
    static let listedFailures = 10

    /// The text of `summary`, run with `seed` on `threads` threads at `laneWidth`.
    public init(summary: PointSummary, seed: UInt64, threads: Int, laneWidth: Int) {
        self.summary = summary
        self.seed = seed
        self.threads = threads
        self.laneWidth = laneWidth
    }

    /// The table for people: means, standard deviations and 95% intervals to
    /// 4 significant digits (`–` where a metric has too few values).
    /// - Complexity: O(M + failures) for M metrics.
    public func table() -> String {
        var table = TextTable(header: ["metric", "mean", "sd", "95% CI low", "95% CI high", "failures"])
        for (metric, s) in zip(summary.metrics, summary.summaries) {
            let cells = [s.mean, s.standardDeviation, s.ciLow, s.ciHigh].map { $0.map { NumberFormat.significant($0, digits: 4) } ?? "–" }
            table.rows.append([metric.name] + cells + ["\(s.failures)"])
        }
        let parameters = summary.parameters
        let failures = summary.failures
        var lines = [
            "\(parameters.scenario.name): \(parameters.summaryLine)",
            "\(summary.outcomes.count) replicates, seed \(seed)",
            table.rendered,
        ]
        for (replicate, reason) in failures.prefix(Self.listedFailures) {
            lines.append("replicate \(replicate) failed: \(reason)")
        }
        if failures.count > Self.listedFailures {
            lines.append("… and \(failures.count - Self.listedFailures) more failed replicates")
        }
        lines.append("\(NumberFormat.significant(summary.agentSteps)) agent-steps in \(String(format: "%.3f", summary.seconds)) s: "
                     + "\(NumberFormat.significant(summary.agentStepsPerSecond)) agent-steps/s on \(threads) threads, lane width \(laneWidth)")
        return lines.joined(separator: "\n")
    }

    /// The JSON for tools (pretty-printed, keys sorted): scenario, every
    /// parameter by key, replicates, seed, threads, lane width, wall seconds,
    /// throughput, each metric's full ``MetricSummary`` and every failure.
    /// - Throws: the encoder's error (not expected: every value is encodable).
    public func json() throws -> String {
        let parameters = summary.parameters
        let document = Document(
            scenario: parameters.scenario.name, parameters: parameters.keyedValues, replicates: summary.outcomes.count,
            seed: seed, threads: threads, laneWidth: laneWidth, wallSeconds: summary.seconds,
            agentStepsPerSecond: summary.agentStepsPerSecond,
            metrics: zip(summary.metrics, summary.summaries).map { Document.Metric(name: $0.name, summary: $1) },
            failures: summary.failures.map { Document.Failure(replicate: $0.replicate, reason: $0.reason) })
        return String(decoding: try JSONEncoder.results.encode(document), as: UTF8.self)
    }

    /// The JSON document's shape.
    struct Document: Encodable {
        struct Metric: Encodable {
            var name: String
            var summary: MetricSummary
        }
        struct Failure: Encodable {
            var replicate: Int
            var reason: String
        }
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
}
