import CatallaxNumerics

/// The settings of one genetic algorithm (Arifovic 1994): string length,
/// crossover rate `κ` per pair, mutation rate `μ` per bit, and whether the
/// election operator filters the offspring.
public struct GeneticOperators: Sendable {
    /// `ℓ`, the string length.
    public let bits: Int
    /// `κ` as a threshold on uniform words.
    public let crossoverTrial: BernoulliThreshold
    /// `μ` per bit.
    public let mutation: BitMutation
    /// Whether offspring must beat their parents at the last price to enter.
    public let election: Bool

    /// The operators for strings of `bits` bits.
    @inlinable
    public init(bits: Int, crossoverRate: Double, mutationRate: Double, election: Bool) {
        self.bits = bits
        crossoverTrial = BernoulliThreshold(probability: crossoverRate)
        mutation = BitMutation(rate: mutationRate)
        self.election = election
    }
}

/// What a genetic algorithm optimises: the fitness of a string, here the
/// potential fitness at the last observed state (a generic parameter, so
/// the generation's loop specializes and calls it directly).
public protocol StringFitness {
    /// `φ(s)`, larger is better.
    func fitness(of s: UInt64) -> Double
}
