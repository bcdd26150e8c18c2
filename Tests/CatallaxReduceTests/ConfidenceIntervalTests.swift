import CatallaxReduce
import PropertyBased
import Testing

@Suite struct ConfidenceIntervalTests {
    @Test func matchesHandComputedTable() throws {
        // 2, 4, 4, 4, 5, 5, 7, 9: x̄ = 5, s = √(32/7), n = 8, t(0.975, 7) =
        // 2.3646242515927847379, so halfWidth = t·√(32/7)/√8 = 2t/√7 =
        // 1.7874879182362104386 (mpmath).
        let ci = try #require(ConfidenceInterval(RunningMoments([2, 4, 4, 4, 5, 5, 7, 9])))
        #expect(ci.mean == 5)
        #expect(ci.level == 0.95)
        #expect(isClose(ci.halfWidth, 1.7874879182362104386, relative: 1e-14))
        #expect(isClose(ci.lowerBound, 3.2125120817637895614, relative: 1e-14))
        #expect(isClose(ci.upperBound, 6.7874879182362104386, relative: 1e-14))
    }

    @Test func twoValuesUseTheOneDegreeOfFreedomQuantile() throws {
        // 1, 3: x̄ = 2, s = √2, n = 2, so halfWidth = t(0.975, 1) = 12.706204736174693.
        let ci = try #require(ConfidenceInterval(RunningMoments([1, 3])))
        #expect(isClose(ci.halfWidth, 12.706204736174693314, relative: 1e-14))
    }

    @Test func levelIsConfigurable() throws {
        // 1…6: x̄ = 3.5, s² = 3.5, n = 6, t(0.995, 5) = 4.0321429835552271793;
        // halfWidth = t·√3.5/√6 = 3.0796000725044848924 (mpmath).
        let ci = try #require(ConfidenceInterval(RunningMoments([1, 2, 3, 4, 5, 6]), level: 0.99))
        #expect(ci.level == 0.99)
        #expect(isClose(ci.halfWidth, 3.0796000725044848924, relative: 1e-14))
    }

    /// Finite values whose squared deviations overflow (a diverging model's)
    /// have no finite interval: `nil`, not a crash.
    @Test func overflowingMomentsHaveNoInterval() {
        let moments = RunningMoments([1e200, -1e200, 3e200])
        #expect(moments.standardDeviation.map { !$0.isFinite } ?? false)
        #expect(ConfidenceInterval(moments) == nil)
        #expect(ConfidenceInterval(RunningMoments([1e150, 2e150])) != nil)
    }

    @Test func summaryInitializerAgreesWithMoments() throws {
        let moments = RunningMoments([0.3, 1.7, -2.2, 4.1])
        let mean = try #require(moments.mean)
        let s = try #require(moments.standardDeviation)
        let fromMoments = try #require(ConfidenceInterval(moments))
        let fromSummary = try #require(ConfidenceInterval(mean: mean, standardDeviation: s, count: moments.count))
        #expect(fromMoments == fromSummary)
    }

    @Test func isUndefinedBelowTwoValues() {
        #expect(ConfidenceInterval(RunningMoments()) == nil)
        #expect(ConfidenceInterval(RunningMoments([4.2])) == nil)
        #expect(ConfidenceInterval(mean: 4.2, standardDeviation: 0, count: 1) == nil)
    }

    @Test func constantSampleHasZeroWidth() throws {
        let ci = try #require(ConfidenceInterval(RunningMoments([2.5, 2.5, 2.5])))
        #expect(ci.lowerBound == 2.5)
        #expect(ci.upperBound == 2.5)
    }

    @Test func containsTheMean() {
        let input = zip(Gen.double(in: -1e6...1e6).array(of: 2...64), Gen.double(in: 0.5...0.999))
        seededPropertyCheck(seed: 0x5EED_0401, input: input) { values, level in
            let moments = RunningMoments(values)
            guard let ci = ConfidenceInterval(moments, level: level), let mean = moments.mean else {
                Issue.record("n ≥ 2 must give an interval")
                return
            }
            #expect(ci.lowerBound <= mean && mean <= ci.upperBound)
            #expect(ci.halfWidth >= 0)
        }
    }

    @Test func widensWithTheLevel() {
        let input = Gen.double(in: -10...10).array(of: 3...30)
        seededPropertyCheck(seed: 0x5EED_0402, input: input) { values in
            let moments = RunningMoments(values)
            let narrow = ConfidenceInterval(moments, level: 0.9)?.halfWidth ?? .nan
            let wide = ConfidenceInterval(moments, level: 0.99)?.halfWidth ?? .nan
            #expect(narrow <= wide)
        }
    }
}
