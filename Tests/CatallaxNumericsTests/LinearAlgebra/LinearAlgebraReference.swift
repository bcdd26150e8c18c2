import CatallaxNumerics

/// Textbook definitions the BLAS/LAPACK results are checked against.
enum LinearAlgebraReference {
    static func transpose(_ a: Matrix) -> Matrix {
        var t = Matrix(rows: a.columns, columns: a.rows, repeating: 0)
        for i in 0..<a.rows {
            for j in 0..<a.columns { t[j, i] = a[i, j] }
        }
        return t
    }

    /// `A · B` by the triple loop.
    static func product(_ a: Matrix, _ b: Matrix) -> Matrix {
        precondition(a.columns == b.rows)
        var c = Matrix(rows: a.rows, columns: b.columns, repeating: 0)
        for i in 0..<a.rows {
            for j in 0..<b.columns {
                var sum = 0.0
                for l in 0..<a.columns { sum += a[i, l] * b[l, j] }
                c[i, j] = sum
            }
        }
        return c
    }

    /// `‖A‖_F = √(Σ A[i, j]²)`.
    static func frobeniusNorm(_ a: Matrix) -> Double {
        a.elements.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// `‖A − B‖_F`.
    static func distance(_ a: Matrix, _ b: Matrix) -> Double {
        precondition(a.shape == b.shape)
        return zip(a.elements, b.elements).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
    }

    /// `‖A X − B‖_F / (‖A‖_F ‖X‖_F)`, the backward error of a solve.
    static func relativeResidual(_ a: Matrix, _ x: Matrix, _ b: Matrix) -> Double {
        distance(product(a, x), b) / (frobeniusNorm(a) * frobeniusNorm(x))
    }
}
