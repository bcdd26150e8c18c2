import Testing
@testable import CatallaxOptimize

@Suite struct LatinHypercubeSearchTests {
    @Test func testEveryStratumOfEveryCoordinateHoldsExactlyOnePoint() {
        let box = BoxBounds(lower: [0, -4], upper: [10, 4])
        let search = LatinHypercubeSearch(bounds: box, budget: 40, seed: 11)
        for i in 0..<2 {
            let strata = search.design.map { Int((($0[i] - box.lower[i]) / (box.upper[i] - box.lower[i]) * 40).rounded(.down)) }
            #expect(strata.sorted() == Array(0..<40))
        }
    }

    @Test func testBatchesWalkThroughTheDesignInOrder() {
        var search = LatinHypercubeSearch(bounds: .unitCube(dimensions: 3), budget: 25, batchSize: 10, seed: 2)
        var asked: [[Double]] = []
        while !search.isFinished {
            let batch = search.ask()
            asked += batch
            search.tell(batch.map { $0.reduce(0, +) })
        }
        #expect(asked == search.design)
        #expect(search.evaluations == 25)
    }

    @Test func testSameSeedSameDesignOtherSeedOtherDesign() {
        let a = LatinHypercubeSearch(bounds: .unitCube(dimensions: 4), budget: 30, seed: 5).design
        #expect(a == LatinHypercubeSearch(bounds: .unitCube(dimensions: 4), budget: 30, seed: 5).design)
        #expect(a != LatinHypercubeSearch(bounds: .unitCube(dimensions: 4), budget: 30, seed: 6).design)
    }
}
