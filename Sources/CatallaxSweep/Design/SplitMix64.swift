/// SplitMix64, the small 64-bit generator of Steele, Lea and Flood that the
/// sweep's sampled designs draw from.
///
/// ```
/// state ← state + 0x9E3779B97F4A7C15          (mod 2⁶⁴)
/// z ← (state ⊕ (state ≫ 30)) · 0xBF58476D1CE4E5B9
/// z ← (z ⊕ (z ≫ 27)) · 0x94D049BB133111EB
/// output z ⊕ (z ≫ 31)
/// ```
///
/// G. L. Steele, D. Lea, C. H. Flood, "Fast splittable pseudorandom number
/// generators", OOPSLA 2014; reference code
/// <https://prng.di.unimi.it/splitmix64.c>. Seeded with 0 its first outputs
/// are `0xE220A8397B1DCDAF`, `0x6E789E6AA1B965F4`, `0x06C45D188009454F`.
///
/// The generator is spelled out here rather than taken from the standard
/// library so that a sweep file gives the same design on every Swift
/// version: `SystemRandomNumberGenerator` is unseeded and
/// `Int.random(in:using:)` does not promise a fixed algorithm.
package struct SplitMix64: RandomNumberGenerator, Sendable, Equatable {
    /// The Weyl-sequence state.
    var state: UInt64

    /// A generator whose first output is `mix(seed + γ)`.
    package init(seed: UInt64) {
        state = seed
    }

    /// The generator of one sampled block: `seed ⊕ mix(block + 1)` as the
    /// starting state, so that blocks get unrelated streams (plain
    /// `seed + block` would make block `b + 1` the stream of block `b`
    /// shifted by one draw).
    init(seed: UInt64, block: Int) {
        state = seed ^ Self.mix(UInt64(block) &+ 1)
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// SplitMix64's output function (a variant of MurmurHash3's finalizer).
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
