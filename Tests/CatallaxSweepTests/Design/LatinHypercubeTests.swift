@testable import CatallaxSweep
import Testing

@Suite struct LatinHypercubeTests {
    @Test func eachStratumIsHitOncePerDimension() {
        // A seeded property check over many sizes and seeds.
        for seed in UInt64(0)..<40 {
            let n = 1 + Int(seed * 7 % 50)
            let d = 1 + Int(seed % 6)
            var rng = SplitMix64(seed: seed)
            let points = LatinHypercube.points(count: n, dimensions: d, using: &rng)
            #expect(points.count == n)
            for j in 0..<d {
                let strata = points.map { Int($0[j] * Double(n)) }
                #expect(strata.sorted() == Array(0..<n), "seed \(seed), n \(n), dimension \(j)")
            }
        }
    }

    @Test func pointsLieInTheUnitCube() {
        var rng = SplitMix64(seed: 11)
        let points = LatinHypercube.points(count: 100, dimensions: 4, using: &rng)
        #expect(points.allSatisfy { $0.allSatisfy { $0 >= 0 && $0 < 1 } })
    }

    @Test func sameSeedGivesTheSameDesign() {
        var a = SplitMix64(seed: 5), b = SplitMix64(seed: 5), c = SplitMix64(seed: 6)
        let first = LatinHypercube.points(count: 20, dimensions: 3, using: &a)
        #expect(first == LatinHypercube.points(count: 20, dimensions: 3, using: &b))
        #expect(first != LatinHypercube.points(count: 20, dimensions: 3, using: &c))
    }
}
