import CatallaxNumerics

// The refit of the AR(1) coefficients, one lane at a time.
//
// LAPACK solves one scalar problem per call, so each lane's window is
// gathered out of the ring (a lane is one column of the `[slot][lane]`
// layout) into the scalar design and right-hand side, and solved there. The
// lanes share the scratch buffers but nothing else: the same lane data give
// the same call, the same bits, whatever the lane's position or the width.
// The usability tests (flat window, finite coefficients, |φ| < 0.999) are
// then lane-wise vector operations.

extension AutoregressiveForecast {
    /// Fits `P(s+1) ≈ c + φ·P(s)`, `s = t−w … t−2`, in every lane, and stores
    /// `c`, `φ` and whether the fit is usable.
    ///
    /// ```
    /// A = [1 P(t−w); 1 P(t−w+1); …; 1 P(t−2)],   b = [P(t−w+1); …; P(t−1)]
    /// (c, φ) = argmin ‖A (c, φ)ᵀ − b‖₂                      (dgels, Householder QR)
    /// usable = info = 0 ∧ c, φ finite ∧ |φ| < 0.999 ∧ sd > 10⁻⁹·mean over P(t−w … t−1)
    /// ```
    /// - Parameter t: The step whose forecast first uses the fit; the ring
    ///   holds `P(t−w … t−1)`.
    /// - Complexity: O(w·lanes).
    @inlinable
    func _refit(forStep t: Int) {
        let w = window, rows = w - 1, first = t - w
        var c = V(), slope = V(), solved = V()
        for lane in 0..<V.scalarCount {
            // Column 0 is the intercept's ones, column 1 the regressors
            // P(s); dgels overwrites both, so they are refilled per lane.
            for r in 0..<rows {
                _design[r] = 1
                _design[rows + r] = history.price(atStep: first + r)[lane]
                _response[r] = history.price(atStep: first + r + 1)[lane]
            }
            let info = InPlaceLeastSquares.solve(
                _design, rows: rows, columns: 2, rightHandSide: _response, workspace: _workspace)
            c[lane] = _response[0]
            slope[lane] = _response[1]
            solved[lane] = info == 0 ? 1 : 0
        }
        let whole = history._meanAndDeviation(fromStep: first, count: w)
        let limit = V(repeating: Self.slopeLimit), flatness = V(repeating: Self.flatness)
        // Written as "not (bad)" so a NaN anywhere makes the lane unusable:
        // every comparison with NaN is false.
        var usable = solved .> 0
        usable = usable .& (c - c .== 0) .& (slope - slope .== 0)  // finite: x − x is NaN for ±∞ and NaN
        usable = usable .& (V.maximum(slope, -slope) .< limit)
        usable = usable .& (whole.deviation .> flatness * whole.mean)
        _fit[0] = c
        _fit[1] = slope
        _fit[2] = V().replacing(with: 1, where: usable)
    }
}
