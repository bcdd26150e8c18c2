/// The Sobol′ low-discrepancy sequence in up to ``maximumDimensions``
/// dimensions, with the direction numbers of Joe and Kuo.
///
/// Point `i` (from 0) in dimension `j` is the XOR of the direction numbers
/// picked by the bits of the Gray code of `i`:
/// ```
/// g = i ⊕ (i ≫ 1)
/// x_{i,j} = 2⁻³² · ⨁_{k : bit k−1 of g is set} v_{j,k}
/// v_{j,k} = m_{j,k} · 2^{32−k}                          for k ≤ s_j
/// v_{j,k} = v_{j,k−s} ⊕ (v_{j,k−s} ≫ s) ⊕ ⨁_{l=1}^{s−1} a_{j,l} · v_{j,k−l}   for k > s_j
/// ```
/// where `s_j` is the degree of dimension `j`'s primitive polynomial,
/// `a_{j,l}` its inner coefficients and `m_{j,k}` its initial direction
/// numbers. Dimension 1 is the van der Corput sequence in base 2 (all
/// `m = 1`). Gray-code order gives the same points as the sequential
/// recurrence of Antonov and Saleev, so the first points are the published
/// ones: `0`, `0.5`, `0.75`, `0.25`, `0.375`, … in dimension 1.
///
/// S. Joe and F. Y. Kuo, "Constructing Sobol sequences with better
/// two-dimensional projections", SIAM J. Sci. Comput. 30 (2008) 2635–2654;
/// direction numbers `new-joe-kuo-6.21201` from
/// <https://web.maths.unsw.edu.au/~fkuo/sobol/>.
///
/// Each point is computed from its index alone (no running state), so any
/// slice of the sequence can be produced independently; 32-bit direction
/// numbers give exact dyadic coordinates for the first 2³² points.
package struct SobolSequence: Sendable {
    /// The dimensions this table covers.
    package static let maximumDimensions = 1 + _JoeKuoDirections.table.count

    /// `v_{j,k}` for `k = 1 … 32`, per dimension.
    let _directions: [[UInt32]]

    /// The sequence in `dimensions` dimensions.
    /// - Precondition: `1 ≤ dimensions ≤ maximumDimensions`.
    package init(dimensions: Int) {
        precondition((1...Self.maximumDimensions).contains(dimensions), "Sobol dimensions must be in 1…\(Self.maximumDimensions)")
        var all: [[UInt32]] = [(1...32).map { UInt32(1) << (32 - $0) }]
        for polynomial in _JoeKuoDirections.table.prefix(dimensions - 1) {
            all.append(Self._directionNumbers(of: polynomial))
        }
        _directions = all
    }

    /// The number of dimensions.
    package var dimensions: Int { _directions.count }

    /// Point `index` of the sequence (point 0 is the origin), each
    /// coordinate in `[0, 1)`.
    /// - Precondition: `0 ≤ index < 2³²`.
    package func point(_ index: Int) -> [Double] {
        precondition(index >= 0 && index < 1 << 32, "Sobol index out of range")
        let gray = UInt32(truncatingIfNeeded: index ^ (index >> 1))
        return _directions.map { v in
            var x: UInt32 = 0
            var bits = gray
            var k = 0
            while bits != 0 {
                if bits & 1 != 0 { x ^= v[k] }
                bits >>= 1
                k += 1
            }
            return Double(x) * 0x1p-32
        }
    }

    /// The 32 direction numbers of one Joe–Kuo row.
    static func _directionNumbers(of row: _JoeKuoDirections.Row) -> [UInt32] {
        let s = row.degree
        var v = [UInt32](repeating: 0, count: 32)
        for k in 1...32 {
            if k <= s {
                v[k - 1] = row.initial[k - 1] << (32 - k)
            } else {
                var next = v[k - s - 1] ^ (v[k - s - 1] >> UInt32(s))
                for l in 1..<s where (row.coefficients >> (s - 1 - l)) & 1 == 1 {
                    next ^= v[k - l - 1]
                }
                v[k - 1] = next
            }
        }
        return v
    }
}
