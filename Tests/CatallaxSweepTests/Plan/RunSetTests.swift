@testable import CatallaxSweep
import Testing

/// A set of runs one bit each behaves as a `Set<RunID>` of the sweep's runs.
@Suite struct RunSetTests {
    /// Shapes around the 64-run words: short of one, exactly one, one past, several.
    @Test(arguments: [(1, 1), (7, 9), (8, 8), (13, 5), (3, 64), (50, 7)])
    func agreesWithASetUnderRandomInsertsAndRemovals(points: Int, replicates: Int) {
        var bits = RunSet(points: points, replicates: replicates)
        var model = Set<RunID>()
        var random = SplitMix64(seed: UInt64(points * 1000 + replicates))
        for _ in 0..<4 * points * replicates {
            let run = RunID(point: Int(random.next() % UInt64(points)), replicate: Int(random.next() % UInt64(replicates)))
            if random.next() % 3 == 0 {
                let removed = bits.remove(run), wasThere = model.remove(run) != nil
                #expect(removed == wasThere)
            } else {
                let inserted = bits.insert(run), wasNew = model.insert(run).inserted
                #expect(inserted == wasNew)
            }
            #expect(bits.count == model.count)
        }
        for point in 0..<points {
            for replicate in 0..<replicates {
                let run = RunID(point: point, replicate: replicate)
                #expect(bits.contains(run) == model.contains(run), "run (\(point), \(replicate))")
            }
        }
    }

    @Test func runsOutsideTheSweepAreNeverHeld() {
        var bits = RunSet(points: 3, replicates: 4)
        for point in 0..<3 { for replicate in 0..<4 { bits.insert(RunID(point: point, replicate: replicate)) } }
        #expect(bits.count == 12)
        for run in [RunID(point: 3, replicate: 0), RunID(point: 0, replicate: 4), RunID(point: -1, replicate: 0),
                    RunID(point: 0, replicate: -1), RunID(point: 2, replicate: 4)] {
            #expect(!bits.isInSweep(run))
            #expect(!bits.contains(run))
            let removed = bits.remove(run)
            #expect(!removed)
        }
        #expect(bits.count == 12)
    }

    @Test func anEmptySweepHoldsNothing() {
        let bits = RunSet(points: 0, replicates: 5)
        #expect(bits.count == 0)
        #expect(!bits.contains(RunID(point: 0, replicate: 0)))
    }
}
