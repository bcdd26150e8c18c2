@testable import CatallaxReport
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct SVGCanvasTests {
    @Test func textAndAttributesAreEscaped() {
        #expect(SVGCanvas.escaped("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;")
    }

    @Test(arguments: [(12.5, "12.5"), (3.0, "3"), (-0.25, "-0.25"), (1.005, "1"), (-0.001, "0"), (.nan, "0")])
    func coordinatesHaveAtMostTwoDecimals(value: Double, expected: String) {
        #expect(SVGCanvas.number(value) == expected)
    }

    @Test func aStandaloneFileIsWellFormedXML() throws {
        var canvas = SVGCanvas(width: 100, height: 50, title: "A & B", summary: "<test>")
        canvas.rect(x: 1, y: 2, width: 3, height: 4, fill: Color(hex: "#ff0000"), tooltip: "x < y")
        canvas.text("fee φ = 1% & more", x: 5, y: 6, rotation: -90)
        canvas.polyline([(0, 0), (10, 10)], stroke: Palette.accent)
        let svg = canvas.svg(id: "test", standalone: true)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    }

    @Test func inlineMarkupHasNoXMLDeclaration() {
        let svg = SVGCanvas(width: 10, height: 10, title: "t", summary: "s").svg(id: "x", standalone: false)
        #expect(svg.hasPrefix("<svg "))
        #expect(svg.contains("data-chart=\"x\""))
        #expect(svg.contains("<title>t</title>") && svg.contains("<desc>s</desc>"))
    }

    @Test func negativeSizesAreDrawnAsEmpty() {
        var canvas = SVGCanvas(width: 10, height: 10, title: "t", summary: "s")
        canvas.rect(x: 0, y: 0, width: -4, height: 3, fill: nil)
        #expect(canvas.body.contains("width=\"0\""))
    }
}
