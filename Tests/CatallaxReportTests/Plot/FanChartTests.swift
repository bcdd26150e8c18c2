@testable import CatallaxReport
import Testing

@Suite struct FanChartTests {
    /// Five paths whose step-t values are t + {0, 1, 2, 3, 4}.
    static let paths = (0..<5).map { r in (0..<3).map { Double($0 + r) } }

    @Test func bandsAreTheQuantilesAtEveryStep() {
        let bands = FanChart.Bands(paths: Self.paths)
        // Type 7 over {t, …, t+4}: Q(p) = t + 4p.
        #expect(bands.median == [2, 3, 4])
        #expect(bands.q25 == [1, 2, 3])
        #expect(bands.q75 == [3, 4, 5])
        #expect(bands.q05 == [0.2, 1.2, 2.2])
        #expect(bands.q95 == [3.8, 4.8, 5.8])
        #expect(bands.pathCount == 5)
    }

    @Test func bandsStopAtTheShortestPath() {
        let bands = FanChart.Bands(paths: [[1, 2, 3], [1, 2]])
        #expect(bands.median.count == 2)
    }

    @Test func theChartDrawsTwoBandsAndTheMedian() {
        let chart = FanChart(title: "t", subtitle: nil, xTitle: "step t", yTitle: "price", bands: .init(paths: Self.paths))
        let svg = chart.canvas().svg(id: "fan", standalone: false)
        #expect(svg.components(separatedBy: "<polygon").count - 1 == 2)
        #expect(svg.components(separatedBy: "<polyline").count - 1 >= 1)
        #expect(svg.contains("5–95%") && svg.contains("25–75%") && svg.contains("median"))
    }
}
