import CatallaxModel
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

    @Test(arguments: points)
    func recordingPathsChangesNoOutcome(_ point: ScenarioParameters) {
        let plain = PointRunner(parameters: point, seed: 5, threads: 2).run(replicates: 5)
        let recorded = PointRunner(parameters: point, seed: 5, threads: 2).run(replicates: 5, recordingPaths: true)
        #expect(plain.outcomes == recorded.outcomes)
        #expect(recorded.paths.count == 5 && recorded.paths.allSatisfy { $0.count >= 2 })
    }
}

extension ScenarioParameters: CustomTestStringConvertible {
    public var testDescription: String { "\(scenario.name) \(summaryLine)" }
}
