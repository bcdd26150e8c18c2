import CatallaxNumerics

extension CMAES {
    /// Refreshes `B` and `D` from `C` by LAPACK `dsyevd`.
    ///
    /// ```
    /// C = B diag(λ₀ … λₙ₋₁) Bᵀ,   D_j = √λ_j
    /// ```
    /// `C` is first made exactly symmetric from its lower triangle (the only
    /// part `dsyevd` reads, and the part the update writes first). A failed
    /// decomposition or an eigenvalue `≤ 0` (round-off in a `C` conditioned
    /// beyond about 10¹⁴) keeps the old factors and stops the run with
    /// `conditionCov`, the rule that would fire next anyway.
    /// - Complexity: O(n³).
    internal mutating func _factorCovariance() {
        let n = parameters.dimensions
        _factoredAtEvaluation = evaluations
        for j in 0..<n { for i in (j + 1)..<max(j + 1, n) { _covariance[j + i * n] = _covariance[i + j * n] } }
        // A threaded LAPACK may split its sums differently with the number of threads it has (or that another
        // caller just set): one thread keeps the search bit-identical across machines and concurrent callers.
        OpenBLAS.useSingleThread()
        do {
            let decomposition = try Matrix(rows: n, columns: n, columnMajor: _covariance).symmetricEigendecomposition()
            guard let smallest = decomposition.eigenvalues.first, smallest > 0 else {
                stopReason = .conditionCov
                return
            }
            _eigenvectors = decomposition.eigenvectors.elements
            _axisLengths = decomposition.eigenvalues.map { $0.squareRoot() }
        } catch {
            stopReason = .conditionCov
        }
    }
}
