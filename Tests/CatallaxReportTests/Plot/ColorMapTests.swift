@testable import CatallaxReport
import Testing

@Suite struct ColorMapTests {
    @Test func viridisEndsAndMiddleAreTheTableValues() {
        #expect(ColorMap.viridis.color(at: 0).hex == "#440154")
        #expect(ColorMap.viridis.color(at: 0.5).hex == "#21908c")
        #expect(ColorMap.viridis.color(at: 1).hex == "#fde725")
    }

    @Test func betweenStopsColoursAreInterpolated() {
        // Halfway between #440154 and #482576.
        #expect(ColorMap.viridis.color(at: 0.05) == Color(red: 0x46, green: 0x13, blue: 0x65))
    }

    @Test func viridisGetsLighterAllTheWay() {
        let luminances = (0...200).map { ColorMap.viridis.color(at: Double($0) / 200).luminance }
        for (a, b) in zip(luminances, luminances.dropFirst()) { #expect(a <= b) }
        #expect(luminances.last! - luminances.first! > 0.6)
    }

    @Test func valuesOutsideTheDomainAreClamped() {
        #expect(ColorMap.viridis.color(at: -3) == ColorMap.viridis.color(at: 0))
        #expect(ColorMap.viridis.color(at: 7) == ColorMap.viridis.color(at: 1))
    }

    @Test func aMissingValueIsGreyNotAnEndColour() {
        #expect(ColorMap.viridis.color(at: .nan) == ColorMap.viridis.missing)
        #expect(ColorMap.viridis.color(at: .infinity) == ColorMap.viridis.missing)
    }

    @Test func seriesColoursStopShortOfTheLightEnd() {
        let colors = ColorMap.viridis.colors(count: 4)
        #expect(colors.count == 4)
        #expect(colors[0].hex == "#440154")
        #expect(colors[3] == ColorMap.viridis.color(at: 0.85))
    }

    @Test func textOnDarkCellsIsWhiteAndOnLightCellsBlack() {
        #expect(ColorMap.viridis.color(at: 0).contrastingText.hex == "#ffffff")
        #expect(ColorMap.viridis.color(at: 1).contrastingText.hex == "#000000")
    }

    @Test func luminanceOfBlackAndWhite() {
        #expect(Color(hex: "#000000").luminance == 0)
        #expect(abs(Color(hex: "#ffffff").luminance - 1) < 1e-12)
    }
}
