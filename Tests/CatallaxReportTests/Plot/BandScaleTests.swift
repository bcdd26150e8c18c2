@testable import CatallaxReport
import Testing

@Suite struct BandScaleTests {
    @Test func bandsSplitTheRangeEvenly() {
        let bands = BandScale(count: 4, rangeStart: 100, rangeEnd: 500)
        #expect(bands.bandwidth == 100)
        #expect(bands.start(of: 2) == 300)
        #expect(bands.center(of: 0) == 150)
        #expect(bands.center(of: 3) == 450)
    }

    @Test func aBackwardRangePutsTheFirstBandAtTheStart() {
        let bands = BandScale(count: 2, rangeStart: 200, rangeEnd: 0)
        #expect(bands.center(of: 0) == 150)
        #expect(bands.center(of: 1) == 50)
    }
}
