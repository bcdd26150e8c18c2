import CatallaxNumerics
import Testing

@Suite struct LaneMathLaneWidthTests {
    @Test(arguments: LaneMathFunction.allCases)
    func resultsAreBitIdenticalAcrossLaneWidths(function: LaneMathFunction) {
        // Every lane is computed by the same IEEE operations, so SIMD2, SIMD4
        // and SIMD8 must agree bit for bit, whatever the neighbouring lanes
        // hold (NaN and ±∞ neighbours included).
        var sampler = LaneMathSampler(seed: 0x1A)
        var points = sampler.points(4000) { $0.sign() * $0.logUniform(-1074, 1024) }
        points += [0, -0.0, .infinity, -.infinity, .nan, 1, -1, 709.8, -745.2, 0x1p-1074, -0.5, 2, 3, 4, 5, 6]
        for start in stride(from: 0, to: points.count - 7, by: 8) {
            let slice = Array(points[start..<(start + 8)])
            let wide = function.evaluate(SIMD8<Double>(slice))
            let lowFour = function.evaluate(SIMD4<Double>(slice[0..<4]))
            let highFour = function.evaluate(SIMD4<Double>(slice[4..<8]))
            for lane in 0..<8 {
                let pair = function.evaluate(SIMD2<Double>(slice[(lane & ~1)..<((lane & ~1) + 2)]))
                let four = lane < 4 ? lowFour[lane] : highFour[lane - 4]
                #expect(wide[lane].bitPattern == four.bitPattern, "x = \(slice[lane])")
                #expect(wide[lane].bitPattern == pair[lane & 1].bitPattern, "x = \(slice[lane])")
            }
        }
    }
}
