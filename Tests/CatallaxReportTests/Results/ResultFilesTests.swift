@testable import CatallaxReport
import CatallaxModel
import CatallaxSweep
import Foundation
import Testing

/// `points.csv`'s rank column and `summary.json`'s top of the ranking.
struct ResultFilesTests {
    @Test func pointsFileRanksEveryPointInPointOrder() {
        let record = ReportFixture.record()
        let rows = PointsFile.text(record).split(separator: "\n")
        #expect(rows[0].hasPrefix("point,rank,"))
        #expect(rows.count == 1 + record.points.count)
        var ranks = Array(repeating: 0, count: record.points.count)
        for entry in record.reduction.ranking.entries { ranks[entry.pointIndex] = entry.rank }
        for (point, row) in rows.dropFirst().enumerated() {
            let fields = row.split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields[0] == "\(point)" && fields[1] == "\(ranks[point])")
        }
    }

    @Test func summaryListsAtMostTheTopOfTheRanking() throws {
        let record = ReportFixture.record()
        let text = try SummaryFile.text(record)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        let ranking = object["ranking"] as! [[String: Any]]
        #expect(ranking.count == min(record.points.count, SummaryFile.rankingLength))
        #expect(ranking.map { $0["rank"] as! Int } == Array(1...ranking.count))
    }
}
