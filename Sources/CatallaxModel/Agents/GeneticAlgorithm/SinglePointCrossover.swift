/// Single-point crossover of two `ℓ`-bit strings (Holland 1975; Arifovic
/// 1994): below the cut each child keeps its own parent's bits, from the
/// cut up it takes the other's.
///
/// ```
/// low = 2^c − 1,   child₁ = (a ∧ low) ∨ (b ∧ ¬low),   child₂ = (b ∧ low) ∨ (a ∧ ¬low),   1 ≤ c ≤ ℓ − 1
/// ```
public enum SinglePointCrossover {
    /// The two children of `a` and `b` cut at bit `cut`.
    @inlinable
    public static func children(_ a: UInt64, _ b: UInt64, cut: Int) -> (UInt64, UInt64) {
        let low = (1 as UInt64 &<< UInt64(cut)) &- 1
        return ((a & low) | (b & ~low), (b & low) | (a & ~low))
    }

    /// The cut `c = 1 + ⌊w·(ℓ − 1)/2³²⌋ ∈ 1…ℓ−1` given by the uniform word `word`.
    @inlinable
    public static func cut(word: UInt32, bits: Int) -> Int {
        1 + Int((UInt64(word) &* UInt64(bits - 1)) &>> 32)
    }
}
