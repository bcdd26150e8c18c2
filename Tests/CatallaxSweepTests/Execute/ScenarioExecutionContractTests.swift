import CatallaxModel
import CatallaxNumerics
import CatallaxSweep
import Testing

/// Every registered scenario's reference points through the executor: the
/// same outcomes, in replicate order, whatever the thread count and lane
/// width, and with or without price paths recorded.
@Suite struct ScenarioExecutionContractTests {
    static let points: [ScenarioParameters] = Scenario.all.flatMap { $0.referencePoints.map { $0.parameters.shortened(toSteps: 30) } }

    @Test(arguments: points)
    func outcomesDoNotDependOnThreadsOrLaneWidth(_ point: ScenarioParameters) {
        let reference = PointRunner(parameters: point, seed: 5, threads: 1, laneWidth: .four).run(replicates: 10).outcomes
        #expect(reference.count == 10)
        for (threads, width) in [(2, LaneWidth.two), (3, .eight), (2, .four)] {
            let outcomes = PointRunner(parameters: point, seed: 5, threads: threads, laneWidth: width).run(replicates: 10).outcomes
            #expect(outcomes == reference, "\(threads) threads, lane width \(width.rawValue)")
        }
    }

    /// A batch's last group of replicates, too few to fill the lanes, runs
    /// at the narrowest width that holds it (10 at width 8: 8, then 2 at
    /// width 2); every outcome is the one the full width gives.
    @Test(arguments: points)
    func shortGroupsRunNarrowerWithTheSameOutcomes(_ point: ScenarioParameters) {
        let keys = (0..<10).map { RunKey(seed: 5, replicate: UInt64($0)) }
        let fullWidth = SweepExecutor.outcomes(of: point, keys: keys, laneWidth: .eight)
        for replicates in [10, 3] {
            let narrowed = PointRunner(parameters: point, seed: 5, threads: 1, laneWidth: .eight).run(replicates: replicates)
            #expect(narrowed.outcomes == Array(fullWidth.prefix(replicates)), "\(replicates) replicates")
        }
    }

    @Test(arguments: points)
    func recordingPathsChangesNoOutcome(_ point: ScenarioParameters) {
        // 5 replicates run at width 8, 3 at width 4.
        for replicates in [5, 3] {
            let plain = PointRunner(parameters: point, seed: 5, threads: 2).run(replicates: replicates)
            let recorded = PointRunner(parameters: point, seed: 5, threads: 2).run(replicates: replicates, recordingPaths: true)
            #expect(plain.outcomes == recorded.outcomes)
            #expect(recorded.paths.count == replicates && recorded.paths.allSatisfy { $0.count >= 2 })
        }
    }
}

extension ScenarioParameters: CustomTestStringConvertible {
    public var testDescription: String { "\(scenario.name) \(summaryLine)" }
}
