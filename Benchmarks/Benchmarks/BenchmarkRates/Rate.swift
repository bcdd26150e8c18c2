import Benchmark

/// Work done per second of wall-clock time, recorded as a custom benchmark
/// metric so that results read in the engine's own units (agent-steps per
/// second, values per second, runs reduced per second).
///
/// ```
/// rate = work / t        t: the wall-clock seconds of one timed pass
/// ```
///
/// Benchmark's built-in `throughput` counts whole iterations per second as an
/// integer: an iteration of 50 ms reads as 20 ± 1, a 5% quantization step. A
/// rate measured around the work itself keeps every significant digit, and
/// its polarity (`prefersLarger`) makes a fall show as a regression.
public struct Rate: Sendable {
    /// The unit printed in the results table, e.g. `agent-steps/s`.
    public let unit: String

    /// The largest fall of the better quartile, in percent, before a
    /// comparison reports a regression.
    public let tolerance: Double

    /// A rate in `unit` whose better quartile may fall by `tolerance` percent.
    public init(_ unit: String, tolerance: Double) {
        self.unit = unit
        self.tolerance = tolerance
    }

    /// The custom metric the rate is recorded as.
    public var metric: BenchmarkMetric {
        .custom(unit, polarity: .prefersLarger, useScalingFactor: false)
    }

    /// A configuration recording this rate and the wall clock of each pass,
    /// both checked against `tolerance` at the better quartile (the library's
    /// `p25`, which for a rate is its 75th percentile).
    ///
    /// The work of a pass is deterministic, so every slow pass is one the
    /// scheduler interrupted: on a shared machine the median moves with the
    /// other processes' load, the better quartile much less.
    /// - Parameters:
    ///   - maxDuration: how long the benchmark runs at most (the suite has to fit in minutes).
    ///   - maxIterations: how many timed passes it makes at most.
    ///   - warmupIterations: untimed passes first (caches, page faults, thread start).
    public func configuration(
        maxDuration: Duration, maxIterations: Int = 2_000, warmupIterations: Int = 1
    ) -> Benchmark.Configuration {
        let betterQuartile = BenchmarkThresholds(relative: [.p25: tolerance])
        return .init(
            metrics: [metric, .wallClock],
            warmupIterations: warmupIterations,
            maxDuration: maxDuration,
            maxIterations: maxIterations,
            thresholds: [metric: betterQuartile, .wallClock: betterQuartile]
        )
    }
}

extension Benchmark {
    /// Times `body`, which does `work` units of work, and records
    /// `work / seconds` as `rate`.
    /// - Parameters:
    ///   - rate: the metric to record.
    ///   - work: units of work `body` does (agent-steps, values, runs).
    ///   - body: the work; its result is kept alive with `blackHole`.
    @inline(__always)
    public func measure<Result>(_ rate: Rate, work: Double, _ body: () throws -> Result) rethrows {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        let elapsed = clock.now - start
        _keepAlive(result)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        if seconds > 0 { measurement(rate.metric, Int((work / seconds).rounded())) }
    }
}

/// The library's `blackHole`, which `Benchmark`'s static member of the same
/// name hides inside its extensions.
@inline(__always)
func _keepAlive<T>(_ value: T) {
    blackHole(value)
}
