@testable import CatallaxReport
import Testing

@Suite struct TickLabelsTests {
    @Test func smallTicksMoveTheirPowerOfTenIntoTheTitle() {
        let labels = TickLabels(linearTicks: [7.4e-5, 7.6e-5, 7.8e-5], step: 2e-6)
        #expect(labels.labels == ["7.4", "7.6", "7.8"])
        #expect(labels.exponent == -5)
        #expect(labels.titleSuffix == " (×10⁻⁵)")
    }

    @Test func ordinaryTicksPrintWithTheStepsDecimals() {
        let labels = TickLabels(linearTicks: [0, 0.2, 0.4, 0.6000000000000001], step: 0.2)
        #expect(labels.labels == ["0.0", "0.2", "0.4", "0.6"])
        #expect(labels.exponent == nil && labels.titleSuffix == "")
    }

    @Test func wholeStepsPrintWithoutDecimals() {
        #expect(TickLabels(linearTicks: [1, 2, 3, 4], step: 1).labels == ["1", "2", "3", "4"])
        #expect(TickLabels(linearTicks: [0, 50, 100], step: 50).labels == ["0", "50", "100"])
    }

    @Test func negativeTicksUseTheMinusSign() {
        #expect(TickLabels(linearTicks: [-0.5, 0, 0.5], step: 0.5).labels == ["−0.5", "0.0", "0.5"])
    }

    @Test func largeTicksMoveTheirPowerOfTenIntoTheTitle() {
        let labels = TickLabels(linearTicks: [200_000, 400_000], step: 200_000)
        #expect(labels.labels == ["2", "4"])
        #expect(labels.exponent == 5)
    }

    @Test func logarithmicTicksArePowersOfTen() {
        let labels = TickLabels(logarithmicTicks: [1e-6, 2e-6, 5e-6, 1e-5])
        #expect(labels.labels == ["10⁻⁶", "2×10⁻⁶", "5×10⁻⁶", "10⁻⁵"])
    }

    @Test func logarithmicTicksNeverMixNotations() {
        #expect(TickLabels(logarithmicTicks: [1e-4, 1e-3, 1e-2]).labels == ["10⁻⁴", "10⁻³", "10⁻²"])
        #expect(TickLabels(logarithmicTicks: [0.01, 0.1, 1, 10]).labels == ["0.01", "0.1", "1", "10"])
    }

    @Test func superscriptsSpellEveryDigitAndTheSign() {
        #expect(TickLabels.superscript(-1234567890) == "⁻¹²³⁴⁵⁶⁷⁸⁹⁰")
        #expect(TickLabels.superscript(0) == "⁰")
    }
}
