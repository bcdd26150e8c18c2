@testable import CatallaxReport
import _CatallaxTestSupport
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The interval bar chart on known input: a bar per category and series,
/// its interval as an error bar, `n/a` for a value that is not a number.
@Suite struct IntervalBarChartTests {
    static func chart(_ values: [Double]) -> IntervalBarChart {
        IntervalBarChart(title: "Indices", categories: ["a", "b", "c"], valueTitle: "index", categoryTitle: "parameter",
                         intervalLabel: "interval", series: [
                             .init(name: "S1", color: Palette.accent, bars: values.map { .init(value: $0, low: $0 - 0.1, high: $0 + 0.1, tooltip: "S1") }),
                             .init(name: "ST", color: Palette.muted, bars: values.map { .init(value: $0 + 0.05, low: nil, high: nil, tooltip: "ST") }),
                         ])
    }

    @Test func everyBarIsOneRectangleWithItsInterval() {
        let svg = Self.chart([0.5, 0.2, -0.01]).canvas().svg(id: "bars", standalone: true)
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(SVGGroup.shapes("bars", in: svg) == 6)
        // Only S1 has intervals: three bars of three segments each.
        #expect(SVGGroup.shapes("intervals", in: svg) == 9)
        #expect(svg.contains(">a<") && svg.contains(">c<") && svg.contains(">interval<"))
    }

    @Test func aValueThatIsNotANumberHasNoBarAndSaysSo() {
        let svg = Self.chart([0.5, .nan, 0.1]).canvas().svg(id: "bars", standalone: false)
        #expect(SVGGroup.shapes("bars", in: svg) == 4)
        #expect(SVGGroup.elements("bars", in: svg).filter { $0.contains(">n/a<") }.count == 2)
        #expect(SVGGroup.shapes("intervals", in: svg) == 6)
    }
}
