import CatallaxReduce
import PropertyBased
import Testing

@Suite struct MetricSummaryTests {
    @Test func matchesHandComputedTable() throws {
        // 2, 4, 4, 4, 5, 5, 7, 9 plus one NaN and one failed run.
        // x̄ = 5, s = √(32/7), CI = 5 ∓ 1.7874879182362104386 (t(0.975, 7));
        // sorted h = 7p: q05 = 2 + 0.35·2 = 2.7, q50 = 4 + 0.5·1 = 4.5,
        // q95 = 9 − 0.35·2 = 8.3 (NumPy: 8.299999999999999).
        var accumulator = MetricAccumulator()
        for x in [5.0, 2, 9, 4, .nan, 4, 7, 4, 5] { accumulator.add(x) }
        accumulator.recordFailure()
        let summary = accumulator.summary()
        #expect(summary.count == 8)
        #expect(summary.failures == 2)
        #expect(isClose(try #require(summary.mean), 5, relative: 1e-15))
        #expect(isClose(try #require(summary.standardDeviation), (32.0 / 7).squareRoot(), relative: 1e-15))
        #expect(isClose(try #require(summary.ciLow), 3.2125120817637895614, relative: 1e-14))
        #expect(isClose(try #require(summary.ciHigh), 6.7874879182362104386, relative: 1e-14))
        #expect(summary.min == 2)
        #expect(summary.q05 == 2.7)
        #expect(summary.q50 == 4.5)
        #expect(summary.q95 == 8.299999999999999)
        #expect(summary.max == 9)
    }

    @Test func emptyHasOnlyCounts() {
        var accumulator = MetricAccumulator()
        accumulator.recordFailure()
        accumulator.add(.nan)
        let summary = accumulator.summary()
        #expect(summary.count == 0)
        #expect(summary.failures == 2)
        let statistics = [summary.mean, summary.standardDeviation, summary.ciLow, summary.ciHigh,
                          summary.min, summary.q05, summary.q50, summary.q95, summary.max]
        #expect(statistics.allSatisfy { $0 == nil })
    }

    @Test func oneValueHasNoSpreadOrInterval() {
        var accumulator = MetricAccumulator()
        accumulator.add(0.75)
        let summary = accumulator.summary()
        #expect(summary.count == 1)
        #expect(summary.mean == 0.75)
        #expect(summary.standardDeviation == nil)
        #expect(summary.ciLow == nil)
        #expect(summary.ciHigh == nil)
        #expect([summary.min, summary.q05, summary.q50, summary.q95, summary.max].allSatisfy { $0 == 0.75 })
    }

    @Test func twoValuesHaveAnInterval() throws {
        var accumulator = MetricAccumulator()
        accumulator.add(3)
        accumulator.add(1)
        let summary = accumulator.summary()
        // x̄ = 2, s = √2, halfWidth = t(0.975, 1)·√2/√2.
        #expect(isClose(try #require(summary.ciHigh) - 2, 12.706204736174693314, relative: 1e-14))
        #expect(summary.q50 == 2)
    }

    @Test func statisticsAreOrdered() {
        let input = Gen.double(in: -1e6...1e6).array(of: 2...64)
        seededPropertyCheck(seed: 0x5EED_0701, input: input) { values in
            var accumulator = MetricAccumulator()
            for x in values { accumulator.add(x) }
            let s = accumulator.summary()
            guard let lo = s.min, let q05 = s.q05, let q50 = s.q50, let q95 = s.q95, let hi = s.max,
                  let mean = s.mean, let ciLow = s.ciLow, let ciHigh = s.ciHigh
            else {
                Issue.record("n ≥ 2 must define every statistic")
                return
            }
            #expect(lo <= q05 && q05 <= q50 && q50 <= q95 && q95 <= hi)
            #expect(ciLow <= mean && mean <= ciHigh)
            #expect(lo <= mean && mean <= hi)
        }
    }

    @Test func confidenceLevelIsConfigurable() throws {
        var accumulator = MetricAccumulator()
        for x in 1...6 { accumulator.add(Double(x)) }
        let summary = accumulator.summary(confidenceLevel: 0.99)
        // t(0.995, 5)·√3.5/√6 = 3.0796000725044848924.
        #expect(isClose(try #require(summary.ciHigh) - 3.5, 3.0796000725044848924, relative: 1e-14))
    }
}
