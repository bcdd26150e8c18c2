import CatallaxNumerics
import Testing

@Suite("Matrix product (dgemm)")
struct MatrixProductTests {
    /// Checks `C` against `α op(A) op(B) + β C₀` entrywise within the
    /// standard dot-product bound `|ĉ − c| ≤ (k + 2) ε (|α| Σ|a||b| + |β||c₀|)`.
    private func expectMatchesNaive(
        _ c: Matrix, a: Matrix, b: Matrix, c0: Matrix,
        transposingA: Bool, transposingB: Bool, alpha: Double, beta: Double
    ) throws {
        let opA = transposingA ? LinearAlgebraReference.transpose(a) : a
        let opB = transposingB ? LinearAlgebraReference.transpose(b) : b
        let ab = LinearAlgebraReference.product(opA, opB)
        let absA = try Matrix(rows: opA.rows, columns: opA.columns, columnMajor: opA.elements.map(abs))
        let absB = try Matrix(rows: opB.rows, columns: opB.columns, columnMajor: opB.elements.map(abs))
        let scale = LinearAlgebraReference.product(absA, absB)
        let k = Double(opA.columns)
        for j in 0..<c.columns {
            for i in 0..<c.rows {
                let expected = alpha * ab[i, j] + beta * c0[i, j]
                let bound = (k + 2) * Double.ulpOfOne * (abs(alpha) * scale[i, j] + abs(beta * c0[i, j]))
                #expect(abs(c[i, j] - expected) <= bound, "entry (\(i), \(j))")
            }
        }
    }

    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func formProductMatchesTripleLoop(transposingA: Bool, transposingB: Bool) throws {
        var rng = LinearAlgebraSampler(seed: 0x6765_6D6D)
        for _ in 0..<20 {
            let (m, n, k) = (rng.size(in: 1...17), rng.size(in: 1...17), rng.size(in: 1...33))
            let a = transposingA ? rng.matrix(rows: k, columns: m) : rng.matrix(rows: m, columns: k)
            let b = transposingB ? rng.matrix(rows: n, columns: k) : rng.matrix(rows: k, columns: n)
            let c0 = rng.matrix(rows: m, columns: n)
            let alpha = 2 * rng.signedUnit(), beta = 2 * rng.signedUnit()
            var c = c0
            try c.formProduct(a, b, transposingA: transposingA, transposingB: transposingB, alpha: alpha, beta: beta)
            try expectMatchesNaive(c, a: a, b: b, c0: c0, transposingA: transposingA, transposingB: transposingB, alpha: alpha, beta: beta)
        }
    }

    @Test func productOfKnownMatrices() throws {
        let a = try Matrix(rowMajor: [[1, 2, 3], [4, 5, 6]])
        let b = try Matrix(rowMajor: [[7, 8], [9, 10], [11, 12]])
        #expect(try Matrix.product(a, b) == (try Matrix(rowMajor: [[58, 64], [139, 154]])))
        #expect(try Matrix.product(a, a, transposingB: true, alpha: 0.5) == (try Matrix(rowMajor: [[7, 16], [16, 38.5]])))
    }

    @Test func betaZeroIgnoresNaNInC() throws {
        var c = Matrix(rows: 2, columns: 2, repeating: .nan)
        try c.formProduct(.identity(order: 2), try Matrix(rowMajor: [[1, 2], [3, 4]]))
        #expect(c == (try Matrix(rowMajor: [[1, 2], [3, 4]])))
    }

    @Test func emptyInnerDimensionScalesC() throws {
        var c = try Matrix(rowMajor: [[1, 2], [3, 4]])
        try c.formProduct(Matrix(rows: 2, columns: 0, repeating: 0), Matrix(rows: 0, columns: 2, repeating: 0), beta: 3)
        #expect(c == (try Matrix(rowMajor: [[3, 6], [9, 12]])))
    }

    @Test func mismatchedShapesThrowBeforeCallingBLAS() {
        let a = Matrix(rows: 2, columns: 3, repeating: 1)
        let error = #expect(throws: LinearAlgebraError.self) { try Matrix.product(a, a) }
        guard case let .dimensionMismatch(routine, shapes, _) = error else { Issue.record("no dimension mismatch"); return }
        #expect(routine == "dgemm")
        #expect(shapes == [a.shape, a.shape, Matrix.Shape(rows: 2, columns: 3)])
        var c = Matrix(rows: 3, columns: 3, repeating: 0)
        #expect(throws: LinearAlgebraError.self) { try c.formProduct(a, a, transposingB: true) }
        #expect(c == Matrix(rows: 3, columns: 3, repeating: 0))
    }
}
