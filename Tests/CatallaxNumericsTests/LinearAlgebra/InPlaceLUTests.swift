import CatallaxNumerics
import Testing

@Suite("In-place LU (dgetrf, dgetrs, dgesv, dgecon)")
struct InPlaceLUTests {
    /// `a`'s elements, column-major, as a fresh array.
    static func columnMajor(_ a: Matrix) -> [Double] {
        (0..<a.columns).flatMap { j in (0..<a.rows).map { i in a[i, j] } }
    }

    @Test func factorThenSolveAgreesWithOneDgesvToAFewUlps() throws {
        var rng = LinearAlgebraSampler(seed: 0x4c55_4c55)
        for _ in 0..<25 {
            let n = rng.size(in: 1...24)
            var a = rng.matrix(rows: n, columns: n)
            for i in 0..<n { a[i, i] += Double(n) }
            let b = (0..<n).map { _ in rng.signedUnit() }
            var lu = Self.columnMajor(a), x = b, pivots = [Int32](repeating: 0, count: n)
            #expect(InPlaceLU.factor(&lu, order: n, pivots: &pivots) == 0)
            #expect(InPlaceLU.solve(factored: lu, order: n, pivots: pivots, rightHandSide: &x) == 0)
            var once = Self.columnMajor(a), y = b, pivotsOnce = [Int32](repeating: 0, count: n)
            #expect(InPlaceLU.factorAndSolve(&once, order: n, pivots: &pivotsOnce, rightHandSide: &y) == 0)
            // OpenBLAS's dgesv runs its own blocked path: the same LU in exact
            // arithmetic, within a few ulps of ‖x‖ of dgetrf + dgetrs (bit for bit
            // for n ≤ 5 on this machine, not always beyond).
            let largest = y.map(abs).max()!
            #expect(zip(x, y).allSatisfy { abs($0 - $1) <= 8 * Double.ulpOfOne * largest })
            let solution = try Matrix(rows: n, columns: 1, columnMajor: x)
            let rhs = try Matrix(rows: n, columns: 1, columnMajor: b)
            #expect(LinearAlgebraReference.relativeResidual(a, solution, rhs) < 1e-12)
        }
    }

    @Test func anExactlyZeroPivotIsReported() {
        // P A = L U gives U = [2 4; 0 0]: LAPACK's info names pivot 2 (1-based).
        var a: [Double] = [1, 2, 2, 4]
        var pivots: [Int32] = [0, 0]
        #expect(InPlaceLU.factor(&a, order: 2, pivots: &pivots) == 2)
    }

    @Test func conditionOfADiagonalMatrixIsTheRatioOfItsEntries() {
        // A = diag(1, 10): ‖A‖∞ = 10, ‖A⁻¹‖∞ = 1, κ∞ = 10; dgecon is exact here.
        var a: [Double] = [1, 0, 0, 10]
        var pivots: [Int32] = [0, 0]
        #expect(InPlaceLU.factor(&a, order: 2, pivots: &pivots) == 0)
        let (rcond, info) = InPlaceLU.reciprocalConditionNumber(factored: a, order: 2, norm: 10)
        #expect(info == 0)
        #expect(abs(rcond - 0.1) <= 1e-15)
    }
}
