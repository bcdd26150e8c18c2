/// The Philox key of one run: run (point `p`, replicate `r`) of a sweep with
/// seed `s`, hashed to 64 bits.
///
/// ```
/// f(x) = mix(x + γ)   (mod 2⁶⁴),   γ = 0x9E3779B97F4A7C15
/// mix(z): z ← (z ⊕ z≫30)·0xBF58476D1CE4E5B9;  z ← (z ⊕ z≫27)·0x94D049BB133111EB;  z ⊕ z≫31
/// key(s, p, r) = f( f( f(s) ⊕ p ) ⊕ r )
/// words = (key mod 2³², key ≫ 32)             key0 = low half, key1 = high half
/// ```
///
/// `mix` is the SplitMix64 finalizer (Steele, Lea, Flood, "Fast splittable
/// pseudorandom number generators", OOPSLA 2014; constants of Stafford's
/// "Mix13"), a bijection of 64-bit words in which every input bit flips each
/// output bit with probability close to ½. `f` is a bijection too, so two runs
/// that differ in only one of `s`, `p`, `r` never share a key; any other two
/// collide with probability about 2⁻⁶⁴. Adding `γ` keeps zero from being a
/// fixed point (`mix(0) = 0`), so `(0, 0, 0)` gets a key like any other.
///
/// The key depends on nothing but `(s, p, r)`: the same run draws the same
/// stream whatever the lane, batch, thread or shard that executes it.
public struct RunKey: Hashable, Sendable {
    /// The 64-bit key.
    public let value: UInt64

    /// The key of run (point `point`, replicate `replicate`) of the sweep seeded with `seed`.
    ///
    /// ```
    /// key = f( f( f(seed) ⊕ point ) ⊕ replicate )
    /// ```
    ///
    /// - Parameters:
    ///   - seed: the sweep's seed `s`.
    ///   - point: the parameter point's index `p`.
    ///   - replicate: the replicate's index `r` within the point.
    public init(seed: UInt64, point: UInt64, replicate: UInt64) {
        value = Self._step(Self._step(Self._step(seed) ^ point) ^ replicate)
    }

    /// The key of replicate `replicate` shared by every point of a sweep
    /// seeded with `seed`: `key(s, 0, r)`.
    ///
    /// Sweeps key runs this way so that replicate `r` of every point draws the
    /// same stream — common random numbers — and differences between points
    /// are differences of design, not of luck (`REFERENCE-SCENARIO.md`).
    /// The point still selects the parameters, so its runs differ.
    public init(seed: UInt64, replicate: UInt64) {
        self.init(seed: seed, point: 0, replicate: replicate)
    }

    /// The key whose Philox key words are `words`: the inverse of ``words``,
    /// for code that holds only a lane's two key words.
    ///
    /// ```
    /// value = words[0] + 2³²·words[1]
    /// ```
    ///
    /// - Parameter words: the low key word first, then the high one.
    @inlinable
    public init(words: SIMD2<UInt32>) {
        value = UInt64(words[0]) | UInt64(words[1]) &<< 32
    }

    /// The key as Philox's two key words, low half first.
    ///
    /// ```
    /// words = (value mod 2³², value ≫ 32)
    /// ```
    @inlinable
    public var words: SIMD2<UInt32> {
        SIMD2(UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value &>> 32))
    }

    /// `f(x) = mix(x + γ)`: one SplitMix64 output for state `x`.
    internal static func _step(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z &>> 31)
    }
}
