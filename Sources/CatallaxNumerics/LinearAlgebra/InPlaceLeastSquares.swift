import COpenBLAS

// Least squares through LAPACK `dgels` (Householder QR) on caller-owned
// column-major buffers, for kernels that refit a small regression during a
// run and must not allocate:
// https://www.netlib.org/lapack/explore-html/d8/d83/group__gels.html

/// LAPACK's least-squares driver `dgels` on raw column-major buffers, without
/// allocation.
///
/// ```
/// x = argmin ‖A x − b‖₂              A: rows × columns, rows ≥ columns, full column rank
/// A = Q R,   x = R⁻¹ (Qᵀ b)[0..<columns]
/// ```
///
/// The `_work` form of LAPACKE is called, so there is no NaN scan of the
/// inputs (a NaN gives a NaN solution, not an error) and no workspace
/// allocation; the caller sizes the workspace once with
/// ``workspaceCount(rows:columns:)``. Use
/// ``Matrix/leastSquaresSolution(_:)-(Matrix)`` unless a hot loop forbids
/// allocation.
///
/// Numerical trap: as for ``Matrix/leastSquaresSolution(_:)-(Matrix)``,
/// only an exactly zero diagonal entry of `R` is reported (a positive return
/// value). A nearly rank-deficient `A` (say, a regressor that is constant to
/// rounding) gives a finite but meaningless solution, and must be caught
/// before the call or by checking the solution. An all-zero `A` is not
/// reported either: `dgels` returns the zero solution with `info = 0`.
public enum InPlaceLeastSquares {
    /// The workspace, in doubles, that ``solve(_:rows:columns:rightHandSide:workspace:)``
    /// needs for one right-hand side: LAPACK's optimal size from a workspace
    /// query (`lwork = −1`), and never less than the documented minimum.
    ///
    /// ```
    /// count = max(query, 1, mn + max(mn, 1)),   mn = min(rows, columns)
    /// ```
    /// Call it once, when the buffers are allocated: the query does no
    /// factorization, but it is not meant for a hot loop.
    /// - Parameters:
    ///   - rows: `m ≥ 0`, the number of observations.
    ///   - columns: `n ≥ 0`, the number of unknowns.
    /// - Returns: The workspace length, `≥ 1`.
    public static func workspaceCount(rows: Int, columns: Int) -> Int {
        let smaller = min(rows, columns)
        let minimum = max(1, smaller + max(smaller, 1))
        let m = Int32(rows), n = Int32(columns)
        // The query reads no entry of A or b, but LAPACKE still wants valid
        // pointers and leading dimensions.
        var a = 0.0, b = 0.0, optimal = 0.0
        let info = LAPACKE_dgels_work(
            LAPACK_COL_MAJOR, CChar(UInt8(ascii: "N")), m, n, 1, &a, max(1, m), &b, max(1, m, n), &optimal, -1)
        guard info == 0, optimal.isFinite, optimal >= 1 else { return minimum }
        return max(minimum, Int(optimal))
    }

    /// Solves `min ‖A x − b‖₂` in place (`dgels`, no transpose, one
    /// right-hand side).
    ///
    /// ```
    /// A = Q R,   b ← [x; (Qᵀ b)[columns..<rows]],   a ← R (and the Householder vectors of Q)
    /// ```
    /// - Parameters:
    ///   - a: `rows·columns` doubles, column-major (leading dimension
    ///     `max(1, rows)`); overwritten by the QR factorization.
    ///   - rows: `m ≥ 0`, the number of observations (for `m < n`, `dgels`
    ///     returns the minimum-norm solution of the underdetermined system).
    ///   - columns: `n ≥ 0`, the number of unknowns.
    ///   - b: `max(1, rows, columns)` doubles (leading dimension
    ///     `max(1, rows, columns)`); on return its first `columns` entries hold
    ///     `x`, and the rest the residual's components `(Qᵀ b)[columns..<rows]`
    ///     (their squares sum to `‖A x − b‖₂²`).
    ///   - workspace: At least ``workspaceCount(rows:columns:)`` doubles for
    ///     the best speed, and never fewer than the documented minimum
    ///     `max(1, mn + max(mn, 1))`, `mn = min(rows, columns)`; its contents
    ///     are scratch.
    /// - Returns: LAPACK's `info`: 0 on success; `i > 0` when `R[i−1, i−1]`
    ///   is exactly zero (`A` has not full column rank, and `b` holds no
    ///   solution); `< 0` when argument `−info` is illegal.
    /// - Complexity: O(rows · columns²).
    public static func solve(
        _ a: UnsafeMutablePointer<Double>, rows: Int, columns: Int, rightHandSide b: UnsafeMutablePointer<Double>,
        workspace: UnsafeMutableBufferPointer<Double>
    ) -> Int {
        let smaller = min(rows, columns)
        precondition(
            workspace.count >= max(1, smaller + max(smaller, 1)),
            "dgels needs a workspace of at least max(1, mn + max(mn, 1)) doubles")
        let m = Int32(rows), n = Int32(columns)
        return Int(LAPACKE_dgels_work(
            LAPACK_COL_MAJOR, CChar(UInt8(ascii: "N")), m, n, 1, a, max(1, m), b, max(1, m, n),
            workspace.baseAddress, Int32(workspace.count)))
    }
}
