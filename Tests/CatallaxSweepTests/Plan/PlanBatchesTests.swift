@testable import CatallaxSweep
import Testing

/// A plan's batches come back as they were planned, however they are stored.
struct PlanBatchesTests {
    @Test func evenlySpacedAndListedReplicatesComeBackAsGiven() {
        let given = [Batch(index: 0, point: 3, replicates: [0, 1, 2, 3]),
                     Batch(index: 1, point: 3, replicates: [5]),
                     Batch(index: 2, point: 4, replicates: [1, 4, 7]),
                     Batch(index: 3, point: 4, replicates: [0, 2, 3]),
                     Batch(index: 4, point: 9, replicates: [])]
        let plan = Plan(batches: given)
        #expect(Array(plan.batches) == given)
        #expect(plan.batches[3] == given[3] && plan.runCount == 11)
    }

    @Test(arguments: [Shard.whole, Shard(index: 2, count: 3)])
    func aPlanWithResumedRunsListsTheRestOfEachPoint(shard: Shard) {
        let done: Set<RunID> = [RunID(point: 0, replicate: 2), RunID(point: 1, replicate: 0), RunID(point: 1, replicate: 7)]
        let plan = Plan(points: 3, replicates: 20, batchSize: 6, shard: shard, isDone: done.contains)
        let runs = plan.batches.flatMap(\.runs)
        let expected = (0..<3).flatMap { p in (0..<20).map { RunID(point: p, replicate: $0) } }
            .filter { shard.contains($0, replicatesPerPoint: 20) && !done.contains($0) }
        #expect(runs == expected)
        #expect(plan.batches.enumerated().allSatisfy { $0.offset == $0.element.index && $0.element.replicates.count <= 6 })
    }
}
