extension SaltelliDesign {
    /// The first-order and total Sobol′ indices of every parameter, from the
    /// outputs of ``rows()``, with percentile bootstrap intervals.
    ///
    /// With `y = f − f̄` (`f̄` the mean of the `2N` outputs at `A` and `B`):
    /// ```
    /// V    = ( Σ_j [y(A_j)² + y(B_j)²] − 2N·ȳ² ) / (2N − 1)
    /// S_i  = (1/N)  Σ_j y(B_j) · (y(A_B^(i)_j) − y(A_j)) / V      Saltelli et al. 2010
    /// ST_i = (1/2N) Σ_j (y(A_j) − y(A_B^(i)_j))² / V              Jansen 1999
    /// ```
    /// The bootstrap resamples the `N` base rows with replacement (each
    /// bringing its `k + 2` outputs) `resamples` times and recomputes every
    /// index on each resample; all parameters share one resample. Draws: for
    /// each resample in turn, `N` row indices, one 64-bit draw each.
    ///
    /// Numerical trap: the `S_i` numerator is a difference of products whose
    /// noise scales with the outputs' mean, not their spread; centring on `f̄`
    /// removes it without changing the expectation, since
    /// `E[f(A_B^(i))] = E[f(A)]`. A constant output (`V = 0`) gives NaN
    /// indices, not invented ones. Estimates are not clipped to `[0, 1]`.
    ///
    /// A. Saltelli et al., Comput. Phys. Commun. 181 (2010) 259–270, table 2;
    /// M. J. W. Jansen, Comput. Phys. Commun. 117 (1999) 35–43.
    ///
    /// - Parameters:
    ///   - outputs: the model's value at each row, in row order
    ///     (`rowCount` values).
    ///   - resamples: `B ≥ 1`, the bootstrap resamples (1000 by default).
    ///   - level: the intervals' confidence level, in `(0, 1)`.
    ///   - rng: the bootstrap's generator; the same state gives bit-identical
    ///     intervals.
    /// - Returns: one ``SobolIndices`` per parameter, in parameter order.
    /// - Precondition: `outputs.count == rowCount`.
    /// - Complexity: O(B · N · k) time, O(B · k) memory.
    public func indices<G: RandomNumberGenerator>(
        of outputs: [Double], resamples: Int = 1000, level: Double = 0.95, using rng: inout G
    ) -> [SobolIndices] {
        precondition(outputs.count == rowCount, "expected \(rowCount) outputs, got \(outputs.count)")
        precondition(resamples >= 1, "the bootstrap needs at least one resample")
        precondition(level > 0 && level < 1, "the confidence level must be in (0, 1), got \(level)")
        let k = parameterCount
        let width = k + 2
        var sum = 0.0
        for base in 0..<baseCount {
            sum += outputs[base * width] + outputs[base * width + k + 1]
        }
        let centre = sum / Double(2 * baseCount)
        let centred = outputs.map { $0 - centre }

        let full = _estimates(centred: centred, baseRows: 0..<baseCount)
        var resampledFirst = [[Double]](repeating: [], count: k)
        var resampledTotal = [[Double]](repeating: [], count: k)
        var picks = [Int](repeating: 0, count: baseCount)
        for _ in 0..<resamples {
            for n in 0..<baseCount {
                picks[n] = _randomIndex(below: baseCount, using: &rng)
            }
            let estimate = _estimates(centred: centred, baseRows: picks)
            for i in 0..<k {
                resampledFirst[i].append(estimate.firstOrder[i])
                resampledTotal[i].append(estimate.total[i])
            }
        }
        return (0..<k).map { i in
            SobolIndices(
                firstOrder: BootstrapInterval(estimate: full.firstOrder[i], resampled: resampledFirst[i], level: level),
                total: BootstrapInterval(estimate: full.total[i], resampled: resampledTotal[i], level: level))
        }
    }

    /// `S_i` and `ST_i` for every parameter from the centred outputs of the
    /// given base rows (repeats allowed: a bootstrap resample).
    func _estimates<Rows: Collection<Int>>(
        centred y: [Double], baseRows: Rows
    ) -> (firstOrder: [Double], total: [Double]) {
        let k = parameterCount
        let width = k + 2
        var first = [Double](repeating: 0, count: k)
        var total = [Double](repeating: 0, count: k)
        var sum = 0.0
        var sumOfSquares = 0.0
        for base in baseRows {
            let start = base * width
            let a = y[start]
            let b = y[start + k + 1]
            sum += a + b
            sumOfSquares += a * a + b * b
            for i in 0..<k {
                let mixed = y[start + 1 + i]
                first[i] += b * (mixed - a)
                total[i] += (a - mixed) * (a - mixed)
            }
        }
        let n = Double(baseRows.count)
        // One-pass variance of the 2N values at A and B: the values are
        // centred on the full sample's mean, so the mean here is near 0 and
        // Σy² − 2N·ȳ² does not cancel.
        let mean = sum / (2 * n)
        let variance = (sumOfSquares - 2 * n * mean * mean) / (2 * n - 1)
        guard variance > 0 else {
            return (Array(repeating: .nan, count: k), Array(repeating: .nan, count: k))
        }
        return (first.map { $0 / n / variance }, total.map { $0 / (2 * n) / variance })
    }
}
