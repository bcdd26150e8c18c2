@testable import CatallaxSweep
import Testing

@Suite struct SobolSequenceTests {
    /// The first points of the unscrambled sequence in 8 dimensions (Joe and
    /// Kuo's `new-joe-kuo-6.21201`, Gray-code order, point 0 the origin).
    static let firstPoints: [[Double]] = [
        [0, 0, 0, 0, 0, 0, 0, 0],
        [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
        [0.75, 0.25, 0.25, 0.25, 0.75, 0.75, 0.25, 0.75],
        [0.25, 0.75, 0.75, 0.75, 0.25, 0.25, 0.75, 0.25],
        [0.375, 0.375, 0.625, 0.875, 0.375, 0.125, 0.375, 0.875],
        [0.875, 0.875, 0.125, 0.375, 0.875, 0.625, 0.875, 0.375],
        [0.625, 0.125, 0.875, 0.625, 0.625, 0.875, 0.125, 0.125],
        [0.125, 0.625, 0.375, 0.125, 0.125, 0.375, 0.625, 0.625],
        [0.1875, 0.3125, 0.9375, 0.4375, 0.5625, 0.3125, 0.4375, 0.9375],
    ]

    @Test func firstPointsMatchThePublishedSequenceInEightDimensions() {
        let sobol = SobolSequence(dimensions: 8)
        for (i, expected) in Self.firstPoints.enumerated() {
            #expect(sobol.point(i) == expected, "point \(i)")
        }
    }

    @Test func laterPointsMatchTheReferenceInAllDimensions() {
        // Points 100, 1000 and 1024 in 21 dimensions, as integers over 2⁷,
        // 2¹⁰ and 2¹¹: these use direction numbers past each degree s, so
        // they check the recurrence, not just the table's m values.
        // Reference: scipy.stats.qmc.Sobol(d=21, scramble=False).
        let sobol = SobolSequence(dimensions: 21)
        let expected: [(index: Int, scale: Double, numerators: [Double])] = [
            (100, 0x1p7, [53, 33, 99, 93, 113, 95, 3, 61, 81, 89, 59, 87, 61, 109, 41, 63, 87, 95, 107, 43, 97]),
            (1000, 0x1p10, [225, 99, 531, 693, 287, 929, 47, 921, 513, 71, 87, 261, 165, 393, 147, 379, 737, 353, 1015, 743, 535]),
            (1024, 0x1p11, [3, 771, 917, 997, 1141, 1729, 495, 1203, 1427, 1375, 1683, 1887, 1447, 693, 271, 1755, 1751, 405, 1103, 709, 1075]),
        ]
        for (index, scale, numerators) in expected {
            #expect(sobol.point(index) == numerators.map { $0 / scale }, "point \(index)")
        }
    }

    @Test func firstPowerOfTwoPointsHitEveryDyadicIntervalOncePerDimension() {
        // The first 2^m points of a Sobol′ sequence are a (0, m, 1)-net in
        // each coordinate: one point in each [k/2^m, (k+1)/2^m).
        let sobol = SobolSequence(dimensions: SobolSequence.maximumDimensions)
        let n = 256
        let points = (0..<n).map(sobol.point)
        for j in 0..<sobol.dimensions {
            let cells = Set(points.map { Int($0[j] * Double(n)) })
            #expect(cells.count == n, "dimension \(j + 1)")
        }
    }

    @Test func sobolDesignSkipsTheOriginAndIgnoresTheSeed() {
        var a = SplitMix64(seed: 1), b = SplitMix64(seed: 2)
        let first = SampledDesign.sobol.unitPoints(count: 3, dimensions: 2, using: &a)
        let second = SampledDesign.sobol.unitPoints(count: 3, dimensions: 2, using: &b)
        #expect(first == [[0.5, 0.5], [0.75, 0.25], [0.25, 0.75]])
        #expect(first == second)
    }
}
