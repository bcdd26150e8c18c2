import COpenBLAS

// Matrix multiplication through BLAS `dgemm`:
// https://www.netlib.org/lapack/explore-html/dd/d09/group__gemm.html

extension Matrix {
    /// The scaled product of two matrices, each optionally transposed.
    ///
    /// ```
    /// C = α · op(A) · op(B),   op(X) = X or Xᵀ
    /// C[i, j] = α · Σₗ op(A)[i, l] · op(B)[l, j]
    /// ```
    ///
    /// Used by learning agents to apply one linear policy to all agents at
    /// once (`A`: agents × features, `B`: features × actions).
    ///
    /// - Parameters:
    ///   - a: The left factor `A`; `op(A)` is `m × k`.
    ///   - b: The right factor `B`; `op(B)` is `k × n`.
    ///   - transposingA: Whether `op(A) = Aᵀ`.
    ///   - transposingB: Whether `op(B) = Bᵀ`.
    ///   - alpha: The scale `α`.
    /// - Returns: The `m × n` matrix `C`.
    /// - Throws: `LinearAlgebraError.dimensionMismatch` when the columns of
    ///   `op(A)` differ from the rows of `op(B)`.
    /// - Complexity: O(m · n · k) (blocked and vectorized by OpenBLAS).
    public static func product(
        _ a: Matrix, _ b: Matrix,
        transposingA: Bool = false, transposingB: Bool = false,
        alpha: Double = 1
    ) throws(LinearAlgebraError) -> Matrix {
        var c = Matrix(rows: transposingA ? a.columns : a.rows, columns: transposingB ? b.rows : b.columns, repeating: 0)
        try c.formProduct(a, b, transposingA: transposingA, transposingB: transposingB, alpha: alpha, beta: 0)
        return c
    }

    /// Replaces this matrix `C` with a scaled product plus a multiple of
    /// itself, in place (BLAS `dgemm`).
    ///
    /// ```
    /// C ← α · op(A) · op(B) + β · C,   op(X) = X or Xᵀ
    /// ```
    ///
    /// Numerical trap, BLAS convention kept on purpose: when `β = 0` the old
    /// `C` is not read, so NaN or infinity in it does not leak into the
    /// result (`0 · NaN` would be NaN); likewise when `α = 0` (or `k = 0`)
    /// `A` and `B` are not read, and their NaNs do not propagate.
    ///
    /// - Parameters:
    ///   - a: The left factor `A`; `op(A)` must be `rows × k`.
    ///   - b: The right factor `B`; `op(B)` must be `k × columns`.
    ///   - transposingA: Whether `op(A) = Aᵀ`.
    ///   - transposingB: Whether `op(B) = Bᵀ`.
    ///   - alpha: The scale `α` of the product.
    ///   - beta: The scale `β` of the old `C`; `0` (the default) overwrites.
    /// - Throws: `LinearAlgebraError.dimensionMismatch` when `op(A)`,
    ///   `op(B)` and this matrix do not fit together.
    /// - Complexity: O(rows · columns · k).
    public mutating func formProduct(
        _ a: Matrix, _ b: Matrix,
        transposingA: Bool = false, transposingB: Bool = false,
        alpha: Double = 1, beta: Double = 0
    ) throws(LinearAlgebraError) {
        let (m, k) = transposingA ? (a.columns, a.rows) : (a.rows, a.columns)
        let (kB, n) = transposingB ? (b.columns, b.rows) : (b.rows, b.columns)
        let shapes = [a.shape, b.shape, shape]
        guard k == kB, m == rows, n == columns else {
            throw .dimensionMismatch(
                routine: "dgemm", shapes: shapes,
                requirement: "op(A) is \(m)×\(k) and op(B) is \(kB)×\(n), so op(B) needs \(k) rows and C must be \(m)×\(n)")
        }
        let m32 = try LinearAlgebraError._lapackInt(m, routine: "dgemm", shapes: shapes)
        let n32 = try LinearAlgebraError._lapackInt(n, routine: "dgemm", shapes: shapes)
        let k32 = try LinearAlgebraError._lapackInt(k, routine: "dgemm", shapes: shapes)
        // Leading dimensions are the stored row counts; BLAS demands ≥ 1 even
        // for empty matrices.
        let lda = Int32(max(1, a.rows)), ldb = Int32(max(1, b.rows)), ldc = Int32(max(1, rows))
        a.elements.withUnsafeBufferPointer { pa in
            b.elements.withUnsafeBufferPointer { pb in
                elements.withUnsafeMutableBufferPointer { pc in
                    cblas_dgemm(
                        CblasColMajor,
                        transposingA ? CblasTrans : CblasNoTrans,
                        transposingB ? CblasTrans : CblasNoTrans,
                        m32, n32, k32, alpha, pa.baseAddress, lda, pb.baseAddress, ldb, beta, pc.baseAddress, ldc)
                }
            }
        }
    }
}
