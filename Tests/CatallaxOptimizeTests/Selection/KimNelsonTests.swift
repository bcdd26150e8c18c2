import CatallaxOptimize
import CatallaxSweep
import Foundation
import PropertyBased
import Testing

/// KN in the configurations its guarantee is stated for, over many seeded
/// macro-replications (`docs/RankingAndSelection.md`).
@Suite struct KimNelsonTests {
    /// Standard normals by Box–Muller from a seeded xoshiro.
    struct Normals {
        var generator: Xoshiro
        init(seed: UInt64) { generator = Xoshiro(seed: (seed, 0x9E37_79B9, seed &* 31, 7)) }
        mutating func next() -> Double {
            let u = (Double(generator.next() >> 11) + 0.5) / 0x1p53
            let v = Double(generator.next() >> 11) / 0x1p53
            return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
        }
    }

    /// Runs KN to the end on normal alternatives; returns the selection and the replicates spent.
    static func select(means: [Double], sds: [Double], delta: Double, order: ObjectiveOrder, seed: UInt64) -> (best: Int, replicates: Int) {
        var normals = Normals(seed: seed)
        var kn = KimNelson(alternatives: means.count, indifferenceZone: delta, errorProbability: 0.05, firstStageSize: 10, order: order)
        var spent = 0
        while !kn.isDone {
            let sampled = kn.alternativesToSample
            kn.record(sampled.map { means[$0] + sds[$0] * normals.next() })
            spent += sampled.count
        }
        return (kn.best, spent)
    }

    /// The slippage configuration: the best `δ` ahead, the rest tied.
    @Test(arguments: [(ObjectiveOrder.ascending, false), (.descending, false), (.ascending, true), (.descending, true)])
    func slippageConfigurationMeetsTheStatedProbability(order: ObjectiveOrder, unequalVariances: Bool) {
        let k = 5, delta = 0.5, macroReplications = 1000
        let lead = order == .ascending ? -delta : delta
        let means = [0, 0, lead, 0, 0]
        let sds = unequalVariances ? [1, 2, 1.5, 0.5, 1] : Array(repeating: 1.0, count: k)
        var correct = 0
        var spent = 0
        for m in 0..<macroReplications {
            let result = Self.select(means: means, sds: sds, delta: delta, order: order, seed: UInt64(m) &+ 1)
            if result.best == 2 { correct += 1 }
            spent += result.replicates
        }
        let pcs = Double(correct) / Double(macroReplications)
        let standardError = (0.95 * 0.05 / Double(macroReplications)).squareRoot()
        #expect(pcs >= 0.95 - 3 * standardError, "PCS \(pcs) after \(spent / macroReplications) replicates on average")
    }

    @Test func farApartMeansAreDecidedAfterTheFirstStage() {
        let result = Self.select(means: [10, 0, 20], sds: [1, 1, 1], delta: 0.5, order: .ascending, seed: 3)
        #expect(result.best == 1)
        #expect(result.replicates == 30)
    }

    @Test func theSameSeedSelectsTheSameWay() {
        let a = Self.select(means: [0, 0.2, 0.1], sds: [1, 1, 1], delta: 0.2, order: .ascending, seed: 11)
        let b = Self.select(means: [0, 0.2, 0.1], sds: [1, 1, 1], delta: 0.2, order: .ascending, seed: 11)
        #expect(a == b)
    }

    @Test func approximateCorrectSelectionMatchesAHandComputation() {
        // Two rivals, each 2 standard errors behind: 1 − 2·Φ(−2) = 1 − 2·0.0227501…
        let apcs = approximateCorrectSelection(selected: 0, means: [0, 2, 2], standardDeviations: [1, 1, 1],
                                               counts: [2, 2, 2], order: .ascending)
        #expect(abs(apcs - (1 - 2 * 0.022750131948179195)) < 1e-12)
        let separated = approximateCorrectSelection(selected: 1, means: [5, 0, 9], standardDeviations: [1, 1, 1],
                                                    counts: [100, 100, 100], order: .ascending)
        #expect(separated == 1)
        let tied = approximateCorrectSelection(selected: 0, means: [1, 1, 1, 1], standardDeviations: [1, 1, 1, 1],
                                               counts: [10, 10, 10, 10], order: .descending)
        #expect(tied == 0)
    }
}
