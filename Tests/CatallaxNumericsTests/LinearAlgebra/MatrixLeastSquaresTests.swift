import CatallaxNumerics
import Testing

@Suite("Matrix least squares (dgels)")
struct MatrixLeastSquaresTests {
    @Test func recoversAnExactlyFittingLine() throws {
        // y = 3 + 2x at x = 0…9: the residual is zero and (3, 2) is exact.
        let xs = (0..<10).map(Double.init)
        let design = try Matrix(rowMajor: xs.map { [1, $0] })
        let fit = try design.leastSquaresSolution(xs.map { 3 + 2 * $0 })
        #expect(abs(fit[0] - 3) <= 1e-14 * 20 && abs(fit[1] - 2) <= 1e-14 * 20)
    }

    @Test func noisyRegressionMatchesNormalEquations() throws {
        var rng = LinearAlgebraSampler(seed: 0x6765_6C73)
        let (m, p) = (60, 4)
        var design = rng.matrix(rows: m, columns: p)
        for i in 0..<m { design[i, 0] = 1 }  // intercept column
        let truth = [0.5, -1.25, 2, 0.75]
        let signal = try Matrix.product(design, Matrix(rows: p, columns: 1, columnMajor: truth))
        let y = (0..<m).map { signal[$0, 0] + 0.1 * rng.signedUnit() }
        let fit = try design.leastSquaresSolution(y)
        // (Aᵀ A) x = Aᵀ y: κ(A)² is small here, so both routes agree closely.
        let normal = try Matrix.product(design, design, transposingA: true)
        let rhs = try Matrix.product(design, Matrix(rows: m, columns: 1, columnMajor: y), transposingA: true)
        let viaNormal = try normal.solving(rhs)
        for i in 0..<p {
            #expect(abs(fit[i] - viaNormal[i, 0]) <= 1e-12)
            #expect(abs(fit[i] - truth[i]) < 0.2)  // and the noise did not swamp the signal
        }
    }

    @Test func multipleRightHandSidesAreIndependentFits() throws {
        let design = try Matrix(rowMajor: [[1, 0], [1, 1], [1, 2], [1, 3]])
        let b = try Matrix(rowMajor: [[1, 0], [3, -1], [5, -2], [7, -3]])
        let x = try design.leastSquaresSolution(b)
        #expect(x.shape == Matrix.Shape(rows: 2, columns: 2))
        let expected = try Matrix(rowMajor: [[1, 0], [2, -1]])
        #expect(LinearAlgebraReference.distance(x, expected) <= 1e-14 * 10)
    }

    @Test func rankDeficientDesignThrows() throws {
        let design = try Matrix(rowMajor: [[1, 0], [1, 0], [1, 0]])
        #expect(throws: LinearAlgebraError.singular(routine: "dgels", pivot: 1)) {
            try design.leastSquaresSolution([1, 2, 3])
        }
    }

    @Test func wideOrMismatchedShapesThrow() {
        let wide = Matrix(rows: 2, columns: 3, repeating: 1)
        #expect(throws: LinearAlgebraError.self) { try wide.leastSquaresSolution([1, 2]) }
        let tall = Matrix(rows: 3, columns: 2, repeating: 1)
        let error = #expect(throws: LinearAlgebraError.self) { try tall.leastSquaresSolution([1, 2]) }
        #expect(error == .dimensionMismatch(
            routine: "dgels", shapes: [tall.shape, .init(rows: 2, columns: 1)],
            requirement: "A must have at least as many rows as columns and B as many rows as A"))
    }
}
