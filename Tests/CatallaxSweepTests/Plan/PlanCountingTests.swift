import CatallaxSweep
import Testing

/// The closed-form run counts a dry run and a merge use agree with the
/// plan they stand for, for every shard of many sizes.
@Suite struct PlanCountingTests {
    @Test(arguments: [(1, 1), (3, 5), (7, 16), (10, 3), (64, 1), (5, 64)])
    func closedFormCountsMatchThePlan(points: Int, replicates: Int) {
        for count in [1, 2, 3, 5, 7, 16, 100] {
            var total = 0
            for index in 0..<count {
                let shard = Shard(index: index, count: count)
                let plan = Plan(points: points, replicates: replicates, batchSize: 4, shard: shard)
                #expect(Plan.runCount(points: points, replicates: replicates, shard: shard) == plan.runCount)
                for point in 0..<points {
                    let listed = plan.batches.filter { $0.point == point }.reduce(0) { $0 + $1.replicates.count }
                    #expect(Plan.runCount(ofPoint: point, replicates: replicates, shard: shard) == listed, "point \(point) shard \(shard)")
                }
                total += plan.runCount
            }
            #expect(total == points * replicates)
        }
    }

    @Test func countsOfTheLargestSweepDoNotOverflow() {
        let shard = Shard(index: 6, count: 7)
        let runs = Plan.runCount(points: 1_000_000, replicates: 20, shard: shard)
        #expect(runs == 20_000_000 / 7)
        #expect(Plan.runCount(ofPoint: 999_999, replicates: 1_000_000, shard: shard) == 142_857)
    }
}
