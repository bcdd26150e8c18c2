import CatallaxNumerics

/// One generation of Arifovic's (1994) genetic algorithm over a population
/// of `n` strings (`n` even) stored at `base..<base + n` of a flat array:
/// roulette-wheel reproduction, single-point crossover, bit mutation and,
/// when on, the election operator (`docs/Cobweb.md`, "One generation").
///
/// ```
/// for each pair j < n/2, from block (t, a + j, genetic, 0) = (w₀, w₁, w₂, w₃):
///   parents  P₁ = roulette(w₀), P₂ = roulette(w₁)
///   children (C₁, C₂) = crossover(P₁, P₂, cut(w₃)) if w₂ < κ·2³², else (P₁, P₂)
///   C_k mutated bit by bit from blocks (t, a + j, genetic, 1 + 16k + ⌊b/4⌋)
///   slots 2j, 2j+1 ← election(P₁, P₂, C₁, C₂) if on, else (C₁, C₂)
/// ```
///
/// Holds a scratch buffer for the new population, sized on first use, so
/// repeated generations allocate nothing.
public struct GeneticGeneration: Sendable {
    @usableFromInline var _next: [UInt64] = []

    /// An empty generation (its buffer grows to the first population).
    @inlinable public init() {}

    /// Replaces `strings[base..<base + count]` by the next generation.
    /// - Parameters:
    ///   - fitness: each string's fitness at the last state, same indices
    ///     as `strings` (read for the wheel and for the parents' election).
    ///   - evaluate: the potential fitness of a new string (election only).
    ///   - key, step, agentBase: the counter of the draws, `(step, agentBase + j, genetic, ·)`.
    /// - Complexity: O(n² + n·ℓ).
    @inlinable
    public mutating func advance<Fitness: StringFitness>(
        strings: inout [UInt64], fitness: [Double], base: Int, count n: Int,
        operators o: GeneticOperators, evaluate: Fitness, key: RunKey, step: Int, agentBase: Int
    ) {
        if _next.count < n { _next = [UInt64](repeating: 0, count: n) }
        let wheel = RouletteWheel(fitness, base: base, count: n)
        for j in 0..<n / 2 {
            let block = key.block(step: step, agent: agentBase + j, purpose: .genetic, index: 0)
            let i1 = wheel.pick(fitness, word: block[0]), i2 = wheel.pick(fitness, word: block[1])
            let p1 = strings[base + i1], p2 = strings[base + i2]
            var (c1, c2) = (p1, p2)
            if o.crossoverTrial.accepts(block[2]) {
                (c1, c2) = SinglePointCrossover.children(p1, p2, cut: SinglePointCrossover.cut(word: block[3], bits: o.bits))
            }
            c1 = o.mutation.mutated(c1, bits: o.bits, key: key, step: step, agent: agentBase + j, firstIndex: 1)
            c2 = o.mutation.mutated(c2, bits: o.bits, key: key, step: step, agent: agentBase + j, firstIndex: 17)
            if o.election {
                (c1, c2) = ElectionOperator.elect(
                    parents: (p1, p2), parentFitness: (fitness[base + i1], fitness[base + i2]),
                    children: (c1, c2), childFitness: (evaluate.fitness(of: c1), evaluate.fitness(of: c2)))
            }
            _next[2 * j] = c1
            _next[2 * j + 1] = c2
        }
        for s in 0..<n { strings[base + s] = _next[s] }
    }
}
