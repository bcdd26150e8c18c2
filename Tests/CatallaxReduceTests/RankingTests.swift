import CatallaxReduce
import PropertyBased
import Testing

@Suite struct RankingTests {
    static func summary(_ values: [Double], failures: Int = 0) -> MetricSummary {
        var accumulator = MetricAccumulator()
        for x in values { accumulator.add(x) }
        for _ in 0..<failures { accumulator.recordFailure() }
        return accumulator.summary()
    }

    @Test func ascendingPutsLowestMeanFirst() {
        let summaries = [Self.summary([3, 5]), Self.summary([1, 2]), Self.summary([7, 9])]
        let ranking = Ranking(summaries)
        #expect(ranking.entries.map(\.pointIndex) == [1, 0, 2])
        #expect(ranking.entries.map(\.rank) == [1, 2, 3])
        #expect(ranking.entries.map(\.mean) == [1.5, 4, 8])
    }

    @Test func descendingPutsHighestMeanFirst() {
        let summaries = [Self.summary([3, 5]), Self.summary([1, 2]), Self.summary([7, 9])]
        let ranking = Ranking(summaries, order: .descending)
        #expect(ranking.entries.map(\.pointIndex) == [2, 0, 1])
    }

    @Test func tiesGoToTheLowerPointIndex() {
        let summaries = [Self.summary([2, 4]), Self.summary([1]), Self.summary([3, 3]), Self.summary([4, 2])]
        #expect(Ranking(summaries).entries.map(\.pointIndex) == [1, 0, 2, 3])
        #expect(Ranking(summaries, order: .descending).entries.map(\.pointIndex) == [0, 2, 3, 1])
    }

    @Test func pointsWithoutSuccessfulRunsRankLast() {
        let summaries = [Self.summary([], failures: 4), Self.summary([9, 10]), Self.summary([], failures: 1),
                         Self.summary([0.5])]
        #expect(Ranking(summaries).entries.map(\.pointIndex) == [3, 1, 0, 2])
        #expect(Ranking(summaries, order: .descending).entries.map(\.pointIndex) == [1, 3, 0, 2])
        #expect(Ranking(summaries).entries.last?.mean == nil)
    }

    @Test func entriesCarryTheConfidenceInterval() throws {
        let summaries = [Self.summary([2, 4, 4, 4, 5, 5, 7, 9])]
        let entry = try #require(Ranking(summaries).entries.first)
        #expect(entry.ciLow == summaries[0].ciLow)
        #expect(entry.ciHigh == summaries[0].ciHigh)
        #expect(entry.mean == 5)
    }

    @Test func emptyInputGivesEmptyRanking() {
        #expect(Ranking([MetricSummary]()).entries.isEmpty)
    }

    @Test func rankingIsASortedPermutation() {
        let input = Gen.int(in: -3...3).array(of: 0...4).array(of: 0...30)
        seededPropertyCheck(seed: 0x5EED_0801, input: input) { points in
            let summaries = points.map { Self.summary($0.map(Double.init)) }
            let entries = Ranking(summaries).entries
            #expect(entries.map(\.pointIndex).sorted() == Array(summaries.indices))
            #expect(entries.map(\.rank) == entries.indices.map { $0 + 1 })
            for (a, b) in zip(entries, entries.dropFirst()) {
                switch (a.mean, b.mean) {
                case let (x?, y?): #expect(x < y || (x == y && a.pointIndex < b.pointIndex))
                case (nil, _?): Issue.record("a point without runs ranked before one with runs")
                case (nil, nil): #expect(a.pointIndex < b.pointIndex)
                case (_?, nil): break
                }
            }
        }
    }
}
