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
