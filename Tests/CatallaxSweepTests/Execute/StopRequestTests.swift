import CatallaxModel
@testable import CatallaxSweep
import Synchronization
import Testing

/// A stop request: made once, seen through a child request, and honoured
/// by the executor before it takes each batch.
@Suite struct StopRequestTests {
    @Test func requestReportsOnlyTheFirstTime() {
        let stop = StopRequest()
        #expect(!stop.isRequested)
        #expect(stop.request())
        #expect(!stop.request())
        #expect(stop.isRequested)
    }

    @Test func aChildSeesItsParentButNotTheReverse() {
        let parent = StopRequest(), child = StopRequest(following: parent)
        child.request()
        #expect(child.isRequested && !parent.isRequested)
        let other = StopRequest(following: parent)
        parent.request()
        #expect(other.isRequested)
    }

    static let point = ScenarioExecutionContractTests.points[0]

    @Test func theExecutorTakesNoBatchOnceStopped() {
        let executor = SweepExecutor(points: [Self.point], seed: 1, threads: 2)
        let plan = Plan(points: 1, replicates: 8, batchSize: 2)
        let stop = StopRequest()
        stop.request()
        let finished = Atomic<Int>(0)
        executor.run(plan, stop: stop) { _ in finished.add(1, ordering: .relaxed) }
        #expect(finished.load(ordering: .relaxed) == 0)
    }

    @Test func aStopDuringTheRunEndsItBeforeTheNextBatch() {
        let executor = SweepExecutor(points: [Self.point], seed: 1, threads: 1)
        let plan = Plan(points: 1, replicates: 8, batchSize: 2)
        let stop = StopRequest()
        let finished = Atomic<Int>(0)
        // One worker: the batch that asks to stop is the last one taken.
        executor.run(plan, stop: stop) { result in
            #expect(result.outcomes.count == 2)
            if finished.add(1, ordering: .relaxed).newValue == 2 { stop.request() }
        }
        #expect(finished.load(ordering: .relaxed) == 2)
    }
}
