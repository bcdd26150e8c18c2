extension CMAES {
    /// The number of recent generations TolFun looks at: `10 + ⌈30n/λ⌉`.
    internal var _functionHistoryLength: Int {
        10 + (30 * parameters.dimensions + parameters.population - 1) / parameters.population
    }

    /// Appends this generation's best and median value to the histories,
    /// keeping the last 20 000 (the stagnation window's cap).
    internal mutating func _recordHistory(_ values: [Double]) {
        let sorted = values.map { $0.isNaN ? .infinity : $0 }.sorted()
        _bestHistory.append(sorted[0])
        _medianHistory.append(Self._median(ofSorted: sorted))
        if _bestHistory.count > 20_000 {
            _bestHistory.removeFirst(_bestHistory.count - 20_000)
            _medianHistory.removeFirst(_medianHistory.count - 20_000)
        }
    }

    /// The first stopping rule that holds after a generation with values
    /// `values`, in the order of docs/CMAES.md ("Stopping rules"), or the
    /// reason already set while factoring `C`.
    ///
    /// ```
    /// targetValue   f_best ≤ target
    /// maxEvaluations evaluations + λ > budget
    /// maxGenerations g ≥ 100 + 150 (n+3)²/√λ
    /// tolFun        max − min of this generation and of the last 10 + ⌈30n/λ⌉ bests < TolFun
    /// tolX          σ √C_ii < TolX and σ |p_c,i| < TolX for all i
    /// tolUpSigma    σ/σ₀ > TolUpSigma · √λ_max(C)
    /// conditionCov  λ_max/λ_min > ConditionCov
    /// noEffectAxis  m + 0.1 σ D_i b_i = m,  i = g mod n
    /// noEffectCoord m_i + 0.2 σ √C_ii = m_i for some i
    /// stagnation    see ``_isStagnating``
    /// ```
    internal func _stopReason(_ values: [Double]) -> CMAESStopReason? {
        if let best = incumbent?.value, best <= _options.targetValue { return .targetValue }
        if stopReason != nil { return stopReason }
        let p = parameters
        let n = p.dimensions
        if evaluations > _evaluationLimit - p.population { return .maxEvaluations }
        if generation >= _generationLimit { return .maxGenerations }
        let tolerances = _options.tolerances

        let finite = values.map { $0.isNaN ? .infinity : $0 }
        let recent = _bestHistory.suffix(_functionHistoryLength)
        if _bestHistory.count >= _functionHistoryLength,
           let low = (recent + finite).min(), let high = (recent + finite).max(),
           high - low < tolerances.function {
            return .tolFun
        }
        let diagonal = (0..<n).map { _covariance[$0 + $0 * n] }
        if (0..<n).allSatisfy({ stepSize * diagonal[$0].squareRoot() < tolerances.x && stepSize * abs(covariancePath[$0]) < tolerances.x }) {
            return .tolX
        }
        let largest = _axisLengths.last ?? 1
        let smallest = _axisLengths.first ?? 1
        if stepSize / _initialStepSize > tolerances.upSigma * largest { return .tolUpSigma }
        if (largest / smallest) * (largest / smallest) > tolerances.condition { return .conditionCov }
        let axis = generation % n
        let shift = 0.1 * stepSize * _axisLengths[axis]
        if (0..<n).allSatisfy({ mean[$0] + shift * _eigenvectors[$0 + axis * n] == mean[$0] }) { return .noEffectAxis }
        if (0..<n).contains(where: { mean[$0] + 0.2 * stepSize * diagonal[$0].squareRoot() == mean[$0] }) { return .noEffectCoord }
        if tolerances.stagnation && _isStagnating { return .stagnation }
        return nil
    }

    /// Whether the run stagnates (tutorial, Appendix B.3, "Stagnation").
    ///
    /// ```
    /// w = min(20000, max(120 + 30n/λ, 0.2 g))     generations looked at
    /// stagnating ⇔ g ≥ w and, for both the best and the median values,
    ///               median(newest 30 % of the w) ≥ median(oldest 30 % of the w)
    /// ```
    internal var _isStagnating: Bool {
        let p = parameters
        let minimum = 120 + 30 * Double(p.dimensions) / Double(p.population)
        let window = Int(min(20_000, max(minimum, 0.2 * Double(generation))))
        guard _bestHistory.count >= window, window >= 10 else { return false }
        let part = max(1, Int(0.3 * Double(window)))
        func stagnates(_ history: [Double]) -> Bool {
            let recent = history.suffix(window)
            let oldest = Self._median(ofSorted: recent.prefix(part).sorted())
            let newest = Self._median(ofSorted: recent.suffix(part).sorted())
            return newest >= oldest
        }
        return stagnates(_bestHistory) && stagnates(_medianHistory)
    }

    /// The median of sorted values: the middle one, or the mean of the middle two.
    internal static func _median(ofSorted sorted: [Double]) -> Double {
        let m = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2
    }
}
