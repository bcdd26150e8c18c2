import CatallaxNumerics

extension CMAES {
    /// The λ candidates of the current generation, as points to evaluate.
    ///
    /// ```
    /// z_k ~ N(0, I),  y_k = B D z_k,  x_k = m + σ y_k,   k = 0…λ−1
    /// point_k = T(x_k) with bounds (inside the box), x_k without
    /// ```
    ///
    /// Asking again before ``tell(_:)`` returns the same candidates; a
    /// finished run returns none.
    /// - Returns: λ points of `n` coordinates, or `[]` once stopped.
    /// - Complexity: O(λ n²).
    public mutating func ask() -> [[Double]] {
        if stopReason != nil { return [] }
        if let pending = _pending { return pending.points }
        let n = parameters.dimensions
        var steps: [[Double]] = []
        var points: [[Double]] = []
        steps.reserveCapacity(parameters.population)
        points.reserveCapacity(parameters.population)
        for k in 0..<parameters.population {
            let z = _standardNormals(candidate: k)
            // y = B (D ∘ z): scale along the principal axes, then rotate.
            var y = [Double](repeating: 0, count: n)
            for j in 0..<n {
                let scaled = _axisLengths[j] * z[j]
                for i in 0..<n { y[i] += _eigenvectors[i + j * n] * scaled }
            }
            let x = (0..<n).map { mean[$0] + stepSize * y[$0] }
            steps.append(y)
            points.append(_options.bounds?.phenotype(ofGenotype: x) ?? x)
        }
        _pending = _Generation(steps: steps, points: points)
        return points
    }

    /// The `n` standard normal deviates of candidate `candidate` in this generation.
    ///
    /// ```
    /// block = Philox4x32-10(counter: (g, k, pair, 0), key: RunKey(seed, run, 0))
    /// (z_{2·pair}, z_{2·pair+1}) = BoxMuller(u(w₀, w₁), u(w₂, w₃))
    /// ```
    /// A pure function of (seed, run, generation, candidate): no stream
    /// position to carry, so candidates never depend on the order they are drawn in.
    internal func _standardNormals(candidate: Int) -> [Double] {
        let n = parameters.dimensions
        var z = [Double](repeating: 0, count: n)
        for pair in 0..<(n + 1) / 2 {
            let counter = SIMD4<UInt32>(UInt32(truncatingIfNeeded: generation), UInt32(truncatingIfNeeded: candidate),
                                        UInt32(truncatingIfNeeded: pair), 0)
            let w = Philox4x32.block(counter: counter, key: _key)
            let (z1, z2) = Philox4x32.standardNormals(u1: Philox4x32.unitInterval(hi: w[0], lo: w[1]),
                                                      u2: Philox4x32.unitInterval(hi: w[2], lo: w[3]))
            z[2 * pair] = z1
            if 2 * pair + 1 < n { z[2 * pair + 1] = z2 }
        }
        return z
    }
}
