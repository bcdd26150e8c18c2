import ArgumentParser
import CatallaxOptimize
import CatallaxReport
import CatallaxSweep
import Dispatch
import Foundation

extension Catallax {
    /// `catallax sensitivity`: which parameters drive a metric over a search file's ranges.
    struct Sensitivity: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Computes Sobol′ indices and Morris elementary effects of a scenario's metrics over ranges and writes sensitivity.csv and report.html.",
            discussion: """
            The spec is a search file (its blocks' bounds are the ranges, usually one block) plus a \
            [sensitivity] table (docs/SensitivityCommand.md). Every row of a Saltelli design (N(k+2) rows) and \
            of a Morris design (r(k+1) rows) runs the file's replicates on common random numbers; a row's \
            output is their mean. Intervals are percentile bootstrap intervals. The report page (Sobol′ \
            bars, Morris planes) is written from sensitivity.csv.
            """)

        @Argument(help: "The sensitivity spec file (TOML).")
        var spec: String

        @OptionGroup var output: ResultFolderOptions

        @OptionGroup var execution: ExecutionOptions

        func run() throws {
            let analysisSpec: SensitivitySpec
            do { analysisSpec = try SensitivitySpec.load(contentsOf: spec) } catch { throw BadInput(message: error.description) }
            let (folder, lock) = try output.claim(named: analysisSpec.spaces.name, refusingAnyOf: [SensitivityFile.name],
                                                  from: "analysis", advice: "choose another --out or pass --force to replace it")
            let analysis = SensitivityAnalysis(spec: analysisSpec, threads: execution.threads, laneWidth: execution.lanes(for: analysisSpec.spaces.scenario))
            let start = DispatchTime.now().uptimeNanoseconds
            let result: SensitivityAnalysisResult
            do {
                result = try analysis.run { step in
                    FileHandle.standardError.write(Data("block \(step.block): \(step.rows)/\(step.totalRows) rows, \(step.runs) runs\n".utf8))
                }
            } catch { throw BadInput(message: error.description) }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            try SensitivityFile.write(result, to: folder)
            try ReportPageWriting.write(into: folder) { () throws(ReportError) in try SensitivityReport(result, spec: analysisSpec).write(to: folder) }
            print(SensitivityText.text(result, spec: analysisSpec, seconds: seconds))
            print("wrote \(folder.path)/\(SensitivityFile.name), \(ReportPage.pageName)")
            withExtendedLifetime(lock) {}
        }
    }
}
