import CatallaxNumerics

extension MultiAssetKernel {
    /// Builds `A = B + C`, factors it once (`dgetrf`) and estimates its
    /// condition number (`dgecon`); a singular or ill-conditioned system
    /// fails every run of the batch.
    ///
    /// ```
    /// A = N·κ·((1 + g + λ)·I − g·J):   A_jj = N·κ·(1 + λ),  A_jk = −N·κ·g
    /// with L learners: A_jj = κ·(N_b + λ·N),  A_jk = −κ·N_b·g,   N_b = N − L
    /// ‖A‖∞ = maxⱼ Σₖ |A_jk|,   κ∞ = ‖A‖∞ / rcond-estimate
    /// ```
    @usableFromInline
    func _factorSystem(_ p: MultiAssetParameters, runCount: Int) {
        let m = p.assets
        let scale = Double(p.agents) * p.reactivity, g = p._crossWeight
        for column in 0..<m {
            for row in 0..<m {
                _system[row + column * m] = row == column ? scale * (1 + p.depth) : -scale * g
                if _learners > 0 {
                    // Only the N_b = N − L belief agents respond to price; the maker's depth stays λ·N·κ.
                    let beliefScale = Double(p.agents - _learners) * p.reactivity
                    _system[row + column * m] = row == column ? beliefScale + scale * p.depth : -beliefScale * g
                }
            }
        }
        var norm = 0.0
        for row in 0..<m {
            var sum = 0.0
            for column in 0..<m { sum += abs(_system[row + column * m]) }
            norm = max(norm, sum)
        }
        _systemNorm = norm
        for index in 0..<(m * m) { _lu[index] = _system[index] }
        let info = InPlaceLU.factor(_lu.baseAddress!, order: m, pivots: _pivots.baseAddress!)
        if info != 0 {
            _condition = .infinity
            for lane in 0..<runCount { _fail(lane: lane, "the clearing system B + C is singular (dgetrf info \(info))") }
            return
        }
        let (rcond, _) = InPlaceLU.reciprocalConditionNumber(factored: _lu.baseAddress!, order: m, norm: norm)
        _condition = rcond > 0 ? 1 / rcond : .infinity
        if !(_condition <= MultiAssetParameters.maximumConditionNumber) {
            for lane in 0..<runCount {
                _fail(lane: lane, "the clearing system B + C is ill-conditioned (κ∞ ≈ \(_condition) > 1e12)")
            }
        }
    }

    /// Step 3: every lane's prices `P = A⁻¹·r` into ``_AssetRow/nextPrices``,
    /// with the residual and positivity checks.
    ///
    /// ```
    /// P = U⁻¹ L⁻¹ Π r                                   dgetrs on the batch's LU
    /// ρ_res = ‖r − A·P‖∞ / (‖A‖∞‖P‖∞ + ‖r‖∞) ≤ 1e−10      else the run fails
    /// P_j > 0 and finite                                  else the run fails
    /// ```
    /// Lanes are solved one by one with one right-hand side each, so a
    /// lane's prices never depend on the other lanes.
    @inlinable
    func _clear(_ p: MultiAssetParameters, step: Int, worstResidual: inout V, runCount: Int) {
        let m = p.assets
        let rhs = _row(.rightHandSide), next = _row(.nextPrices)
        let column = _column.baseAddress!
        for lane in 0..<V.scalarCount {
            for j in 0..<m { column[j] = rhs[j][lane] }
            if _refactorsEachStep {
                for index in 0..<(m * m) { _lu[index] = _system[index] }
                _ = InPlaceLU.factorAndSolve(_lu.baseAddress!, order: m, pivots: _pivots.baseAddress!, rightHandSide: column)
            } else {
                _ = InPlaceLU.solve(factored: _lu.baseAddress!, order: m, pivots: _pivots.baseAddress!, rightHandSide: column)
            }
            var residual = 0.0, priceNorm = 0.0, rhsNorm = 0.0, allPositive = true
            for row in 0..<m {
                var excess = rhs[row][lane]
                for j in 0..<m { excess -= _system[row + j * m] * column[j] }
                residual = max(residual, abs(excess))
                priceNorm = max(priceNorm, abs(column[row]))
                rhsNorm = max(rhsNorm, abs(rhs[row][lane]))
                allPositive = allPositive && column[row] > 0 && column[row].isFinite
                next[row][lane] = column[row]
            }
            let scale = _systemNorm * priceNorm + rhsNorm
            let relative = scale > 0 ? residual / scale : 0
            worstResidual[lane] = max(worstResidual[lane], relative.isNaN ? .infinity : relative)
            if lane < runCount {
                if !allPositive { _failNonPositivePrice(lane: lane, step: step, m: m) }
                if !(relative <= 1e-10) {
                    _fail(lane: lane, "the relative residual \(relative) of the solve at step \(step) exceeds 1e-10")
                }
            }
        }
    }

    /// Records the first non-positive or non-finite price of a lane's solve.
    @usableFromInline
    func _failNonPositivePrice(lane: Int, step: Int, m: Int) {
        let next = _row(.nextPrices)
        for j in 0..<m where !(next[j][lane] > 0 && next[j][lane].isFinite) {
            _fail(lane: lane, "the price of asset \(j) is \(next[j][lane]) at step \(step) (prices must stay positive and finite)")
            return
        }
    }
}
