#if canImport(Glibc)
import Glibc
#endif

extension CMAES {
    /// Takes the values of the candidates last asked, in their order, and
    /// moves the distribution one generation (tutorial, Table 1, c_m = 1).
    ///
    /// ```
    /// y_w = Σ_{i≤μ} w_i y_{i:λ}                  ranked by value, NaN last, ties by index
    /// m   ← m + σ y_w
    /// p_σ ← (1 − c_σ) p_σ + √(c_σ(2 − c_σ) μ_eff) B D⁻¹ Bᵀ y_w
    /// h_σ = [‖p_σ‖ / √(1 − (1 − c_σ)^{2(g+1)}) < (1.4 + 2/(n + 1)) E‖N(0,I)‖]
    /// p_c ← (1 − c_c) p_c + h_σ √(c_c(2 − c_c) μ_eff) y_w
    /// C   ← (1 + c_1 δ(h_σ) − c_1 − c_μ) C + c_1 p_c p_cᵀ + c_μ Σ_{i≤μ} w_i y_{i:λ} y_{i:λ}ᵀ,
    ///       δ(h_σ) = (1 − h_σ) c_c (2 − c_c)
    /// σ   ← σ exp((c_σ/d_σ)(‖p_σ‖/E‖N(0,I)‖ − 1))
    /// ```
    /// Then `B`, `D` are refreshed if due and the stopping rules are checked.
    ///
    /// - Parameter values: One value per candidate of the last ``ask()``.
    /// - Complexity: O(μ n²), plus O(n³) when `C` is factored again.
    public mutating func tell(_ values: [Double]) {
        guard let pending = _pending else {
            preconditionFailure("CMAES.tell: no candidates asked (or the run has stopped).")
        }
        precondition(values.count == parameters.population,
                     "CMAES.tell: \(values.count) values for \(parameters.population) candidates.")
        _pending = nil
        let p = parameters
        let n = p.dimensions
        incumbent._improve(with: pending.points, values: values, firstEvaluation: _evaluationOffset + evaluations + 1)
        evaluations += p.population

        // Rank with NaN as +∞ and ties broken by index, so the order is total.
        let ranked = values.indices.sorted { a, b in
            let (fa, fb) = (values[a].isNaN ? .infinity : values[a], values[b].isNaN ? .infinity : values[b])
            return fa < fb || (fa == fb && a < b)
        }
        let selected = ranked.prefix(p.parents).map { pending.steps[$0] }
        var yw = [Double](repeating: 0, count: n)
        for (w, y) in zip(p.weights, selected) { for i in 0..<n { yw[i] += w * y[i] } }
        for i in 0..<n { mean[i] += stepSize * yw[i] }

        // p_σ: C^{−1/2} y_w = B D⁻¹ (Bᵀ y_w).
        let cs = p.stepSizeLearningRate
        let whitened = _inverseSquareRootOfCovariance(times: yw)
        let sigmaNorm = (cs * (2 - cs) * p.effectiveSelectionMass).squareRoot()
        for i in 0..<n { stepSizePath[i] = (1 - cs) * stepSizePath[i] + sigmaNorm * whitened[i] }
        let pathLength = Self._norm(stepSizePath)
        let correction = (1 - pow(1 - cs, 2 * Double(generation + 1))).squareRoot()
        let stalled = pathLength / correction >= (1.4 + 2 / Double(n + 1)) * p.expectedNorm

        let cc = p.pathLearningRate
        let pathNorm = stalled ? 0 : (cc * (2 - cc) * p.effectiveSelectionMass).squareRoot()
        for i in 0..<n { covariancePath[i] = (1 - cc) * covariancePath[i] + pathNorm * yw[i] }

        let (c1, cmu) = (p.rankOneLearningRate, p.rankMuLearningRate)
        let delta = stalled ? cc * (2 - cc) : 0
        let decay = 1 + c1 * delta - c1 - cmu
        for j in 0..<n {
            for i in j..<n {
                var rankMu = 0.0
                for (w, y) in zip(p.weights, selected) { rankMu += w * y[i] * y[j] }
                let value = decay * _covariance[i + j * n] + c1 * covariancePath[i] * covariancePath[j] + cmu * rankMu
                _covariance[i + j * n] = value
                _covariance[j + i * n] = value
            }
        }

        stepSize *= exp((cs / p.stepSizeDamping) * (pathLength / p.expectedNorm - 1))
        generation += 1
        if Double(evaluations - _factoredAtEvaluation) > p.eigendecompositionGap {
            _factorCovariance()
        }
        _recordHistory(values)
        stopReason = _stopReason(values)
    }

    /// `C^{−1/2} v = B D⁻¹ Bᵀ v`.
    internal func _inverseSquareRootOfCovariance(times v: [Double]) -> [Double] {
        let n = parameters.dimensions
        var result = [Double](repeating: 0, count: n)
        for j in 0..<n {
            var projection = 0.0
            for i in 0..<n { projection += _eigenvectors[i + j * n] * v[i] }
            projection /= _axisLengths[j]
            for i in 0..<n { result[i] += _eigenvectors[i + j * n] * projection }
        }
        return result
    }

    /// The Euclidean norm `‖v‖`.
    internal static func _norm(_ v: [Double]) -> Double {
        v.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
}
