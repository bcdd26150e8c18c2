import CatallaxNumerics
import Testing

@Suite("In-place least squares (dgels)")
struct InPlaceLeastSquaresTests {
    /// `a`'s elements, column-major, as a fresh array.
    static func columnMajor(_ a: Matrix) -> [Double] {
        (0..<a.columns).flatMap { j in (0..<a.rows).map { i in a[i, j] } }
    }

    /// Solves `min ‖A x − b‖₂` through the in-place wrapper with a workspace
    /// of `workspace` doubles (the queried size by default); returns `b` as
    /// `dgels` left it, and `info`.
    static func solve(_ a: Matrix, _ b: [Double], workspace: Int? = nil) -> (b: [Double], info: Int) {
        var qr = columnMajor(a)
        var rhs = b + [Double](repeating: 0, count: max(0, a.columns - a.rows))
        var work = [Double](
            repeating: .nan, count: workspace ?? InPlaceLeastSquares.workspaceCount(rows: a.rows, columns: a.columns))
        let info = qr.withUnsafeMutableBufferPointer { pa in
            rhs.withUnsafeMutableBufferPointer { pb in
                work.withUnsafeMutableBufferPointer { pw in
                    InPlaceLeastSquares.solve(pa.baseAddress!, rows: a.rows, columns: a.columns,
                                              rightHandSide: pb.baseAddress!, workspace: pw)
                }
            }
        }
        return (rhs, info)
    }

    /// A random full-rank (almost surely) `m × n` problem, `n ≤ maxColumns`,
    /// `n ≤ m ≤ maxRows`, entries uniform on [−1, 1).
    static func randomProblem(_ rng: inout LinearAlgebraSampler, maxColumns: Int, maxRows: Int) -> (a: Matrix, y: [Double]) {
        let n = rng.size(in: 1...maxColumns)
        let m = rng.size(in: n...maxRows)
        let a = rng.matrix(rows: m, columns: n)
        return (a, (0..<m).map { _ in rng.signedUnit() })
    }

    @Test func lineFitMatchesTheTwoByTwoNormalEquations() throws {
        // Design [1, x]: the normal equations solve in closed form,
        // φ = Sxy/Sxx, c = ȳ − φ·x̄ (centred sums, no cancellation to speak
        // of for these well-spread x).
        var rng = LinearAlgebraSampler(seed: 0x4c53_5132)
        for _ in 0..<50 {
            let m = rng.size(in: 2...60)
            let x = (0..<m).map { _ in 3 + 2 * rng.signedUnit() }
            let y = x.map { 0.25 - 1.5 * $0 + 0.3 * rng.signedUnit() }
            let xBar = x.reduce(0, +) / Double(m), yBar = y.reduce(0, +) / Double(m)
            let sxx = x.reduce(0) { $0 + ($1 - xBar) * ($1 - xBar) }
            let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - xBar) * ($1.1 - yBar) }
            let slope = sxy / sxx, intercept = yBar - slope * xBar
            let design = try Matrix(rowMajor: x.map { [1, $0] })
            let (b, info) = Self.solve(design, y)
            #expect(info == 0)
            #expect(abs(b[0] - intercept) <= 1e-10 * max(1, abs(intercept)))
            #expect(abs(b[1] - slope) <= 1e-10 * max(1, abs(slope)))
        }
    }

    @Test func agreesWithMatrixLeastSquaresOnRandomFullRankProblems() throws {
        var rng = LinearAlgebraSampler(seed: 0x6765_6C73_0002)
        for _ in 0..<60 {
            let (a, y) = Self.randomProblem(&rng, maxColumns: 8, maxRows: 40)
            let reference = try a.leastSquaresSolution(y)
            let (b, info) = Self.solve(a, y)
            #expect(info == 0)
            // The same dgels with the same (queried) workspace size: equal to
            // rounding.
            let n = a.columns, scale = reference.map(abs).max()!
            for i in 0..<n { #expect(abs(b[i] - reference[i]) <= 1e-13 * max(1, scale)) }
        }
    }

    @Test func theMinimumWorkspaceGivesTheSameSolution() throws {
        var rng = LinearAlgebraSampler(seed: 0x6d69_6e77)
        for _ in 0..<20 {
            let (a, y) = Self.randomProblem(&rng, maxColumns: 6, maxRows: 50)
            let n = a.columns
            let queried = Self.solve(a, y)
            let smallest = Self.solve(a, y, workspace: 2 * n)  // mn + max(mn, 1) with mn = n
            #expect(queried.info == 0 && smallest.info == 0)
            for i in 0..<n { #expect(abs(queried.b[i] - smallest.b[i]) <= 1e-13 * max(1, abs(queried.b[i]))) }
        }
    }

    @Test func workspaceCountIsAtLeastTheDocumentedMinimum() {
        for (m, n) in [(0, 0), (1, 1), (2, 2), (47, 2), (10_000, 2), (5, 9), (100, 16)] {
            let mn = min(m, n)
            #expect(InPlaceLeastSquares.workspaceCount(rows: m, columns: n) >= max(1, mn + max(mn, 1)))
        }
    }

    @Test func theTailOfTheRightHandSideHoldsTheResidual() throws {
        // ‖A x − b‖₂² = Σ (Qᵀ b)[n..<m]², which dgels leaves in b[n..<m].
        var rng = LinearAlgebraSampler(seed: 0x7265_7369)
        let (m, n) = (30, 3)
        let a = rng.matrix(rows: m, columns: n)
        let y = (0..<m).map { _ in rng.signedUnit() }
        let (b, info) = Self.solve(a, y)
        #expect(info == 0)
        let residual = (0..<m).map { i in (0..<n).reduce(-y[i]) { $0 + a[i, $1] * b[$1] } }
        let direct = residual.reduce(0) { $0 + $1 * $1 }
        let tail = b[n..<m].reduce(0) { $0 + $1 * $1 }
        #expect(abs(direct - tail) <= 1e-12 * direct)
    }

    @Test func aRankDeficientDesignReturnsAPositiveInfo() throws {
        // R = [−√3 0; 0 0]: R[1, 1] is exactly zero, so info names column 2 (1-based).
        let design = try Matrix(rowMajor: [[1, 0], [1, 0], [1, 0]])
        #expect(Self.solve(design, [1, 2, 3]).info == 2)
        let zeroFirst = try Matrix(rowMajor: [[0, 1], [0, 2], [0, 4]])
        #expect(Self.solve(zeroFirst, [1, 2, 3]).info > 0)
    }
}
