import CatallaxReduce
import PropertyBased
import Testing

@Suite struct RunningMomentsMergeTests {
    @Test func mergeMatchesHandComputedTable() throws {
        // {2, 4, 4, 4} ⊕ {5, 5, 7, 9} = the 8-value table: x̄ = 5, M₂ = 32.
        // A: x̄ = 3.5, M₂ = 3; B: x̄ = 6.5, M₂ = 11; δ = 3;
        // M₂ = 3 + 11 + 9·4·4/8 = 32.
        let a = RunningMoments([2, 4, 4, 4])
        let b = RunningMoments([5, 5, 7, 9])
        let m = a.merged(with: b)
        #expect(m.count == 8)
        #expect(m.mean == 5)
        #expect(m.sumOfSquaredDeviations == 32)
        #expect(m.min == 2)
        #expect(m.max == 9)
    }

    @Test func mergingEmptyOnEitherSideIsExactIdentity() {
        let a = RunningMoments([0.1, 0.7, -3.3])
        #expect(a.merged(with: RunningMoments()) == a)
        #expect(RunningMoments().merged(with: a) == a)
        #expect(RunningMoments().merged(with: RunningMoments()) == RunningMoments())
    }

    @Test func mergeInPlaceEqualsMerged() {
        var a = RunningMoments([1, 2, 3.5])
        let b = RunningMoments([-4, 10])
        let merged = a.merged(with: b)
        a.merge(with: b)
        #expect(a == merged)
    }

    @Test func mergingEqualsAccumulatingInOnePass() {
        // Split a sample at two random points and merge the three parts;
        // within 1e-12 of the one-pass result, relative to the data's scale
        // (the mean can be near zero by cancellation).
        let input = zip(Gen.double(in: -1e3...1e3).array(of: 2...80), Gen.double(in: 0...1), Gen.double(in: 0...1))
        seededPropertyCheck(count: 300, seed: 0x5EED_0101, input: input) { values, u, v in
            let cuts = [Int(u * Double(values.count)), Int(v * Double(values.count))].sorted()
            let parts = [values[..<cuts[0]], values[cuts[0]..<cuts[1]], values[cuts[1]...]]
            var merged = RunningMoments()
            for part in parts { merged.merge(with: RunningMoments(part)) }
            let onePass = RunningMoments(values)
            let scale = values.map(\.magnitude).max() ?? 0
            #expect(merged.count == onePass.count)
            #expect(merged.min == onePass.min)
            #expect(merged.max == onePass.max)
            #expect(isClose(merged.mean ?? .nan, onePass.mean ?? .nan, relative: 1e-12, scale: scale))
            #expect(isClose(merged.sumOfSquaredDeviations, onePass.sumOfSquaredDeviations, relative: 1e-12))
        }
    }

    @Test func mergingWithOffsetDataEqualsAccumulatingInOnePass() {
        // Mean large against the spread (x̄/s up to 1e3): M₂ still agrees.
        let input = zip(Gen.double(in: -1e3...1e3), Gen.double(in: 0...1).array(of: 4...64))
        seededPropertyCheck(count: 200, seed: 0x5EED_0102, input: input) { offset, unit in
            let values = unit.map { offset + $0 }
            let half = values.count / 2
            let merged = RunningMoments(values[..<half]).merged(with: RunningMoments(values[half...]))
            let onePass = RunningMoments(values)
            #expect(isClose(merged.mean ?? .nan, onePass.mean ?? .nan, relative: 1e-12))
            #expect(isClose(merged.sumOfSquaredDeviations, onePass.sumOfSquaredDeviations, relative: 1e-9))
        }
    }

    @Test func mergeIsDeterministicForAFixedOrder() {
        // The same operands in the same order give the same bits, every time.
        let input = Gen.double(in: -1...1).array(of: 1...20).array(of: 1...12)
        seededPropertyCheck(count: 100, seed: 0x5EED_0103, input: input) { batches in
            let parts = batches.map { RunningMoments($0) }
            var first = RunningMoments()
            var second = RunningMoments()
            for part in parts { first.merge(with: part) }
            for part in parts { second.merge(with: part) }
            #expect(first == second)
            #expect(first.mean?.bitPattern == second.mean?.bitPattern)
            #expect(first.sumOfSquaredDeviations.bitPattern == second.sumOfSquaredDeviations.bitPattern)
        }
    }
}
