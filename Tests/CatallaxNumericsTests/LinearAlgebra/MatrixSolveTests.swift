import CatallaxNumerics
import Testing

@Suite("Matrix solve (dgesv)")
struct MatrixSolveTests {
    @Test func solvesKnownThreeByThreeSystem() throws {
        // 2x + y − z = 8, −3x − y + 2z = −11, −2x + y + 2z = −3  ⇒  (2, 3, −1).
        let a = try Matrix(rowMajor: [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
        let x = try a.solving([8, -11, -3])
        for (computed, exact) in zip(x, [2.0, 3, -1]) {
            #expect(abs(computed - exact) <= 8 * Double.ulpOfOne * 3)
        }
    }

    @Test func randomWellConditionedSystemsHaveTinyBackwardError() throws {
        var rng = LinearAlgebraSampler(seed: 0x6765_7376)
        for _ in 0..<25 {
            let n = rng.size(in: 1...40), r = rng.size(in: 1...4)
            var a = rng.matrix(rows: n, columns: n)
            for i in 0..<n { a[i, i] += Double(n) }  // diagonally dominant: κ(A) = O(1)
            let b = rng.matrix(rows: n, columns: r)
            let x = try a.solving(b)
            #expect(LinearAlgebraReference.relativeResidual(a, x, b) < 1e-12)
        }
    }

    @Test func solvingLeavesInputsUnchanged() throws {
        let a = try Matrix(rowMajor: [[4, 1], [2, 3]])
        let copy = a
        _ = try a.solving([1, 2])
        #expect(a == copy)
    }

    @Test func singularMatrixThrowsWithZeroPivot() throws {
        // P A = L U gives U = [2 4; 0 0]: the second pivot is exactly zero.
        let a = try Matrix(rowMajor: [[1, 2], [2, 4]])
        #expect(throws: LinearAlgebraError.singular(routine: "dgesv", pivot: 1)) { try a.solving([1, 1]) }
        #expect(throws: LinearAlgebraError.singular(routine: "dgesv", pivot: 0)) {
            try Matrix(rows: 3, columns: 3, repeating: 0).solving([1, 2, 3])
        }
    }

    @Test func nanInputIsRejectedByLAPACKE() throws {
        let a = try Matrix(rowMajor: [[1, .nan], [0, 1]])
        #expect(throws: LinearAlgebraError.illegalArgument(routine: "dgesv", argument: 4)) { try a.solving([1, 1]) }
    }

    @Test func mismatchedShapesThrow() {
        let square = Matrix.identity(order: 3)
        #expect(throws: LinearAlgebraError.self) { try Matrix(rows: 2, columns: 3, repeating: 1).solving([1, 2]) }
        let error = #expect(throws: LinearAlgebraError.self) { try square.solving([1, 2]) }
        #expect(error == .dimensionMismatch(
            routine: "dgesv", shapes: [square.shape, .init(rows: 2, columns: 1)],
            requirement: "A must be square and B must have as many rows as A"))
    }
}
