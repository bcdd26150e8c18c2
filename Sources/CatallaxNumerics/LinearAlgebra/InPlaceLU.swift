import COpenBLAS

// LU factorization and solves on caller-owned column-major buffers, for
// kernels that solve the same small system every step and must not allocate:
// https://www.netlib.org/lapack/explore-html/d3/d6a/dgetrf_8f.html,
// https://www.netlib.org/lapack/explore-html/d6/d49/dgetrs_8f.html,
// https://www.netlib.org/lapack/explore-html/dd/d9a/group__gecon.html

/// LAPACK's LU routines on raw column-major buffers, without allocation.
///
/// ```
/// factor:      P A = L U                      (dgetrf, partial pivoting, in place)
/// solve:       x = U⁻¹ L⁻¹ P b                (dgetrs, b overwritten by x)
/// factorSolve: both in one call               (dgesv = dgetrf + dgetrs)
/// rcond:       1 / (‖A‖∞ · est. ‖A⁻¹‖∞)        (dgecon, from the LU)
/// ```
///
/// The `_work` forms of LAPACKE are called, so there is no NaN scan of the
/// inputs and no workspace allocation; callers own every buffer. Use
/// ``Matrix/solving(_:)-(Matrix)`` unless a hot loop forbids allocation.
///
/// Numerical trap: as for ``Matrix/solving(_:)-(Matrix)``, only an exactly
/// zero pivot is reported (a positive return value); a nearly singular
/// matrix must be caught by its condition number.
public enum InPlaceLU {
    /// Factors the `n × n` column-major matrix at `a` in place (`dgetrf`).
    ///
    /// ```
    /// P A = L U,   a ← L (unit, below the diagonal) and U (on and above)
    /// ```
    /// - Parameters:
    ///   - a: `n·n` doubles, column-major; overwritten by `L` and `U`.
    ///   - n: The order, `≥ 1`.
    ///   - pivots: `n` entries; row `i` was interchanged with `pivots[i]` (1-based).
    /// - Returns: LAPACK's `info`: 0 on success, `k > 0` when `U[k−1, k−1]`
    ///   is exactly zero (the factorization is complete but singular).
    /// - Complexity: O(n³).
    public static func factor(_ a: UnsafeMutablePointer<Double>, order n: Int, pivots: UnsafeMutablePointer<Int32>) -> Int {
        let order = Int32(n)
        return Int(LAPACKE_dgetrf_work(LAPACK_COL_MAJOR, order, order, a, max(1, order), pivots))
    }

    /// Solves `A x = b` for one right-hand side from ``factor(_:order:pivots:)``'s
    /// output (`dgetrs`, no transpose).
    ///
    /// ```
    /// x = U⁻¹ L⁻¹ P b,   b ← x
    /// ```
    /// - Parameters:
    ///   - lu: The factored matrix, `n·n` doubles, column-major.
    ///   - n: The order, `≥ 1`.
    ///   - pivots: The pivots of the factorization.
    ///   - b: `n` doubles, overwritten by `x`.
    /// - Returns: LAPACK's `info`, 0 unless an argument is illegal.
    /// - Complexity: O(n²).
    public static func solve(
        factored lu: UnsafePointer<Double>, order n: Int, pivots: UnsafePointer<Int32>, rightHandSide b: UnsafeMutablePointer<Double>
    ) -> Int {
        let order = Int32(n)
        return Int(LAPACKE_dgetrs_work(
            LAPACK_COL_MAJOR, CChar(UInt8(ascii: "N")), order, 1, lu, max(1, order), pivots, b, max(1, order)))
    }

    /// Factors and solves in one call (`dgesv`, which is `dgetrf` followed by
    /// `dgetrs`: the same arithmetic as ``factor(_:order:pivots:)`` then
    /// ``solve(factored:order:pivots:rightHandSide:)``).
    ///
    /// ```
    /// P A = L U,   x = U⁻¹ L⁻¹ P b,   a ← L U,   b ← x
    /// ```
    /// - Parameters:
    ///   - a: `n·n` doubles, column-major; overwritten by `L` and `U`.
    ///   - n: The order, `≥ 1`.
    ///   - pivots: `n` entries for the interchanges.
    ///   - b: `n` doubles, overwritten by `x`.
    /// - Returns: LAPACK's `info` as for ``factor(_:order:pivots:)`` (no
    ///   solution is computed when it is positive).
    /// - Complexity: O(n³).
    public static func factorAndSolve(
        _ a: UnsafeMutablePointer<Double>, order n: Int, pivots: UnsafeMutablePointer<Int32>, rightHandSide b: UnsafeMutablePointer<Double>
    ) -> Int {
        let order = Int32(n)
        return Int(LAPACKE_dgesv_work(LAPACK_COL_MAJOR, order, 1, a, max(1, order), pivots, b, max(1, order)))
    }

    /// The reciprocal of the ∞-norm condition number, estimated from the LU
    /// (`dgecon` with norm `I`, Hager–Higham estimator).
    ///
    /// ```
    /// rcond = 1 / (‖A‖∞ · est(‖A⁻¹‖∞)),   est ≤ ‖A⁻¹‖∞ (usually equal)
    /// ```
    /// Allocates its `4n + n` workspace: call it once per factorization,
    /// not per solve.
    /// - Parameters:
    ///   - lu: The factored matrix, `n·n` doubles, column-major.
    ///   - n: The order, `≥ 1`.
    ///   - norm: `‖A‖∞` of the matrix before factoring.
    /// - Returns: `rcond ∈ [0, 1]` (0 for a singular factor), and LAPACK's `info`.
    /// - Complexity: O(n²).
    public static func reciprocalConditionNumber(factored lu: UnsafePointer<Double>, order n: Int, norm: Double) -> (rcond: Double, info: Int) {
        var rcond = 0.0
        var work = [Double](repeating: 0, count: 4 * max(1, n))
        var integerWork = [Int32](repeating: 0, count: max(1, n))
        let order = Int32(n)
        let info = LAPACKE_dgecon_work(
            LAPACK_COL_MAJOR, CChar(UInt8(ascii: "I")), order, lu, max(1, order), norm, &rcond, &work, &integerWork)
        return (rcond, Int(info))
    }
}
