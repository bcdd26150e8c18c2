import Testing
@testable import CatallaxModel

/// `RouletteWheel`: shares proportional to the shifted fitness, uniform when flat.
@Suite struct RouletteWheelTests {
    /// Words at the midpoints of `count` equal slices of `[0, 2³²)`, so no word sits on a slice's edge.
    static func evenWords(_ count: Int) -> [UInt32] {
        (0..<count).map { (i: Int) -> UInt32 in UInt32((UInt64(2 * i + 1) << 31) / UInt64(count)) }
    }

    @Test func picksInProportionToPositiveFitness() {
        // Window 2..<6 of a larger array: π = (1, 2, 3, 4), all positive, so f = π, Σf = 10.
        let fitness = [-9.0, 9.0, 1, 2, 3, 4, -9]
        let wheel = RouletteWheel(fitness, base: 2, count: 4)
        #expect(wheel.floor == 0 && wheel.total == 10)
        var counts = [0, 0, 0, 0]
        for w in Self.evenWords(10_000) { counts[wheel.pick(fitness, word: w)] += 1 }
        #expect(counts == [1000, 2000, 3000, 4000])
    }

    @Test func aNegativeFitnessShiftsTheWheelToZero() {
        // π = (−1, 1, 3): f = (0, 2, 4), Σf = 6.
        let fitness = [-1.0, 1, 3]
        let wheel = RouletteWheel(fitness, base: 0, count: 3)
        #expect(wheel.floor == -1 && wheel.total == 6)
        var counts = [0, 0, 0]
        for w in Self.evenWords(600) { counts[wheel.pick(fitness, word: w)] += 1 }
        #expect(counts == [0, 200, 400])
    }

    @Test func aFlatWheelPicksUniformly() {
        let fitness = [-2.0, -2, -2]
        let wheel = RouletteWheel(fitness, base: 0, count: 3)
        var counts = [0, 0, 0]
        for w in Self.evenWords(300) { counts[wheel.pick(fitness, word: w)] += 1 }
        #expect(counts == [100, 100, 100])
        #expect(wheel.pick(fitness, word: .max) == 2)
    }
}
