import COpenBLAS

// Symmetric eigenproblems through LAPACK `dsyevd` (tridiagonal reduction,
// then divide and conquer):
// https://www.netlib.org/lapack/explore-html/d1/da2/group__heevd.html

extension Matrix {
    /// The eigenvalues (ascending) and orthonormal eigenvectors of this
    /// symmetric matrix (LAPACK `dsyevd`).
    ///
    /// ```
    /// A = V · diag(λ) · Vᵀ,   Vᵀ V = I,   λ ascending
    /// ```
    ///
    /// Used by the optimizer to factor its covariance matrix (sampling
    /// `m + σ · V · diag(√λ) · z`).
    ///
    /// Only the lower triangle (`i ≥ j`) is read; the upper triangle is
    /// assumed to mirror it and is not checked, so a covariance assembled with
    /// round-off asymmetry is accepted as its lower half.
    ///
    /// Numerical trap: a symmetric solver returns exactly real eigenvalues
    /// and eigenvectors orthogonal to working precision even for clustered
    /// eigenvalues, which a general (`dgeev`) solver does not guarantee.
    ///
    /// - Returns: The eigenvalues in ascending order and the eigenvectors as
    ///   the columns of an `n × n` matrix.
    /// - Throws: `LinearAlgebraError.dimensionMismatch` when this matrix is
    ///   not square; `LinearAlgebraError.didNotConverge` when the
    ///   divide-and-conquer iteration fails; `LinearAlgebraError.illegalArgument`
    ///   when the lower triangle contains NaN.
    /// - Complexity: O(n³).
    public func symmetricEigendecomposition() throws(LinearAlgebraError) -> SymmetricEigendecomposition {
        guard rows == columns else {
            throw .dimensionMismatch(routine: "dsyevd", shapes: [shape], requirement: "A must be square")
        }
        let n = try LinearAlgebraError._lapackInt(rows, routine: "dsyevd", shapes: [shape])
        var vectors = self
        var values = [Double](repeating: 0, count: rows)
        let info = vectors.elements.withUnsafeMutableBufferPointer { pa in
            values.withUnsafeMutableBufferPointer { pw in
                LAPACKE_dsyevd(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "V")), CChar(UInt8(ascii: "L")), n, pa.baseAddress, max(1, n), pw.baseAddress)
            }
        }
        try LinearAlgebraError._check(info: info, routine: "dsyevd") { .didNotConverge(routine: "dsyevd", info: $0) }
        return SymmetricEigendecomposition(eigenvalues: values, eigenvectors: vectors)
    }
}
