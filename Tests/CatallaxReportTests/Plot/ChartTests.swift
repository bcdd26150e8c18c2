@testable import CatallaxReport
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The charts on known input: what they draw and that each is a well-formed SVG file.
@Suite struct ChartTests {
    static func count(_ element: String, in svg: String) -> Int {
        svg.components(separatedBy: "<\(element) ").count - 1
    }

    static func wellFormed(_ svg: String) -> Bool {
        XMLParser(data: Data(svg.utf8)).parse()
    }

    static let lineChart = LineChart(
        title: "Linear", subtitle: "s", xTitle: "slope m (currency/token²)", yTitle: "volatility", legendTitle: "fee φ",
        bandLabel: "95% CI", series: [
            .init(name: "φ = 0%", color: ColorMap.viridis.color(at: 0), marker: .circle, points: [
                .init(x: 1e-6, y: 1e-4, low: 0.9e-4, high: 1.1e-4, tooltip: "a"),
                .init(x: 1e-5, y: 1e-3, low: 0.9e-3, high: 1.1e-3, tooltip: "b"),
                .init(x: 2e-6, y: 2e-4, low: 1.9e-4, high: 2.1e-4, tooltip: "c"),
            ]),
            .init(name: "φ = 1%", color: ColorMap.viridis.color(at: 0.85), marker: .square, points: [
                .init(x: 1e-6, y: 1.2e-4, low: nil, high: nil, tooltip: "d"),
                .init(x: 1e-5, y: 1.2e-3, low: nil, high: nil, tooltip: "e"),
            ]),
        ])

    @Test func aLineChartDrawsALineAndMarkersPerSeriesAndBandsWhereKnown() {
        let svg = Self.lineChart.canvas().svg(id: "line", standalone: true)
        #expect(Self.wellFormed(svg))
        #expect(Self.count("polyline", in: svg) == 2)
        #expect(Self.count("circle", in: svg) == 3 + 1)  // 3 markers, 1 in the legend
        // One band (the second series has no interval) and no other polygons.
        #expect(Self.count("polygon", in: svg) == 1)
        #expect(svg.contains(">fee φ<") && svg.contains(">φ = 1%<") && svg.contains(">95% CI<"))
    }

    @Test func aLineChartsMarkersFollowTheXOrder() {
        let canvas = Self.lineChart.canvas()
        let line = canvas.body.components(separatedBy: "\n").first { $0.hasPrefix("<polyline") }!
        let xs = line.split(separator: "\"")[1].split(separator: " ").map { Double($0.split(separator: ",")[0])! }
        #expect(xs == xs.sorted())
    }

    @Test func aLineChartsAxesAreLogarithmicForDecades() {
        let svg = Self.lineChart.canvas().svg(id: "line", standalone: false)
        #expect(svg.contains(">10⁻⁶<") && svg.contains(">10⁻⁵<"))
        #expect(svg.contains(">10⁻⁴<") && svg.contains(">10⁻³<"))
    }

    static let heatmap = Heatmap(
        title: "H", subtitle: nil,
        panels: [
            .init(title: "A", xTitle: "fee", xLabels: ["0%", "1%"], yTitle: "m", yLabels: ["1", "2", "3"],
                  values: [[1, 2], [3, nil], [5, 6]], tooltips: [["a", "b"], ["c", "d"], ["e", "f"]]),
            .init(title: "B", xTitle: "fee", xLabels: ["0%", "1%"], yTitle: "k", yLabels: ["1"],
                  values: [[10, 20]], tooltips: [["g", "h"]]),
        ],
        valueTitle: "mean volatility")

    @Test func aHeatmapDrawsEveryCellAndAColourBar() {
        let svg = Self.heatmap.canvas().svg(id: "heat", standalone: true)
        #expect(Self.wellFormed(svg))
        // Background, 8 cells, 48 colour-bar strips and the bar's frame.
        #expect(Self.count("rect", in: svg) == 1 + 8 + 48 + 1)
        #expect(svg.contains(">no runs<"))
        #expect(svg.contains(">mean volatility<"))
    }

    @Test func aHeatmapsColourScaleSpansEveryPanel() {
        let scale = Self.heatmap.colorScale
        #expect(scale.isLogarithmic)
        #expect(scale.domain == 1...20)
    }

    @Test func theLowestAndHighestCellsGetTheColourMapsEnds() {
        let svg = Self.heatmap.canvas().svg(id: "heat", standalone: false)
        #expect(svg.contains("fill=\"\(ColorMap.viridis.color(at: 0).hex)\"><title>a</title>"))
        #expect(svg.contains("fill=\"\(ColorMap.viridis.color(at: 1).hex)\"><title>h</title>"))
        #expect(svg.contains("fill=\"\(ColorMap.viridis.missing.hex)\"><title>d</title>"))
    }

    @Test func aBoxPlotDrawsABoxPerGroupWithValues() {
        let chart = BoxPlot(title: "B", subtitle: nil, xTitle: "point", yTitle: "volatility", groups: [
            .init(label: ["#1", "p3"], values: [1, 2, 3, 4, 5], tooltip: "one"),
            .init(label: ["#2", "p7"], values: [2, 3, 4, 5, 50], tooltip: "two"),
            .init(label: ["#3", "p9"], values: [], tooltip: "three"),
        ])
        let svg = chart.canvas().svg(id: "box", standalone: true)
        #expect(Self.wellFormed(svg))
        #expect(svg.components(separatedBy: "<title>one</title>").count == 2)
        #expect(svg.components(separatedBy: "<title>two</title>").count == 2)
        #expect(svg.contains(">no values<"))
        #expect(svg.contains(">#2<") && svg.contains(">p7<"))
    }
}
