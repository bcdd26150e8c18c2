/// The Philox4x32-10 counter-based random number generator: a keyed
/// bijection of 128-bit counters, so every random word of a run is a pure
/// function of where it is used (the counter) and of which run uses it (the key).
///
/// ```
/// (hi, lo) = M · x                      32×32 → 64-bit product
/// round(x, k) = ( hi₁ ⊕ x₁ ⊕ k₀,  lo₁,  hi₀ ⊕ x₃ ⊕ k₁,  lo₀ )
///               with (hi₀, lo₀) = M₀·x₀, (hi₁, lo₁) = M₁·x₂
/// block(c, k) = round¹⁰, the key bumped by (W₀, W₁) mod 2³² before rounds 2…10
/// M₀ = 0xD2511F53, M₁ = 0xCD9E8D57, W₀ = 0x9E3779B9, W₁ = 0xBB67AE85
/// ```
///
/// There is no state to carry, seed or split: a draw never depends on how many
/// draws came before it, on the thread that makes it or on the lane width, so
/// runs are reproducible bit for bit. Ten rounds pass BigCrush with a safety
/// margin (Salmon et al. found seven to be the fewest that pass); the period
/// of each key's stream is 2¹²⁸ blocks.
///
/// Word order follows Random123: element `0` of the counter, key and result
/// is its `v[0]`, so the known-answer vectors of `kat_vectors` apply as written.
///
/// See J. K. Salmon, M. A. Moraes, R. O. Dror, D. E. Shaw, "Parallel random
/// numbers: as easy as 1, 2, 3", SC '11, doi:10.1145/2063384.2063405, and
/// Random123 `include/Random123/philox.h`.
public enum Philox4x32 {
    /// The number of rounds, ten: Random123's default and recommended count.
    @inlinable internal static var _rounds: Int { 10 }

    @inlinable internal static var _multiplier0: UInt32 { 0xD251_1F53 }
    @inlinable internal static var _multiplier1: UInt32 { 0xCD9E_8D57 }
    /// Weyl increment of key word 0: the golden ratio's fraction · 2³².
    @inlinable internal static var _weyl0: UInt32 { 0x9E37_79B9 }
    /// Weyl increment of key word 1: (√3 − 1) · 2³².
    @inlinable internal static var _weyl1: UInt32 { 0xBB67_AE85 }
}

// MARK: - One block, scalar

extension Philox4x32 {
    /// The four random words of one Philox4x32-10 block.
    ///
    /// ```
    /// block(counter, key) = round¹⁰(counter) with keys key + i·(W₀, W₁), i = 0…9
    /// ```
    ///
    /// Domain: every counter and key; the map is a bijection of counters for
    /// each key, so distinct counters never give the same block.
    ///
    /// - Parameters:
    ///   - counter: the 128-bit counter, `counter[0]` first as Random123's `v[0]`.
    ///   - key: the 64-bit key, `key[0]` first.
    /// - Returns: four independent, uniformly distributed 32-bit words.
    @inlinable
    public static func block(counter: SIMD4<UInt32>, key: SIMD2<UInt32>) -> SIMD4<UInt32> {
        var x = counter
        var k = key
        for round in 0..<_rounds {
            if round > 0 { k &+= SIMD2(_weyl0, _weyl1) }
            let p0 = _multiplier0.multipliedFullWidth(by: x[0])
            let p1 = _multiplier1.multipliedFullWidth(by: x[2])
            x = SIMD4(p1.high ^ x[1] ^ k[0], p1.low, p0.high ^ x[3] ^ k[1], p0.low)
        }
        return x
    }
}

// MARK: - One block per lane, one key per lane

extension Philox4x32 {
    /// One Philox4x32-10 block on every lane, at the same counter and under a
    /// different key per lane (one lane is one run), each 32-bit word held in
    /// the low half of a 64-bit lane.
    ///
    /// ```
    /// (w₀[i], w₁[i], w₂[i], w₃[i]) = block(counter, (key0[i], key1[i]))   for every lane i
    /// ```
    ///
    /// The result is bit-identical, lane by lane, to the scalar
    /// ``block(counter:key:)``; the high halves of the returned lanes are
    /// zero, and only the low halves of the keys are read.
    ///
    /// Why 64-bit lanes: the round needs the full 64-bit product of two
    /// 32-bit words, which is one `vpmuludq` per register when the word
    /// already sits in a 64-bit lane. With 32-bit lanes the high half costs
    /// two multiplies (even and odd lanes), a shift and a permute, and the
    /// low half a slow `vpmulld`: about 2.5× the instructions per round.
    /// Between rounds the high halves carry garbage (the previous product's
    /// high word, XORed keys): `vpmuludq` reads only the low halves and XOR
    /// and addition mod 2³² never move high bits down, so it is masked off
    /// once, at the end. Since the counter is shared, the products of the
    /// first round are computed once for all lanes.
    ///
    /// - Parameters:
    ///   - counter: the counter shared by all lanes, `counter[0]` first.
    ///   - key0: key word 0 of each lane (the low half of ``RunKey``).
    ///   - key1: key word 1 of each lane (the high half of ``RunKey``).
    /// - Returns: the four words of each lane's block, word 0 first.
    @inlinable @inline(__always)
    public static func block<B: LaneBits>(
        counter: SIMD4<UInt32>, key0: B, key1: B
    ) -> (B, B, B, B) {
        // Round 1: the multiplied words are the same on every lane.
        let p0 = _multiplier0.multipliedFullWidth(by: counter[0])
        let p1 = _multiplier1.multipliedFullWidth(by: counter[2])
        let x = (
            B(repeating: UInt64(p1.high ^ counter[1])) ^ key0, B(repeating: UInt64(p1.low)),
            B(repeating: UInt64(p0.high ^ counter[3])) ^ key1, B(repeating: UInt64(p0.low))
        )
        return _roundsTwoToTen(x, key: (key0, key1))
    }

    /// Rounds 2…10 on every lane from the state after round 1 and the
    /// round-1 keys, then the high halves masked off.
    ///
    /// Unrolled by hand: left as a loop, the optimizer stops unrolling it
    /// at SIMD8 once the block is inlined into a larger loop.
    @inlinable @inline(__always)
    internal static func _roundsTwoToTen<B: LaneBits>(_ x: (B, B, B, B), key: (B, B)) -> (B, B, B, B) {
        var x = x, k = key
        _bumpKey(&k); _round(&x, key: k)  // 2
        _bumpKey(&k); _round(&x, key: k)  // 3
        _bumpKey(&k); _round(&x, key: k)  // 4
        _bumpKey(&k); _round(&x, key: k)  // 5
        _bumpKey(&k); _round(&x, key: k)  // 6
        _bumpKey(&k); _round(&x, key: k)  // 7
        _bumpKey(&k); _round(&x, key: k)  // 8
        _bumpKey(&k); _round(&x, key: k)  // 9
        _bumpKey(&k); _round(&x, key: k)  // 10
        let low = B(repeating: 0xFFFF_FFFF)
        return (x.0 & low, x.1 & low, x.2 & low, x.3 & low)
    }

    /// One Philox round on every lane, `x ← round(x, k)`, on the low halves.
    @inlinable @inline(__always)
    internal static func _round<B: LaneBits>(_ x: inout (B, B, B, B), key k: (B, B)) {
        let low = B(repeating: 0xFFFF_FFFF)
        // Masked operands make the multiply a 32×32 → 64-bit `vpmuludq`.
        let p0 = (x.0 & low) &* UInt64(_multiplier0)
        let p1 = (x.2 & low) &* UInt64(_multiplier1)
        x = ((p1 &>> 32) ^ x.1 ^ k.0, p1, (p0 &>> 32) ^ x.3 ^ k.1, p0)
    }

    /// The key schedule on every lane: `k ← k + (W₀, W₁)`, correct mod 2³² in the low halves.
    @inlinable @inline(__always)
    internal static func _bumpKey<B: LaneBits>(_ k: inout (B, B)) {
        k.0 &+= UInt64(_weyl0)
        k.1 &+= UInt64(_weyl1)
    }
}
