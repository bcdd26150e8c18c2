import CatallaxNumerics
#if canImport(Glibc)
import Glibc
#endif

/// The known-answer problems of docs/CMAES.md, shared by the search tests.
enum SearchTestFunctions {
    /// `f(x) = Σ xᵢ²`, minimum 0 at the origin.
    static func sphere(_ x: [Double]) -> Double {
        x.reduce(0) { $0 + $1 * $1 }
    }

    /// The ellipsoid of condition 10⁶: `f(x) = Σ 10^{6(i−1)/(n−1)} xᵢ²` (i from 1).
    static func ellipsoid(_ x: [Double]) -> Double {
        let n = x.count
        var sum = 0.0
        for i in 0..<n { sum += pow(10, 6 * Double(i) / Double(n - 1)) * x[i] * x[i] }
        return sum
    }

    /// Rosenbrock's function: `f(x) = Σ 100 (x_{i+1} − xᵢ²)² + (1 − xᵢ)²`, minimum 0 at `(1, …, 1)`.
    static func rosenbrock(_ x: [Double]) -> Double {
        var sum = 0.0
        for i in 0..<(x.count - 1) {
            let a = x[i + 1] - x[i] * x[i]
            sum += 100 * a * a + (1 - x[i]) * (1 - x[i])
        }
        return sum
    }

    /// A seeded random orthogonal `n × n` matrix, column-major: the Q of the
    /// QR factorization (modified Gram–Schmidt) of a matrix of N(0, 1)
    /// entries drawn from Philox, which is Haar-distributed.
    static func rotation(dimensions n: Int, seed: UInt64) -> [Double] {
        let key = RunKey(seed: seed, point: 0, replicate: 0).words
        var q = (0..<(n * n)).map { k -> Double in
            let w = Philox4x32.block(counter: SIMD4(UInt32(k), 0, 0, 0), key: key)
            return Philox4x32.standardNormals(u1: Philox4x32.unitInterval(hi: w[0], lo: w[1]),
                                              u2: Philox4x32.unitInterval(hi: w[2], lo: w[3])).0
        }
        for j in 0..<n {
            for k in 0..<j {
                var dot = 0.0
                for i in 0..<n { dot += q[i + k * n] * q[i + j * n] }
                for i in 0..<n { q[i + j * n] -= dot * q[i + k * n] }
            }
            var norm = 0.0
            for i in 0..<n { norm += q[i + j * n] * q[i + j * n] }
            for i in 0..<n { q[i + j * n] /= norm.squareRoot() }
        }
        return q
    }

    /// `Q x` for a column-major `Q`.
    static func rotate(_ x: [Double], by q: [Double]) -> [Double] {
        let n = x.count
        var y = [Double](repeating: 0, count: n)
        for j in 0..<n { for i in 0..<n { y[i] += q[i + j * n] * x[j] } }
        return y
    }

    /// The median of `values`.
    static func median(_ values: [Int]) -> Double {
        let s = values.sorted()
        return s.count % 2 == 1 ? Double(s[s.count / 2]) : Double(s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}
