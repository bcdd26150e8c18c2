import CatallaxModel
import CatallaxReduce
import CatallaxSweep
import Foundation
import Synchronization
import Testing
import _CatallaxTestSupport

/// Adaptive replicates: the stages replayed from outcomes alone, the rule
/// reaching the interval width a known standard deviation predicts, and a
/// stopped sweep resuming to the very outcomes of an uninterrupted one.
@Suite struct AdaptiveReplicatesTests {
    /// An outcome whose single metric is `value`.
    static func outcome(_ value: Double) -> RunOutcome { RunOutcome(values: [value], failure: nil) }

    /// A rule that doubles until 32, whatever the values.
    static let doubling = AdaptiveReplicates(initial: 4, maximum: 100) { $0.count < 32 ? 2 * $0.count : $0.count }

    @Test func stagesAreReplayedFromTheOutcomesAlone() {
        let rule = Self.doubling
        #expect(rule.stage { _ in nil } == .init(end: 4, isFinished: false))
        #expect(rule.stage { $0 < 3 ? Self.outcome(1) : nil } == .init(end: 4, isFinished: false))
        #expect(rule.stage { $0 < 4 ? Self.outcome(1) : nil } == .init(end: 8, isFinished: false))
        #expect(rule.stage { $0 < 31 ? Self.outcome(1) : nil } == .init(end: 32, isFinished: false))
        #expect(rule.stage { $0 < 32 ? Self.outcome(1) : nil } == .init(end: 32, isFinished: true))
        // A point at the maximum is finished whatever the rule would want.
        let capped = AdaptiveReplicates(initial: 4, maximum: 6) { _ in 6 }
        #expect(capped.stage { $0 < 6 ? Self.outcome(1) : nil } == .init(end: 6, isFinished: true))
    }

    @Test func aRoundHoldsTheMissingReplicatesOfEachUnfinishedPointOfTheShard() {
        var done: [RunID: RunOutcome] = [:]
        for r in 0..<32 { done[RunID(point: 0, replicate: r)] = Self.outcome(1) }    // finished
        for r in [0, 1, 2, 3, 5] { done[RunID(point: 1, replicate: r)] = Self.outcome(1) }    // in stage 0..<8
        let plan = Self.doubling.nextRound(points: 4, batchSize: 3, shard: .whole, done: done)
        #expect(plan.batches.map(\.point) == [1, 2, 2, 3, 3])
        #expect(plan.batches.map(\.replicates) == [[4, 6, 7], [0, 1, 2], [3], [0, 1, 2], [3]])
        let second = Self.doubling.nextRound(points: 4, batchSize: 8, shard: Shard(index: 1, count: 2), done: done)
        #expect(second.batches.map(\.point) == [1, 3])
        #expect(!Self.doubling.isComplete(points: 4, shard: .whole, outcomes: done))
        #expect(Self.doubling.isComplete(points: 2, shard: Shard(index: 0, count: 2), outcomes: done.filter { $0.key.point == 0 }))
        // A run past the point's last stage makes the set incomplete, not silently larger.
        var extra = done.filter { $0.key.point == 0 }
        extra[RunID(point: 0, replicate: 40)] = Self.outcome(1)
        #expect(!Self.doubling.isComplete(points: 2, shard: Shard(index: 0, count: 2), outcomes: extra))
    }

    /// The test function's value at the origin is its Gaussian noise alone,
    /// `N(0, σ²)`: the interval `±t·σ/√n` meets `±ε` at `n ≈ (1.96·σ/ε)²`.
    static func noiseSweep(sigma: Double, halfWidth: Double, points: Int) throws -> SweepSpec {
        try SweepSpec(parsing: """
            name = "precision-noise"
            scenario = "test-function"
            seed = 11
            replicates = 16
            objective = "value"
            [precision]
            metric = "value"
            half_width = \(halfWidth)
            max_replicates = 4096
            [fixed]
            function = "sphere"
            dimension = 2
            x1 = 0
            x2 = 0
            [[block]]
            [block.axes]
            noise = { from = \(sigma), to = \(sigma * Double(points)), count = \(points) }
            """, file: "precision-noise.toml")
    }

    static func run(_ spec: SweepSpec, folder: URL, threads: Int = 2, resume: Bool = false,
                    stopAfter batches: Int? = nil) throws -> [RunID: RunOutcome] {
        var options = SweepOptions(folder: folder, threads: threads)
        options.batchSize = 8
        options.resume = resume
        let work = SweepSession.Work(points: spec.points.map(\.parameters), replicates: spec.replicates, seed: spec.seed,
                                     specHash: spec.hashHex, adaptive: spec.adaptiveReplicates)
        let session = try SweepSession(work, options: options, otherResultsHash: nil)
        let stop = StopRequest()
        let finished = Atomic(0)
        return try session.run(stop: stop) { _ in
            if let batches, finished.add(1, ordering: .relaxed).newValue >= batches { stop.request() }
        }
    }

    @Test func eachPointStopsWhereItsStandardDeviationPredicts() throws {
        let sigma = 0.05, epsilon = 0.01
        let spec = try Self.noiseSweep(sigma: sigma, halfWidth: epsilon, points: 3)
        let outcomes = try Self.run(spec, folder: try TestSupport.temporaryFolder())
        let reduction = SweepReduction(outcomes: outcomes, points: 3, metrics: [spec.objective], objective: spec.objective, order: .ascending)
        for (point, summaries) in reduction.summaries.enumerated() {
            let s = summaries[0], n = Double(s.count)
            let predicted = pow(1.96 * sigma * Double(point + 1) / epsilon, 2)
            // The interval met the target, and the stage before it had not (or it is the first).
            #expect((s.ciHigh! - s.ciLow!) / 2 <= epsilon)
            #expect(s.count % 16 == 0)
            #expect(n >= 0.7 * predicted && n <= 1.5 * predicted + 16, "point \(point): \(s.count) replicates, predicted \(predicted)")
        }
    }

    @Test(arguments: [1, 3, 7, 12])
    func aStoppedSweepResumesToTheOutcomesOfAnUninterruptedOne(stopAfter: Int) throws {
        let spec = try Self.noiseSweep(sigma: 0.05, halfWidth: 0.01, points: 3)
        let clean = try Self.run(spec, folder: try TestSupport.temporaryFolder(), threads: 1)
        let folder = try TestSupport.temporaryFolder()
        #expect(throws: SweepError.self) { try Self.run(spec, folder: folder, stopAfter: stopAfter) }
        // The folder refuses a fresh start: it holds an interrupted run.
        #expect(throws: SweepError.self) { try Self.run(spec, folder: folder) }
        let resumed = try Self.run(spec, folder: folder, resume: true)
        #expect(resumed == clean)
    }
}
