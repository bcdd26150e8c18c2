// pycma's piecewise quadratic–linear boundary transformation
// (`cma/transformations.py`, `BoxConstraintsLinQuadTransformation`), derived
// in docs/CMAES.md, "Bounds". Per coordinate, with margins
//
//     a_l = min((u − l)/2, max(1, |l|)/20),   a_u = min((u − l)/2, max(1, |u|)/20)
//
// (pycma 4's default margin, `margin_width2`),
//
// an unbounded genotype x is first folded into [l − a_l, u + a_u] (a shift by
// whole periods r = 2(u − l + a_l + a_u) when far out, then a mirror at each
// end) and then mapped by the identity in the middle and a parabola at each
// end. At x = l + a_l the parabola l + (x − l + a_l)²/(4a_l) equals x and has
// slope 1, so the map is C¹; its vertex x = l − a_l maps onto l itself.

extension BoxBounds {
    /// The margins `(a_l, a_u)` of coordinate `i` within which the map bends.
    ///
    /// ```
    /// a_l = min((u − l)/2, max(1, |l|)/20),   a_u = min((u − l)/2, max(1, |u|)/20)
    /// ```
    internal func _margins(_ i: Int) -> (lower: Double, upper: Double) {
        let half = (upper[i] - lower[i]) / 2
        return (min(half, max(1, abs(lower[i])) / 20), min(half, max(1, abs(upper[i])) / 20))
    }

    /// The point of the box that CMA-ES evaluates for the unbounded genotype
    /// `genotype` (pycma's quadratic–linear boundary transformation).
    ///
    /// ```
    /// fold x into [l − a_l, u + a_u]   (period 2(u − l + a_l + a_u), mirrored at the ends)
    /// T(x) = l + (x − (l − a_l))² / (4 a_l)    x < l + a_l
    ///      = x                                 l + a_l ≤ x < u − a_u
    ///      = u − (x − (u + a_u))² / (4 a_u)    x ≥ u − a_u
    /// ```
    ///
    /// The identity inside, C¹ everywhere, and always inside the box (the
    /// final clamp only absorbs rounding); see docs/CMAES.md for why this map
    /// rather than clipping, reflection or a penalty.
    /// - Parameter genotype: Any point with `n` finite coordinates.
    /// - Returns: The phenotype, `lᵢ ≤ T(x)ᵢ ≤ uᵢ`.
    /// - Complexity: O(n).
    public func phenotype(ofGenotype genotype: [Double]) -> [Double] {
        precondition(genotype.count == dimensions, "BoxBounds: a point of \(genotype.count) coordinates in a box of \(dimensions).")
        return genotype.indices.map { i in
            let (l, u) = (lower[i], upper[i])
            let (al, au) = _margins(i)
            let x = _folded(genotype[i], coordinate: i)
            let y: Double
            if x < l + al {
                y = l + (x - (l - al)) * (x - (l - al)) / (4 * al)
            } else if x < u - au {
                y = x
            } else {
                y = u - (x - (u + au)) * (x - (u + au)) / (4 * au)
            }
            return min(max(y, l), u)
        }
    }

    /// A genotype whose phenotype is `phenotype`: the inverse of the map on
    /// its principal branch `[l − a_l, u + a_u]`, used to start CMA-ES at a
    /// point of the box.
    ///
    /// ```
    /// x = l − a_l + 2 √(a_l (y − l))    y < l + a_l
    ///   = y                             l + a_l ≤ y < u − a_u
    ///   = u + a_u − 2 √(a_u (u − y))    y ≥ u − a_u
    /// ```
    /// A point outside the box is clamped into it first.
    /// - Complexity: O(n).
    public func genotype(ofPhenotype phenotype: [Double]) -> [Double] {
        precondition(phenotype.count == dimensions, "BoxBounds: a point of \(phenotype.count) coordinates in a box of \(dimensions).")
        return phenotype.indices.map { i in
            let (l, u) = (lower[i], upper[i])
            let (al, au) = _margins(i)
            let y = min(max(phenotype[i], l), u)
            if y < l + al { return l - al + 2 * (al * (y - l)).squareRoot() }
            if y < u - au { return y }
            return u + au - 2 * (au * (u - y)).squareRoot()
        }
    }

    /// `x` folded into `[l − a_l, u + a_u]`: shifted by whole periods when far
    /// outside, then mirrored at the nearer end (pycma's
    /// `_shift_or_mirror_into_invertible_i`).
    ///
    /// ```
    /// r = 2 (u − l + a_l + a_u),  s = l − 2a_l − (u − l)/2
    /// x ← x − r ⌊(x − s)/r⌋            if x < s or x > u + 2a_u + (u − l)/2
    /// x ← 2(u + a_u) − x               if x > u + a_u
    /// x ← 2(l − a_l) − x               if x < l − a_l
    /// ```
    internal func _folded(_ value: Double, coordinate i: Int) -> Double {
        let (l, u) = (lower[i], upper[i])
        let (al, au) = _margins(i)
        var x = value
        let start = l - 2 * al - (u - l) / 2
        if x < start || x > u + 2 * au + (u - l) / 2 {
            let period = 2 * (u - l + al + au)
            x -= period * ((x - start) / period).rounded(.down)
        }
        if x > u + au { x = 2 * (u + au) - x }
        if x < l - al { x = 2 * (l - al) - x }
        return x
    }
}
