import CatallaxReport
import CatallaxSweep
import Foundation

/// `sensitivity.csv`: one row per block × parameter × metric, with the
/// Sobol′ indices, their bootstrap intervals and the Morris statistics:
///
/// ```
/// parameter,metric,S1,S1_ci_low,S1_ci_high,ST,ST_ci_low,ST_ci_high,mu_star,sigma
/// ```
/// preceded by a `block` column when the spec has more than one block.
/// Numbers are written in full (Swift's shortest round-trip form), an
/// index that cannot be estimated as `nan`, so the file is byte-identical
/// wherever the same spec is run.
public enum SensitivityFile {
    /// The file's name in the output folder.
    public static let name = "sensitivity.csv"

    /// The columns after the optional `block`, in issue 12's order.
    public static let columns = ["parameter", "metric", "S1", "S1_ci_low", "S1_ci_high", "ST", "ST_ci_low", "ST_ci_high", "mu_star", "sigma"]

    /// The file's text.
    /// - Complexity: O(blocks × k × metrics).
    public static func text(_ result: SensitivityAnalysisResult) -> String {
        let blockColumn = result.blocks.count > 1
        var text = CSV.line((blockColumn ? ["block"] : []) + columns)
        for block in result.blocks {
            for (i, parameter) in block.parameters.enumerated() {
                for indices in block.metrics {
                    let s = indices.sobol[i], e = indices.morris[i]
                    let numbers = [s.firstOrder.estimate, s.firstOrder.lowerBound, s.firstOrder.upperBound,
                                   s.total.estimate, s.total.lowerBound, s.total.upperBound, e.absoluteMean, e.standardDeviation]
                    text += CSV.line((blockColumn ? ["\(block.block)"] : []) + [parameter, indices.metric.name] + numbers.map(CSV.number))
                }
            }
        }
        return text
    }

    /// Writes the file into `folder`, whole or not at all.
    /// - Throws: `SweepError.cannotWrite` naming the file and the reason.
    public static func write(_ result: SensitivityAnalysisResult, to folder: URL) throws(SweepError) {
        try WholeFile.write(Data(text(result).utf8), to: folder.appendingPathComponent(name))
    }
}
