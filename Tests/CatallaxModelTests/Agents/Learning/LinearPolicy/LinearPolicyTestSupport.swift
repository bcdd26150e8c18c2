import CatallaxModel
import CatallaxNumerics

/// Standard normals from Philox under a fixed key, for the policy tests.
struct PolicyTestNormals {
    var counter: UInt32 = 0
    let key: SIMD2<UInt32>

    init(seed: UInt32) { key = SIMD2(seed, 0x5EED) }

    mutating func pair() -> (Double, Double) {
        let block = Philox4x32.block(counter: SIMD4(counter, 0, 0, 0), key: key)
        counter += 1
        return Philox4x32.standardNormals(
            u1: Philox4x32.unitInterval(hi: block[0], lo: block[1]),
            u2: Philox4x32.unitInterval(hi: block[2], lo: block[3]))
    }

    mutating func next() -> Double { pair().0 }

    /// A `rows × columns` matrix of standard normals.
    mutating func matrix(rows: Int, columns: Int) -> Matrix {
        // The element count matches the shape by construction.
        try! Matrix(rows: rows, columns: columns, columnMajor: (0..<(rows * columns)).map { _ in next() })
    }
}

extension LinearPolicy {
    /// Writes `values` (column-major) into the current noise.
    mutating func setNoise(_ values: [Double]) {
        noise.withUnsafeMutableElements { e in for index in e.indices { e[index] = values[index] } }
    }

    /// Writes `values` into the current features.
    mutating func setFeatures(_ x: Matrix) {
        features.withUnsafeMutableElements { e in for index in e.indices { e[index] = x.elements[index] } }
    }

    /// Writes `values` into the rewards.
    mutating func setRewards(_ values: [Double]) {
        rewards.withUnsafeMutableElements { e in for index in e.indices { e[index] = values[index] } }
    }
}

/// `max |a − b| / max |b|` over two equally shaped matrices.
func relativeDifference(_ a: Matrix, _ b: Matrix) -> Double {
    var gap = 0.0, scale = 0.0
    for (x, y) in zip(a.elements, b.elements) {
        gap = max(gap, abs(x - y))
        scale = max(scale, abs(y))
    }
    return scale > 0 ? gap / scale : gap
}
