/// Latin hypercube sampling: `n` points in `[0, 1)^d` such that, in every
/// dimension, each of the `n` strata `[k/n, (k+1)/n)` holds exactly one point.
///
/// ```
/// u_{i,j} = (π_j(i) + U_{i,j}) / n,   π_j a uniform random permutation of 0…n−1,
///                                     U_{i,j} ~ U[0, 1)
/// ```
/// Draw order, fixed so that a seed always gives the same design: for each
/// dimension `j` in turn, first `π_j` by Fisher–Yates (`for i = n−1 … 1:
/// swap(i, uniform index ≤ i)`), then the `n` jitters `U_{0,j} … U_{n−1,j}`.
///
/// M. D. McKay, R. J. Beckman, W. J. Conover, "A comparison of three
/// methods for selecting values of input variables in the analysis of
/// output from a computer code", Technometrics 21 (1979) 239–245.
package enum LatinHypercube {
    /// `count` points in `dimensions` dimensions, indexed `[point][dimension]`.
    ///
    /// The coordinate is clamped below `(π + 1)/n` so that rounding in the
    /// division can never push a point into the next stratum.
    /// - Complexity: O(count · dimensions).
    package static func points<G: RandomNumberGenerator>(count: Int, dimensions: Int, using rng: inout G) -> [[Double]] {
        var result = [[Double]](repeating: [Double](repeating: 0, count: dimensions), count: count)
        guard count > 0 else { return result }
        let n = Double(count)
        for j in 0..<dimensions {
            var strata = Array(0..<count)
            for i in stride(from: count - 1, to: 0, by: -1) {
                strata.swapAt(i, _uniformIndex(upTo: i, using: &rng))
            }
            for i in 0..<count {
                let stratum = Double(strata[i])
                let u = (stratum + _unit(using: &rng)) / n
                result[i][j] = min(u, ((stratum + 1) / n).nextDown)
            }
        }
        return result
    }
}

/// A uniform real in `[0, 1)` from the top 53 bits of one draw.
func _unit<G: RandomNumberGenerator>(using rng: inout G) -> Double {
    Double(rng.next() >> 11) * 0x1p-53
}

/// A uniform integer in `0 … upper` by Lemire's multiply-and-reject method
/// (D. Lemire, "Fast random integer generation in an interval", ACM TOMACS
/// 29(1), 2019), free of the bias of `next() % (upper + 1)`.
func _uniformIndex<G: RandomNumberGenerator>(upTo upper: Int, using rng: inout G) -> Int {
    let s = UInt64(upper) + 1
    var product = rng.next().multipliedFullWidth(by: s)
    if product.low < s {
        // 2⁶⁴ mod s, computed without overflow as (0 − s) mod s.
        let threshold = (0 &- s) % s
        while product.low < threshold {
            product = rng.next().multipliedFullWidth(by: s)
        }
    }
    return Int(product.high)
}
