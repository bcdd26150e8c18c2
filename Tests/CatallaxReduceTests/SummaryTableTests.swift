@testable import CatallaxReduce
import Testing

/// `SummaryTable` gives back every summary it was given, undefined statistics included.
struct SummaryTableTests {
    static func accumulator(_ values: [Double], failures: Int = 0) -> MetricAccumulator {
        var a = MetricAccumulator()
        for x in values { a.add(x) }
        for _ in 0..<failures { a.recordFailure() }
        return a
    }

    @Test func summariesRoundTripWithTheirUndefinedStatistics() {
        let points: [[MetricSummary]] = [
            [Self.accumulator([]).summary(), Self.accumulator([], failures: 2).summary()],
            [Self.accumulator([1.5]).summary(), Self.accumulator([0, -3.25e-7, 9], failures: 1).summary()],
            [Self.accumulator([2, 2, 2, 2]).summary(), Self.accumulator([.nan, 4, 1e100]).summary()],
        ]
        var table = SummaryTable(metricCount: 2, reservingPoints: points.count)
        for summaries in points { table.append(summaries) }
        #expect(table.count == points.count)
        for (p, summaries) in points.enumerated() {
            #expect(table[p] == summaries)
            for (m, summary) in summaries.enumerated() { #expect(table.summary(point: p, metric: m) == summary) }
        }
    }
}

/// A brief `SummaryTable` keeps the count, failures, mean and interval of
/// every point and every statistic of the points kept whole.
struct BriefSummaryTableTests {
    @Test func keepsTheMeanAndIntervalAndTheWholeOfThePointsKept() {
        let points: [[MetricSummary]] = [
            [SummaryTableTests.accumulator([1, 2, 4]).summary(), SummaryTableTests.accumulator([], failures: 2).summary()],
            [SummaryTableTests.accumulator([1.5]).summary(), SummaryTableTests.accumulator([0, -3.25e-7, 9], failures: 1).summary()],
        ]
        var table = SummaryTable(metricCount: 2, reservingPoints: points.count, brief: true)
        for summaries in points { table.append(summaries) }
        table.keepWhole(points[1], ofPoint: 1)
        #expect(table[1] == points[1])
        for (m, full) in points[0].enumerated() {
            let brief = table.summary(point: 0, metric: m)
            #expect(brief.count == full.count && brief.failures == full.failures)
            #expect(brief.mean == full.mean && brief.ciLow == full.ciLow && brief.ciHigh == full.ciHigh)
            #expect(brief.standardDeviation == nil && brief.min == nil && brief.q50 == nil && brief.max == nil)
        }
    }
}
