@testable import CatallaxReport
import Testing

@Suite struct NumberTextTests {
    @Test(arguments: [
        (7.613e-5, "7.61×10⁻⁵"), (42183.67, "42200"), (0.0190358, "0.0190"), (-0.0192, "−0.0192"),
        (9.996e-5, "1.00×10⁻⁴"), (0.0009996, "0.00100"), (123_456.0, "1.23×10⁵"), (1.0, "1.00"), (0.0, "0"),
    ])
    func significantGivesThreeDigits(value: Double, expected: String) {
        #expect(NumberText.significant(value) == expected)
    }

    @Test func nonFiniteValuesAreWords() {
        #expect(NumberText.significant(.nan) == "n/a")
        #expect(NumberText.significant(-.infinity) == "−∞")
    }

    @Test(arguments: [(4.0, "4"), (2.154434690031883e-06, "2.15×10⁻⁶"), (1e-5, "1×10⁻⁵"), (0.9048374180359596, "0.905"), (100_000.0, "1×10⁵")])
    func compactDropsTrailingZeros(value: Double, expected: String) {
        #expect(NumberText.compact(value) == expected)
    }

    @Test func percentagesOfFractions() {
        #expect(NumberText.percent(0.003) == "0.3%")
        #expect(NumberText.percent(0.01) == "1%")
        #expect(NumberText.percent(0) == "0%")
    }
}
