import CatallaxOptimize
import CatallaxSweep
import Testing

@Suite struct MorrisDesignTests {
    static func design(seed: UInt64 = 1991, k: Int = 5, r: Int = 12, levels: Int = 4) -> MorrisDesign {
        var rng = SplitMix64(seed: seed)
        return MorrisDesign(parameterCount: k, trajectoryCount: r, levelCount: levels, using: &rng)
    }

    @Test func stepIsHalfTheLevelsOverTheGridSpacing() {
        #expect(Self.design(levels: 4).step == 2.0 / 3)
        #expect(Self.design(levels: 6).step == 3.0 / 5)
        #expect(Self.design().rowCount == 12 * 6)
    }

    @Test func everyRowLiesOnTheGrid() {
        let design = Self.design(levels: 6)
        for row in design.rows() {
            for x in row {
                #expect((0...5).contains { Double($0) / 5 == x }, "\(x) is off the 6-level grid")
            }
        }
    }

    @Test func eachStepMovesOneNewParameterByDelta() {
        let design = Self.design()
        let k = design.parameterCount
        let rows = design.rows()
        for t in 0..<design.trajectoryCount {
            var moved = Set<Int>()
            for m in 1...k {
                let before = rows[t * (k + 1) + m - 1]
                let after = rows[t * (k + 1) + m]
                let changed = (0..<k).filter { before[$0] != after[$0] }
                #expect(changed.count == 1)
                if let i = changed.first {
                    #expect(abs(abs(after[i] - before[i]) - design.step) < 1e-15)
                    #expect(moved.insert(i).inserted, "parameter \(i) moved twice")
                }
            }
        }
    }

    @Test func theSameSeedGivesTheSameDesign() {
        #expect(Self.design(seed: 5) == Self.design(seed: 5))
        #expect(Self.design(seed: 5).rows() != Self.design(seed: 6).rows())
    }
}
