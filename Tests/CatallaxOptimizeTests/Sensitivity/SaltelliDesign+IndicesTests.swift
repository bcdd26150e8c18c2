import CatallaxOptimize
import CatallaxSweep
import Testing

/// Known answers for the Sobol′ index estimators (`docs/Sensitivity.md`).
@Suite struct SaltelliIndicesTests {
    /// The indices of `model` from a design, with 1000 resamples and seed 2010.
    static func indices(parameters k: Int, baseCount n: Int, seed: UInt64 = 2010, _ model: ([Double]) -> Double) -> [SobolIndices] {
        let design = SaltelliDesign(parameterCount: k, baseCount: n)
        var rng = SplitMix64(seed: seed)
        return design.indices(of: design.rows().map(model), using: &rng)
    }

    /// Checks every estimate within `tolerance` of the truth and every 95 %
    /// interval covering it.
    static func expectClose(_ indices: [SobolIndices], first: [Double], total: [Double], tolerance: Double) {
        for (i, index) in indices.enumerated() {
            #expect(abs(index.firstOrder.estimate - first[i]) < tolerance, "S\(i + 1) = \(index.firstOrder), truth \(first[i])")
            #expect(abs(index.total.estimate - total[i]) < tolerance, "ST\(i + 1) = \(index.total), truth \(total[i])")
            #expect(index.firstOrder.contains(first[i]), "S\(i + 1) = \(index.firstOrder), truth \(first[i])")
            #expect(index.total.contains(total[i]), "ST\(i + 1) = \(index.total), truth \(total[i])")
        }
    }

    @Test func ishigamiIndicesAreWithinTwoHundredthsAtTwoToTheThirteenBaseRows() {
        // Budget: 2¹³ · (3 + 2) = 40 960 evaluations.
        let truth = SensitivityTestFunctions.ishigamiIndices()
        let indices = Self.indices(parameters: 3, baseCount: 1 << 13) { SensitivityTestFunctions.ishigami($0) }
        Self.expectClose(indices, first: truth.first, total: truth.total, tolerance: 0.02)
    }

    @Test func linearModelIndicesAreTheSquaredCoefficientShares() {
        // Additive: Sᵢ = STᵢ = aᵢ²/Σa², here (1, 4, 0.25, 0)/5.25.
        let a = [1.0, -2, 0.5, 0]
        let sumOfSquares = a.reduce(0) { $0 + $1 * $1 }
        let shares = a.map { $0 * $0 / sumOfSquares }
        let indices = Self.indices(parameters: 4, baseCount: 1 << 10) { SensitivityTestFunctions.linear($0, a: a) }
        Self.expectClose(indices, first: shares, total: shares, tolerance: 0.01)
        // A parameter that does not enter the model has no effect at all.
        #expect(indices[3].total.estimate == 0 && indices[3].total.upperBound == 0)
    }

    @Test func gFunctionIndicesMatchTheClosedForm() {
        // Budget: 2¹³ · (8 + 2) = 81 920 evaluations.
        let a = [0.0, 1, 4.5, 9, 99, 99, 99, 99]
        let truth = SensitivityTestFunctions.gIndices(a: a)
        let indices = Self.indices(parameters: 8, baseCount: 1 << 13) { SensitivityTestFunctions.g($0, a: a) }
        Self.expectClose(indices, first: truth.first, total: truth.total, tolerance: 0.02)
    }

    @Test func aConstantModelHasNoIndices() {
        let indices = Self.indices(parameters: 2, baseCount: 16) { _ in 3 }
        #expect(indices.allSatisfy { $0.firstOrder.estimate.isNaN && $0.total.estimate.isNaN })
    }

    @Test func theSameSeedGivesBitIdenticalIntervals() {
        let model: ([Double]) -> Double = { SensitivityTestFunctions.ishigami($0) }
        let first = Self.indices(parameters: 3, baseCount: 256, seed: 99, model)
        let again = Self.indices(parameters: 3, baseCount: 256, seed: 99, model)
        let other = Self.indices(parameters: 3, baseCount: 256, seed: 100, model)
        #expect(first == again)
        #expect(first != other)
        // The seed moves only the intervals: the estimates are the design's.
        #expect(first.map(\.firstOrder.estimate) == other.map(\.firstOrder.estimate))
    }

    @Test func shiftingTheOutputsLeavesTheIndicesUnchanged() {
        // The estimators centre the outputs, so a mean of 10⁶ costs nothing
        // beyond the rounding of the shifted values.
        let plain = Self.indices(parameters: 3, baseCount: 1 << 10) { SensitivityTestFunctions.ishigami($0) }
        let shifted = Self.indices(parameters: 3, baseCount: 1 << 10) { 1e6 + SensitivityTestFunctions.ishigami($0) }
        for (p, s) in zip(plain, shifted) {
            #expect(abs(p.firstOrder.estimate - s.firstOrder.estimate) < 1e-8)
            #expect(abs(p.total.upperBound - s.total.upperBound) < 1e-8)
        }
    }
}
