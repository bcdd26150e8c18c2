@testable import CatallaxReport
import _CatallaxTestSupport
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The scatter chart on known input: a symbol per mark in its layer's
/// group, intervals where known, forced logarithmic axes, a well-formed file.
@Suite struct ScatterChartTests {
    static func marks(_ count: Int, interval: Bool = false) -> [ScatterChart.Mark] {
        (0..<count).map { i in
            let x = Double(i + 1)
            return interval ? .init(x: x, y: x, xLow: x - 0.1, xHigh: x + 0.1, yLow: x - 0.2, yHigh: x + 0.2, tooltip: "mark \(i)")
                : .init(x: x, y: 2 * x, label: i == 0 ? "first" : nil, tooltip: "mark \(i)")
        }
    }

    static let chart = ScatterChart(title: "Marks", xTitle: "x", yTitle: "y", layers: [
        .init(role: "filled", name: "filled", color: Palette.accent, symbol: .marker(.circle), marks: marks(3)),
        .init(role: "rings", name: "rings", color: Palette.accent, symbol: .ring, marks: marks(2)),
        .init(role: "crosses", name: "crosses", color: Palette.accent, symbol: .cross, marks: marks(1)),
        .init(role: "key", name: "key only", color: Palette.muted, symbol: .marker(.square), marks: []),
    ])

    @Test func everyMarkIsOneSymbolInItsLayersGroup() {
        let svg = Self.chart.canvas().svg(id: "marks", standalone: true)
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(SVGGroup.shapes("filled", in: svg) == 3)
        #expect(SVGGroup.shapes("rings", in: svg) == 2)
        #expect(SVGGroup.shapes("crosses", in: svg) == 1)
        // A layer without marks draws nothing, but is in the legend.
        #expect(!svg.contains("data-role=\"key\""))
        #expect(svg.contains(">key only<"))
        #expect(SVGGroup.elements("filled-labels", in: svg).count == 1)
    }

    @Test func intervalsAreErrorBarsWithCapsAndBands() {
        let chart = ScatterChart(title: "Intervals", xTitle: "x", yTitle: "y", layers: [
            .init(role: "bars", name: nil, color: Palette.text, symbol: .marker(.diamond), errorBars: true, marks: Self.marks(2, interval: true)),
            .init(role: "line", name: "line", color: Palette.accent, symbol: .none, lineWidth: 2, band: true, marks: Self.marks(3, interval: true)),
        ])
        let svg = chart.canvas().svg(id: "intervals", standalone: false)
        // Two marks, each a horizontal and a vertical bar of three segments (the bar and its two caps).
        #expect(SVGGroup.shapes("bars-intervals", in: svg) == 12)
        #expect(SVGGroup.shapes("line-band", in: svg) == 1)
        #expect(SVGGroup.shapes("line-line", in: svg) == 1)
        #expect(SVGGroup.shapes("line", in: svg) == 0)
    }

    @Test func aLogarithmicAxisIsKeptForARangeNarrowerThanADecade() {
        #expect(ScatterChart.scale(.logarithmic, [2, 5], from: 0, to: 100).isLogarithmic)
        #expect(!ScatterChart.scale(.automatic, [2, 5], from: 0, to: 100).isLogarithmic)
        #expect(!ScatterChart.scale(.linear, [1e-7, 1e-4], from: 0, to: 100).isLogarithmic)
        // Without positive values there is no logarithm to take: linear.
        #expect(!ScatterChart.scale(.logarithmic, [-1, 0], from: 0, to: 100).isLogarithmic)
    }

    @Test func theDiagonalIsDrawnWhereBothAxesHoldIt() {
        var chart = ScatterChart(title: "Morris", xTitle: "μ*", yTitle: "σ", layers: [
            .init(role: "points", name: nil, color: Palette.accent, symbol: .marker(.circle), marks: [.init(x: 1, y: 1), .init(x: 4, y: 3)]),
        ])
        chart.diagonal = "σ = μ*"
        let svg = chart.canvas().svg(id: "morris", standalone: false)
        #expect(SVGGroup.shapes("diagonal", in: svg) == 1)
        #expect(svg.contains(">σ = μ*<"))
    }
}
