import Testing
@testable import CatallaxOptimize

@Suite struct RandomSearchTests {
    let box = BoxBounds(lower: [-1, 10, 0], upper: [1, 20, 1e-3])

    static func points(_ search: RandomSearch) -> [[Double]] {
        var s = search
        var all: [[Double]] = []
        while !s.isFinished {
            let batch = s.ask()
            all += batch
            s.tell(batch.map { $0[0] })
        }
        return all
    }

    @Test func testEveryPointIsInsideTheBoxAndTheBudgetIsExact() {
        let points = Self.points(RandomSearch(bounds: box, budget: 250, batchSize: 64, seed: 3))
        #expect(points.count == 250)
        #expect(points.allSatisfy(box.contains))
    }

    @Test func testPointsDependOnlyOnSeedNotOnBatchSize() {
        let a = Self.points(RandomSearch(bounds: box, budget: 100, batchSize: 7, seed: 3))
        let b = Self.points(RandomSearch(bounds: box, budget: 100, batchSize: 100, seed: 3))
        let c = Self.points(RandomSearch(bounds: box, budget: 100, batchSize: 7, seed: 4))
        #expect(a == b)
        #expect(a != c)
    }

    @Test func testIncumbentIsTheSmallestValueAndItsEvaluation() {
        var search = RandomSearch(bounds: box, budget: 50, batchSize: 20, seed: 8)
        let best = search.minimize { $0[0] }
        let points = Self.points(RandomSearch(bounds: box, budget: 50, batchSize: 20, seed: 8))
        let index = points.indices.min { points[$0][0] < points[$1][0] } ?? -1
        #expect(best?.point == points[index])
        #expect(best?.evaluation == index + 1)
    }
}
