import CatallaxModel
import CatallaxSweep

extension SensitivityAnalysis {
    /// The unit-cube rows of block `block`: the Saltelli design's `N(k + 2)`
    /// rows, then the Morris design's `r(k + 1)`.
    /// - Complexity: O(N · k²).
    public func rows(ofBlock block: Int) -> [[Double]] {
        spec.saltelliDesign(ofBlock: block).rows() + spec.morrisDesign(ofBlock: block).rows()
    }

    /// The checked point of every row of block `block`.
    /// - Throws: ``SpecError/inconsistent(file:keyPath:value:allowed:)`` for
    ///   the first row whose point is not valid (an anchor solving a negative
    ///   level, a function outside its domain), naming `block[i].bounds` and
    ///   the row's parameter values.
    func rowPoints(ofBlock block: Int) throws(SpecError) -> [ScenarioParameters] {
        let bounds = spec.parameters(ofBlock: block)
        let saltelliRows = spec.saltelliDesign(ofBlock: block).rowCount
        var points: [ScenarioParameters] = []
        for (n, row) in rows(ofBlock: block).enumerated() {
            do {
                points.append(try spec.spaces.point(inBlock: block, atFractions: row).parameters)
            } catch {
                let values = zip(bounds, row).map { "\($0.key) = \($0.value(atFraction: $1))" }.joined(separator: ", ")
                let design = n < saltelliRows ? "row \(n) of the Saltelli design" : "row \(n - saltelliRows) of the Morris design"
                throw .inconsistent(
                    file: spec.spaces.file, keyPath: "block[\(block)].bounds", value: "the point \(values) (\(design))",
                    allowed: "that point is not valid (\(error.description)) and Sobol′ and Morris indices need every row of "
                        + "the design, so nothing was run; narrow the bounds of block[\(block)] until every point in them is valid")
            }
        }
        return points
    }

    /// Runs replicates `0 ..< R` of every row, a slice of rows per parallel
    /// plan (a progress line after each), and reduces each row to its
    /// metrics' outputs as it goes.
    /// - Returns: per metric of the spec, in order, the rows' outputs.
    func evaluate(_ rows: [ScenarioParameters], block: Int, runsBefore: Int,
                  progress: (Progress) -> Void) -> [RowOutputs] {
        var outputs = spec.metrics.map { _ in RowOutputs() }
        // Ten slices per block: enough progress lines, and each slice is still one plan over all cores.
        // The slicing cannot change a result: a run's outcomes depend only on its point, the seed and its replicate.
        let slice = max(1, (rows.count + 9) / 10)
        for start in stride(from: 0, to: rows.count, by: slice) {
            let end = min(start + slice, rows.count)
            let outcomes = evaluator.run(Array(rows[start..<end]), replicates: Array(repeating: 0..<spec.replicates, count: end - start))
            for row in outcomes {
                for (m, metric) in spec.metrics.enumerated() { outputs[m].append(row, metric: metric) }
            }
            progress(Progress(block: block, rows: end, totalRows: rows.count, runs: runsBefore + end * spec.replicates))
        }
        return outputs
    }
}

/// One metric's output at each row of a design: the mean of the row's
/// replicates that report it, NaN for a row with none (every run failed),
/// with the failures counted so that a NaN is always explained.
///
/// ```
/// y_n = (1/c_n) Σ_{r: run r ok} x_{n,r},   c_n = #{r: run r ok and reports the metric};   y_n = NaN if c_n = 0
/// ```
struct RowOutputs: Sendable, Equatable {
    /// `y_n`, in row order.
    var values: [Double] = []
    /// Runs that failed, over all rows.
    var failedRuns = 0
    /// Rows with no value (`c_n = 0`).
    var emptyRows = 0

    /// Appends the output of one row's outcomes (in replicate order, so the sum is the same on every machine).
    mutating func append(_ outcomes: [RunOutcome], metric: Metric) {
        var sum = 0.0, count = 0
        for outcome in outcomes {
            if outcome.failure != nil {
                failedRuns += 1
            } else if let x = outcome[metric] {
                sum += x
                count += 1
            }
        }
        if count == 0 { emptyRows += 1 }
        values.append(count == 0 ? .nan : sum / Double(count))
    }
}
