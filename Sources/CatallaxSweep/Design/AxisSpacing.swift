#if canImport(Glibc)
import Glibc
#endif

/// How the values of a range lie between its ends.
enum AxisSpacing: String, CaseIterable, Sendable {
    /// Equal differences: `x_i = from + (to − from)·i/(n − 1)`.
    case even
    /// Equal ratios: `x_i = from·(to/from)^{i/(n − 1)}`; both ends must be positive.
    case geometric

    /// The `count` values from `from` to `to`, both ends included.
    ///
    /// ```
    /// even:       x_i = from + (to − from)·i/(n − 1)
    /// geometric:  x_i = exp(ln from + (ln to − ln from)·i/(n − 1))
    /// ```
    /// The last value is set to `to` exactly (the formulas can miss it by an
    /// ulp: `0.1 + (0.3 − 0.1)` is not `0.3`), and for `count = 1` the one
    /// value is `from`.
    /// - Complexity: O(count).
    func values(from: Double, to: Double, count: Int) -> [Double] {
        guard count > 1 else { return count == 1 ? [from] : [] }
        let last = Double(count - 1)
        var result = (0..<count).map { i in
            switch self {
            // Multiply before dividing: (to − from)·i/(n − 1) is exact for
            // the usual decimal grids (1…4 in 16 steps), (i/(n − 1))·(to − from) is not.
            case .even: from + (to - from) * Double(i) / last
            case .geometric: value(atFraction: Double(i) / last, from: from, to: to)
            }
        }
        result[0] = from
        result[count - 1] = to
        return result
    }

    /// The value a fraction `t ∈ [0, 1]` of the way from `from` to `to`,
    /// clamped into `[from, to]`.
    ///
    /// ```
    /// even:       from + t·(to − from)
    /// geometric:  exp(ln from + t·(ln to − ln from))
    /// ```
    /// The geometric form interpolates logarithms rather than computing
    /// `from·(to/from)^t`, whose ratio can overflow for ends far apart.
    /// The ends themselves are returned for `t = 0` and `t = 1`
    /// (`exp(ln 1e−6)` is `1.0000000000000004e−06`, not `1e−6`).
    func value(atFraction t: Double, from: Double, to: Double) -> Double {
        if t <= 0 { return from }
        if t >= 1 { return to }
        let x: Double
        switch self {
        case .even: x = from + t * (to - from)
        case .geometric: x = exp(log(from) + t * (log(to) - log(from)))
        }
        return min(max(x, from), to)
    }
}
