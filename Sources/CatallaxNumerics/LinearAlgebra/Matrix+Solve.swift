import COpenBLAS

// Square linear systems through LAPACK `dgesv` (LU with partial pivoting):
// https://www.netlib.org/lapack/explore-html/d8/d72/group__gesv.html

extension Matrix {
    /// The solution `X` of the square system `A X = B`, with this matrix as
    /// `A` (LAPACK `dgesv`).
    ///
    /// ```
    /// P A = L U          (LU factorization with partial pivoting)
    /// X = U⁻¹ L⁻¹ P B    (two triangular solves per column of B)
    /// ```
    ///
    /// Used by multi-asset clearing to solve linear demand systems.
    ///
    /// Numerical trap: row pivoting keeps `|L[i, j]| ≤ 1`, so the solve is
    /// backward stable in practice (`‖A X − B‖ ≈ ε ‖A‖ ‖X‖`) where Gaussian
    /// elimination without pivoting can blow up. But only an *exactly* zero
    /// pivot is reported: a nearly singular `A` returns a solution whose
    /// forward error grows with the condition number `κ(A)`; check the
    /// residual when `A` may be ill-conditioned.
    ///
    /// - Parameter b: The right-hand sides `B`, `n × r` for this `n × n`
    ///   matrix; each column is one system.
    /// - Returns: `X`, `n × r`.
    /// - Throws: `LinearAlgebraError.dimensionMismatch` when this matrix is
    ///   not square or `B` has the wrong number of rows;
    ///   `LinearAlgebraError.singular` when a pivot `U[i, i]` is exactly zero;
    ///   `LinearAlgebraError.illegalArgument` when an input contains NaN.
    /// - Complexity: O(n³ + n² · r).
    public func solving(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        let shapes = [shape, b.shape]
        guard rows == columns, b.rows == rows else {
            throw .dimensionMismatch(
                routine: "dgesv", shapes: shapes,
                requirement: "A must be square and B must have as many rows as A")
        }
        let n = try LinearAlgebraError._lapackInt(rows, routine: "dgesv", shapes: shapes)
        let r = try LinearAlgebraError._lapackInt(b.columns, routine: "dgesv", shapes: shapes)
        var lu = self, x = b
        var pivots = [Int32](repeating: 0, count: rows)
        let info = lu.elements.withUnsafeMutableBufferPointer { pa in
            x.elements.withUnsafeMutableBufferPointer { px in
                pivots.withUnsafeMutableBufferPointer { pp in
                    LAPACKE_dgesv(LAPACK_COL_MAJOR, n, r, pa.baseAddress, max(1, n), pp.baseAddress, px.baseAddress, max(1, n))
                }
            }
        }
        // info = i > 0: U(i, i) (1-based) is exactly zero.
        try LinearAlgebraError._check(info: info, routine: "dgesv") { .singular(routine: "dgesv", pivot: $0 - 1) }
        return x
    }

    /// The solution `x` of the square system `A x = b`, with this matrix as
    /// `A`; the one-column form of ``solving(_:)-(Matrix)``.
    ///
    /// ```
    /// P A = L U,   x = U⁻¹ L⁻¹ P b
    /// ```
    ///
    /// - Parameter b: The right-hand side, `n` entries for this `n × n` matrix.
    /// - Returns: `x`, `n` entries.
    /// - Throws: As ``solving(_:)-(Matrix)``.
    /// - Complexity: O(n³).
    public func solving(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
        try solving(Matrix(rows: b.count, columns: 1, columnMajor: b)).elements
    }
}
