@testable import CatallaxReport
import Testing

/// Reading CSV back: what ``CSV/line(_:)`` writes, fields with commas,
/// quotes and line breaks included, reads back as the same fields.
@Suite struct CSVReadingTests {
    @Test func recordsReadBackWhatLinesWrite() {
        let rows = [["candidate", "refusal"], ["0", "block[0].anchor: a level of -1, \"negative\""], ["1", ""], ["2", "two\nlines"], [""]]
        #expect(CSV.records(rows.map(CSV.line).joined()) == rows)
    }

    @Test func aQuotedFieldKeepsItsDoubledQuotesAsOne() {
        #expect(CSV.records("a,\"b,\"\"c\"\"\",d\n") == [["a", "b,\"c\"", "d"]])
    }

    @Test func aLastLineWithoutALineFeedIsARecordAndCarriageReturnsAreDropped() {
        #expect(CSV.records("x,y\r\n1,2") == [["x", "y"], ["1", "2"]])
        #expect(CSV.records("") == [])
        #expect(CSV.records("a,,\n") == [["a", "", ""]])
    }
}
