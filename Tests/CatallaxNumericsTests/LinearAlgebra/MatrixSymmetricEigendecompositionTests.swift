import CatallaxNumerics
import Testing

@Suite("Matrix symmetric eigendecomposition (dsyevd)")
struct MatrixSymmetricEigendecompositionTests {
    @Test func knownTwoByTwoEigenpairs() throws {
        // [2 1; 1 2] has λ = 1 with v = (1, −1)/√2 and λ = 3 with v = (1, 1)/√2.
        let e = try Matrix(rowMajor: [[2, 1], [1, 2]]).symmetricEigendecomposition()
        let tolerance = 8 * Double.ulpOfOne
        #expect(abs(e.eigenvalues[0] - 1) <= tolerance * 3 && abs(e.eigenvalues[1] - 3) <= tolerance * 3)
        let h = 0.5.squareRoot()
        #expect(abs(abs(e.eigenvectors[0, 0]) - h) <= tolerance && abs(e.eigenvectors[0, 0] + e.eigenvectors[1, 0]) <= tolerance)
        #expect(abs(abs(e.eigenvectors[0, 1]) - h) <= tolerance && abs(e.eigenvectors[0, 1] - e.eigenvectors[1, 1]) <= tolerance)
    }

    @Test func knownThreeByThreeEigenvaluesAscending() throws {
        // The second-difference matrix tridiag(−1, 2, −1) has λₖ = 2 − 2 cos(kπ/4).
        let a = try Matrix(rowMajor: [[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
        let e = try a.symmetricEigendecomposition()
        let exact = [2 - 2.0.squareRoot(), 2, 2 + 2.0.squareRoot()]
        for (computed, known) in zip(e.eigenvalues, exact) {
            #expect(abs(computed - known) <= 16 * Double.ulpOfOne * 4)
        }
    }

    @Test func randomSymmetricMatricesSatisfyEigenEquationWithOrthonormalVectors() throws {
        var rng = LinearAlgebraSampler(seed: 0x7379_6576)
        for _ in 0..<15 {
            let n = rng.size(in: 1...30)
            let g = rng.matrix(rows: n, columns: n)
            let a = try Matrix.product(g, g, transposingB: true)  // G Gᵀ: symmetric
            let e = try a.symmetricEigendecomposition()
            let v = e.eigenvectors
            #expect(zip(e.eigenvalues, e.eigenvalues.dropFirst()).allSatisfy { $0 <= $1 })
            // ‖A V − V Λ‖_F ≤ 1e-13 ‖A‖_F
            var vLambda = v
            for j in 0..<n { for i in 0..<n { vLambda[i, j] *= e.eigenvalues[j] } }
            let av = LinearAlgebraReference.product(a, v)
            #expect(LinearAlgebraReference.distance(av, vLambda) <= 1e-13 * LinearAlgebraReference.frobeniusNorm(a))
            // ‖Vᵀ V − I‖_F ≤ 1e-13
            let vtv = try Matrix.product(v, v, transposingA: true)
            #expect(LinearAlgebraReference.distance(vtv, .identity(order: n)) <= 1e-13)
        }
    }

    @Test func onlyTheLowerTriangleIsRead() throws {
        let symmetric = try Matrix(rowMajor: [[4, 1, 2], [1, 3, 0], [2, 0, 5]])
        let garbageAbove = try Matrix(rowMajor: [[4, 99, -7], [1, 3, 1e9], [2, 0, 5]])
        #expect(try symmetric.symmetricEigendecomposition() == (try garbageAbove.symmetricEigendecomposition()))
    }

    @Test func nonSquareMatrixThrows() {
        let a = Matrix(rows: 2, columns: 3, repeating: 1)
        #expect(throws: LinearAlgebraError.dimensionMismatch(routine: "dsyevd", shapes: [a.shape], requirement: "A must be square")) {
            try a.symmetricEigendecomposition()
        }
    }
}
