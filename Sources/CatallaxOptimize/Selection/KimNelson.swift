import CatallaxSweep
import Foundation

/// Kim and Nelson's fully sequential indifference-zone selection (KN, ACM
/// TOMACS 2001; `docs/RankingAndSelection.md`): among `k` alternatives
/// sampled with common random numbers, it eliminates those a survivor beats
/// by more than a shrinking tolerance until one is left, and selects the
/// best with probability at least `1 − α` whenever the best is `δ` better
/// than the rest.
///
/// ```
/// η = ½[(2α/(k−1))^(−2/(n₀−1)) − 1],  h² = 2η(n₀ − 1)
/// Wᵢₗ(r) = max(0, δ/(2r)·(h²S²ᵢₗ/δ² − r))
/// ```
///
/// The caller samples: ``alternativesToSample`` says which alternatives
/// need their next replicate, ``record(_:)`` takes one replicate of each
/// (the same replicate index for all: common random numbers).
public struct KimNelson: Sendable {
    /// The number of alternatives `k ≥ 2`.
    public let alternativeCount: Int
    /// The indifference zone `δ > 0`.
    public let indifferenceZone: Double
    /// The error probability `α ∈ (0, 1)`.
    public let errorProbability: Double
    /// The first-stage size `n₀ ≥ 2`.
    public let firstStageSize: Int
    /// Which way is better.
    public let order: ObjectiveOrder
    /// `h² = 2η(n₀ − 1)`.
    public let hSquared: Double

    /// Every replicate recorded so far, by alternative (survivors stop growing once eliminated).
    public private(set) var observations: [[Double]]
    /// The alternatives still in contention, ascending.
    public private(set) var survivors: [Int]
    /// `S²ᵢₗ`, the first-stage variance of each pair's differences, row-major `k × k`, once known.
    var _pairVariances: [Double] = []

    /// Starts a selection.
    /// - Precondition: `k ≥ 2`, `δ > 0`, `0 < α < 1`, `n₀ ≥ 2`.
    public init(alternatives k: Int, indifferenceZone delta: Double, errorProbability alpha: Double,
                firstStageSize n0: Int, order: ObjectiveOrder) {
        precondition(k >= 2 && delta > 0 && alpha > 0 && alpha < 1 && n0 >= 2)
        alternativeCount = k
        indifferenceZone = delta
        errorProbability = alpha
        firstStageSize = n0
        self.order = order
        let eta = 0.5 * (pow(2 * alpha / Double(k - 1), -2 / Double(n0 - 1)) - 1)
        hSquared = 2 * eta * Double(n0 - 1)
        observations = Array(repeating: [], count: k)
        survivors = Array(0..<k)
    }

    /// Whether one alternative is left.
    public var isDone: Bool { survivors.count == 1 }

    /// The selected alternative once done; before that, the survivor with the best mean.
    public var best: Int {
        survivors.min { better(mean($0), than: mean($1)) } ?? 0
    }

    /// The alternatives whose next replicate is needed: all of them during
    /// the first stage, then the survivors; empty once done.
    public var alternativesToSample: [Int] { isDone ? [] : survivors }

    /// The replicates recorded for the survivors (they all have the same number).
    public var stage: Int { observations[survivors[0]].count }

    /// The mean of alternative `i`'s replicates.
    public func mean(_ i: Int) -> Double {
        observations[i].reduce(0, +) / Double(observations[i].count)
    }

    func better(_ a: Double, than b: Double) -> Bool {
        order == .ascending ? a < b : a > b
    }

    /// Records one replicate of every alternative in ``alternativesToSample``
    /// (`values[j]` for the `j`-th of them), then eliminates, once the first
    /// stage is complete, every survivor another beats by more than `Wᵢₗ(r)`.
    /// - Precondition: `values.count == alternativesToSample.count`.
    public mutating func record(_ values: [Double]) {
        let sampled = alternativesToSample
        precondition(values.count == sampled.count, "one value per alternative to sample")
        for (i, value) in zip(sampled, values) { observations[i].append(value) }
        let r = stage
        guard r >= firstStageSize else { return }
        if r == firstStageSize { _pairVariances = Self.pairVariances(observations) }
        // The best-mean survivor is never eliminated (no survivor beats it), so one always remains.
        let means = Dictionary(uniqueKeysWithValues: survivors.map { ($0, mean($0)) })
        let delta = indifferenceZone
        survivors = survivors.filter { i in
            !survivors.contains { l in
                guard l != i else { return false }
                let s2 = _pairVariances[i * alternativeCount + l]
                let w = max(0, delta / (2 * Double(r)) * (hSquared * s2 / (delta * delta) - Double(r)))
                return order == .ascending ? means[i]! > means[l]! + w : means[i]! < means[l]! - w
            }
        }
    }

    /// `S²ᵢₗ`: the sample variance of `Xᵢⱼ − Xₗⱼ` over the first stage, for every pair.
    static func pairVariances(_ observations: [[Double]]) -> [Double] {
        let k = observations.count
        var result = Array(repeating: 0.0, count: k * k)
        for i in 0..<k {
            for l in 0..<k where l != i {
                let differences = zip(observations[i], observations[l]).map { $0 - $1 }
                let mean = differences.reduce(0, +) / Double(differences.count)
                result[i * k + l] = differences.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(differences.count - 1)
            }
        }
        return result
    }
}
