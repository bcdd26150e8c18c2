import CatallaxNumerics

/// SplitMix64 (Steele, Lea & Flood 2014), kept local so the linear-algebra
/// tests depend on no other generator: a seeded source of test matrices.
struct LinearAlgebraSampler {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform on [-1, 1) with 53 random bits.
    mutating func signedUnit() -> Double {
        Double(next() >> 11) * 0x1p-52 - 1
    }

    /// Uniform on `range`.
    mutating func size(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// A `rows × columns` matrix with entries uniform on [-1, 1).
    mutating func matrix(rows: Int, columns: Int) -> Matrix {
        var a = Matrix(rows: rows, columns: columns, repeating: 0)
        for j in 0..<columns {
            for i in 0..<rows { a[i, j] = signedUnit() }
        }
        return a
    }
}
