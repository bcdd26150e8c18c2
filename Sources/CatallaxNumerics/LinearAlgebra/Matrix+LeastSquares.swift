import COpenBLAS

// Overdetermined least squares through LAPACK `dgels` (Householder QR):
// https://www.netlib.org/lapack/explore-html/d8/d83/group__gels.html

extension Matrix {
    /// The least-squares solution `X` of `A X ≈ B`, with this tall matrix as
    /// `A` (LAPACK `dgels`).
    ///
    /// ```
    /// X = argmin ‖A X − B‖₂      (column by column)
    /// A = Q R,   X = R⁻¹ (Qᵀ B)[0..<n]
    /// ```
    ///
    /// Used by sensitivity analysis to regress outcomes on parameters
    /// (`A`: runs × (1 + parameters), with a column of ones for the
    /// intercept).
    ///
    /// Numerical trap: solving through `A = QR` keeps the error proportional
    /// to `κ(A)`; the normal equations `AᵀA x = Aᵀb` square it to `κ(A)²`
    /// and lose all digits once `κ(A) ≈ 10⁸`.
    ///
    /// - Parameter b: The observations `B`, `m × r` for this `m × n` matrix,
    ///   `m ≥ n`; each column is one regression.
    /// - Returns: `X`, `n × r`.
    /// - Throws: `LinearAlgebraError.dimensionMismatch` when `A` has fewer
    ///   rows than columns or `B` has a different number of rows than `A`;
    ///   `LinearAlgebraError.singular` when `A` does not have full column rank
    ///   (a diagonal entry of `R` is exactly zero);
    ///   `LinearAlgebraError.illegalArgument` when an input contains NaN.
    /// - Complexity: O(m · n² + m · n · r).
    public func leastSquaresSolution(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        let shapes = [shape, b.shape]
        guard rows >= columns, b.rows == rows else {
            throw .dimensionMismatch(
                routine: "dgels", shapes: shapes,
                requirement: "A must have at least as many rows as columns and B as many rows as A")
        }
        let m = try LinearAlgebraError._lapackInt(rows, routine: "dgels", shapes: shapes)
        let n = try LinearAlgebraError._lapackInt(columns, routine: "dgels", shapes: shapes)
        let r = try LinearAlgebraError._lapackInt(b.columns, routine: "dgels", shapes: shapes)
        var qr = self, qtb = b
        let info = qr.elements.withUnsafeMutableBufferPointer { pa in
            qtb.elements.withUnsafeMutableBufferPointer { pb in
                LAPACKE_dgels(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "N")), m, n, r, pa.baseAddress, max(1, m), pb.baseAddress, max(1, m))
            }
        }
        // info = i > 0: R(i, i) (1-based) is exactly zero.
        try LinearAlgebraError._check(info: info, routine: "dgels") { .singular(routine: "dgels", pivot: $0 - 1) }
        // dgels leaves X in rows 0..<n of each column (rows n..<m hold the
        // residual components (Qᵀ B)[n..<m]).
        var x = Matrix(rows: columns, columns: b.columns, repeating: 0)
        for j in 0..<b.columns {
            for i in 0..<columns { x[i, j] = qtb[i, j] }
        }
        return x
    }

    /// The least-squares solution `x` of `A x ≈ b`, with this tall matrix as
    /// `A`; the one-column form of ``leastSquaresSolution(_:)-(Matrix)``.
    ///
    /// ```
    /// x = argmin ‖A x − b‖₂
    /// ```
    ///
    /// - Parameter b: The observations, `m` entries for this `m × n` matrix.
    /// - Returns: `x`, `n` entries.
    /// - Throws: As ``leastSquaresSolution(_:)-(Matrix)``.
    /// - Complexity: O(m · n²).
    public func leastSquaresSolution(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
        try leastSquaresSolution(Matrix(rows: b.count, columns: 1, columnMajor: b)).elements
    }
}
