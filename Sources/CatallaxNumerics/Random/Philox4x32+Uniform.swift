// Uniform doubles in the open interval (0, 1) from two random words.
//
// Derivation of the expression evaluated. The 52 bits
//
//     k = (hi << 20) | (lo >> 12),   0 ≤ k < 2⁵²
//
// fill the significand of a double in [1, 2):
//
//     y = Double(bitPattern: 0x3FF0_0000_0000_0000 | k) = 1 + k·2⁻⁵²
//
// and one subtraction centres the grid in its cells:
//
//     u = y − (1 − 2⁻⁵³) = k·2⁻⁵² + 2⁻⁵³ = (k + ½)·2⁻⁵²
//
// The subtraction is exact (Sterbenz: 1 − 2⁻⁵³ lies within a factor 2 of
// y ∈ [1, 2 − 2⁻⁵²]), and (2k + 1)·2⁻⁵³ has at most 53 significant bits, so u is
// exactly the midpoint of the k-th of 2⁵² equal cells of (0, 1). Only integer
// lane operations and one subtraction are needed: AVX2 has no unsigned 64-bit
// to double conversion.
//
// Why 52 bits and not 53: the 53-bit midpoint (k + ½)·2⁻⁵³ with k < 2⁵³ needs 54
// significant bits. Rounded to a double, the top cell k = 2⁵³ − 1 gives exactly
// 1.0 (a tie, rounded to even), and for k ≥ 2⁵² every midpoint is a tie rounded
// to an even neighbour, so the upper half would lose a bit and be biased. The
// open interval (0, 1) holds only 2⁵³ − 1 doubles of the spacing 2⁻⁵³ found
// just below 1, so no exact uniform grid of 2⁵³ cells fits in it.

extension Philox4x32 {
    /// A uniform double in the open interval (0, 1) from two random words.
    ///
    /// ```
    /// k = (hi << 20) | (lo >> 12)         the top 52 of the 64 bits hi:lo
    /// u = (k + ½) · 2⁻⁵²                  ∈ [2⁻⁵³, 1 − 2⁻⁵³]
    /// ```
    ///
    /// Every one of the 2⁵² values is the exact midpoint of an equal cell, so
    /// the distribution is symmetric about ½ (`1 − u` has the same law as `u`)
    /// and its mean is exactly ½. The trap avoided: `u` is never 0 or 1, so
    /// `log(u)` and `log(1 − u)` are always finite (|ln u| ≤ 53 ln 2 ≈ 36.7).
    ///
    /// - Parameters:
    ///   - hi: the word supplying the high 32 of the 52 bits.
    ///   - lo: the word supplying the low 20 bits (its top 20 bits).
    /// - Returns: `u` with `0 < u < 1`.
    @inlinable @inline(__always)
    public static func unitInterval(hi: UInt32, lo: UInt32) -> Double {
        let k = (UInt64(hi) &<< 20) | (UInt64(lo) &>> 12)
        return Double(bitPattern: 0x3FF0_0000_0000_0000 | k) - _oneMinusHalfCell
    }

    /// A uniform double in the open interval (0, 1) on every lane, from two
    /// random 32-bit words per lane held in the low halves of 64-bit lanes
    /// (as ``block(counter:key0:key1:)`` returns them).
    ///
    /// ```
    /// u[i] = ((hi[i] << 20 | lo[i] >> 12) + ½) · 2⁻⁵²      ∈ [2⁻⁵³, 1 − 2⁻⁵³]
    /// ```
    ///
    /// Lane by lane bit-identical to the scalar ``unitInterval(hi:lo:)``, whose
    /// documentation gives the distribution. Branch-free: integer lane
    /// operations and one subtraction.
    ///
    /// - Parameters:
    ///   - hi: per lane, the word supplying the high 32 of the 52 bits (high half zero).
    ///   - lo: per lane, the word supplying the low 20 bits (high half zero).
    /// - Returns: lanes `u` with `0 < u < 1`.
    @inlinable @inline(__always)
    public static func unitInterval<V: LaneVector>(hi: V.Bits, lo: V.Bits) -> V {
        let bits = (hi &<< 20) | (lo &>> 12) | V.Bits(repeating: 0x3FF0_0000_0000_0000)
        return V(bitPattern: bits) - V(repeating: _oneMinusHalfCell)
    }

    /// A uniform double in the open interval (0, 1) from one random word,
    /// on every lane (the word in the low half of a 64-bit lane):
    /// ```
    /// u[i] = (w[i] + ½) · 2⁻³²            ∈ [2⁻³³, 1 − 2⁻³³]
    /// ```
    /// The same construction as ``unitInterval(hi:lo:)`` on a coarser grid:
    /// `1 + w·2⁻³²` (the word in the significand's top 32 bits) less
    /// `1 − 2⁻³³`, exact by the same argument, so every value is the
    /// midpoint of one of 2³² equal cells and `1 − u` has the law of `u`.
    /// For draws where 32 bits resolve every probability that matters and
    /// a second word is worth more as a second draw (the curve-volatility
    /// walk takes two agents' draws from one block).
    ///
    /// - Parameter w: per lane, a random word (high half zero).
    /// - Returns: lanes `u` with `0 < u < 1`.
    @inlinable @inline(__always)
    public static func unitInterval<V: LaneVector>(word w: V.Bits) -> V {
        let bits = (w &<< 20) | V.Bits(repeating: 0x3FF0_0000_0000_0000)
        return V(bitPattern: bits) - V(repeating: 1 - 0x1p-33)
    }

    /// `1 − 2⁻⁵³`, the offset that turns `1 + k·2⁻⁵²` into the cell midpoint `(k + ½)·2⁻⁵²`.
    @inlinable internal static var _oneMinusHalfCell: Double { 1 - 0x1p-53 }
}
