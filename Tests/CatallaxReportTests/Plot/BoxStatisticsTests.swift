@testable import CatallaxReport
import Testing

@Suite struct BoxStatisticsTests {
    @Test func quartilesOfOneToNine() throws {
        let box = try #require(BoxStatistics([9, 1, 8, 2, 7, 3, 6, 4, 5]))
        #expect(box.q1 == 3 && box.median == 5 && box.q3 == 7)
        #expect(box.lowerWhisker == 1 && box.upperWhisker == 9)
        #expect(box.outliers.isEmpty)
        #expect(box.mean == 5 && box.count == 9)
    }

    @Test func valuesBeyondOneAndAHalfIQRAreOutliers() throws {
        // Q1 = 3, Q3 = 7 (type 7 over 1…9 plus 100 moves them: computed by hand below).
        let box = try #require(BoxStatistics([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]))
        // n = 10: Q1 at h = 2.25 → 3.25, Q3 at h = 6.75 → 7.75, IQR 4.5, fences −3.5 and 14.5.
        #expect(box.q1 == 3.25 && box.q3 == 7.75)
        #expect(box.upperWhisker == 9)
        #expect(box.outliers == [100])
    }

    @Test func nonFiniteValuesAreLeftOut() throws {
        let box = try #require(BoxStatistics([1, .nan, 3, .infinity]))
        #expect(box.count == 2 && box.mean == 2)
    }

    @Test func noFiniteValuesGiveNoBox() {
        #expect(BoxStatistics([]) == nil)
        #expect(BoxStatistics([.nan]) == nil)
    }
}
