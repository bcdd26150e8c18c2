import CatallaxReduce
import PropertyBased
import Testing

@Suite struct RunningMomentsTests {
    // Hand table: 2, 4, 4, 4, 5, 5, 7, 9 → Σx = 40, x̄ = 5, Σ(x − x̄)² = 32,
    // s² = 32/7, s = √(32/7), SE = s/√8.
    static let table: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]

    @Test func emptyHasOnlyACount() {
        let m = RunningMoments()
        #expect(m.count == 0)
        #expect(m.mean == nil)
        #expect(m.min == nil)
        #expect(m.max == nil)
        #expect(m.variance == nil)
        #expect(m.standardDeviation == nil)
        #expect(m.standardError == nil)
    }

    @Test func oneValueHasMeanButNoVariance() {
        let m = RunningMoments([3.25])
        #expect(m.count == 1)
        #expect(m.mean == 3.25)
        #expect(m.min == 3.25)
        #expect(m.max == 3.25)
        #expect(m.sumOfSquaredDeviations == 0)
        #expect(m.variance == nil)
        #expect(m.standardDeviation == nil)
        #expect(m.standardError == nil)
    }

    @Test func twoValuesGiveHalfTheSquaredDifference() {
        // x̄ = 2, s² = ((1 − 2)² + (3 − 2)²)/1 = 2, SE = √2/√2 = 1.
        let m = RunningMoments([1, 3])
        #expect(m.mean == 2)
        #expect(m.sumOfSquaredDeviations == 2)
        #expect(m.variance == 2)
        #expect(m.standardDeviation == 2.0.squareRoot())
        #expect(m.standardError == 1)
    }

    @Test func matchesHandComputedTable() throws {
        let m = RunningMoments(Self.table)
        #expect(m.count == 8)
        #expect(m.mean == 5)
        #expect(m.sumOfSquaredDeviations == 32)
        #expect(m.variance == 32.0 / 7)
        let s = try #require(m.standardDeviation)
        #expect(isClose(s, (32.0 / 7).squareRoot(), relative: 1e-15))
        let se = try #require(m.standardError)
        #expect(isClose(se, (32.0 / 7 / 8).squareRoot(), relative: 1e-15))
        #expect(m.min == 2)
        #expect(m.max == 9)
    }

    @Test func largeOffsetKeepsTheVariance() throws {
        // 1e9 + {4, 7, 13, 16}: x̄ = 1e9 + 10, s² = (36 + 9 + 9 + 36)/3 = 30.
        // The textbook Σx² formula loses every digit here (Σx² ≈ 4e18).
        let m = RunningMoments([4, 7, 13, 16].map { 1e9 + $0 })
        #expect(m.mean == 1e9 + 10)
        let variance = try #require(m.variance)
        #expect(isClose(variance, 30, relative: 1e-9))
    }

    @Test func constantValuesHaveZeroVariance() {
        let m = RunningMoments(Array(repeating: 0.1, count: 1000))
        #expect(m.mean == 0.1)
        #expect(m.variance == 0)
        #expect(m.standardError == 0)
    }

    @Test func varianceIsNonNegative() {
        let input = Gen.double(in: -1e6...1e6).array(of: 0...60)
        seededPropertyCheck(seed: 0x5EED_0001, input: input) { values in
            let m = RunningMoments(values)
            #expect(m.sumOfSquaredDeviations >= 0)
            if let variance = m.variance { #expect(variance >= 0) }
        }
    }

    @Test func nearlyConstantValuesKeepVarianceNonNegative() {
        // Values within a few ulps of each other: the regime where a
        // cancelling formula goes negative.
        let input = Gen.int(in: -4...4).array(of: 2...40)
        seededPropertyCheck(seed: 0x5EED_0002, input: input) { steps in
            let values = steps.map { 0.7 + Double($0) * 0.7.ulp }
            let m = RunningMoments(values)
            #expect(m.sumOfSquaredDeviations >= 0)
        }
    }

    @Test func meanLiesWithinMinAndMax() {
        let input = Gen.double(in: -1e3...1e3).array(of: 1...60)
        seededPropertyCheck(seed: 0x5EED_0003, input: input) { values in
            let m = RunningMoments(values)
            #expect(m.min == values.min())
            #expect(m.max == values.max())
            if let mean = m.mean, let lo = m.min, let hi = m.max {
                #expect(lo <= mean && mean <= hi)
            }
        }
    }

    @Test func nonFiniteValueTraps() async {
        await #expect(processExitsWith: .failure) {
            var m = RunningMoments()
            m.add(.nan)
        }
        await #expect(processExitsWith: .failure) {
            var m = RunningMoments()
            m.add(-.infinity)
        }
    }
}
