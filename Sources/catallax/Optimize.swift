import ArgumentParser
import CatallaxOptimize
import CatallaxReport
import CatallaxSweep
import Dispatch
import Foundation

extension Catallax {
    /// `catallax optimize`: a search for the best design instead of a grid.
    struct Optimize: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Searches a scenario's parameters for the best objective under constraints and writes evaluations.csv, best.json and report.html.",
            discussion: """
            The spec is a sweep file whose blocks are search spaces (fixed values, an anchor and the bounds \
            searched) plus an [optimize] table (docs/Optimization.md). Every candidate runs the same first \
            replicates (common random numbers); close candidates are raced with more; the best feasible ones \
            are compared by Kim–Nelson selection; the winner is re-measured on fresh streams. Every \
            evaluation is journaled: a killed search continues with --resume, bit-identically. The report \
            page (convergence, search path, Pareto front) is written from the result files.
            """)

        @Argument(help: "The search spec file (TOML).")
        var spec: String

        @OptionGroup var output: ResultFolderOptions

        @Flag(help: "Continues a killed search from the folder's search journal, bit-identically.")
        var resume = false

        @OptionGroup var execution: ExecutionOptions

        func validate() throws {
            if resume && output.force { throw ValidationError("--resume and --force exclude each other: choose one.") }
        }

        func run() throws {
            let search: OptimizeSpec
            do { search = try OptimizeSpec.load(contentsOf: spec) } catch { throw BadInput(message: error.description) }
            let specText: String
            do { specText = try String(contentsOfFile: spec, encoding: .utf8) }
            catch { throw BadInput(message: "Cannot read '\(spec)': \(error.localizedDescription)") }
            let (folder, lock) = try output.claim(
                named: search.spaces.name, refusingAnyOf: [EvaluationJournal.name, EvaluationsFile.name, BestFile.name, ParetoFile.name],
                from: "search", advice: "pass --resume to continue it, --force to replace it, or choose another --out", continues: resume)
            let journalURL = folder.appendingPathComponent(EvaluationJournal.name)
            if resume && !FileManager.default.fileExists(atPath: journalURL.path) {
                throw BadInput(message: "--resume: '\(folder.path)' holds no search journal to resume; run without --resume.")
            }
            let journal = try EvaluationJournal(at: journalURL, header: .init(searchHash: search.hashHex), resuming: resume)
            if resume { FileHandle.standardError.write(Data("resuming: \(journal.recorded.count) evaluations journaled\n".utf8)) }
            let optimization = Optimization(spec: search, threads: execution.threads, laneWidth: execution.lanes(for: search.spaces.scenario), journal: journal)
            let start = DispatchTime.now().uptimeNanoseconds
            let result = try optimization.run { step in
                let best = step.incumbent.map { "\(search.objective.name) \(search.statistic.rawValue) \($0)" } ?? "no feasible candidate yet"
                FileHandle.standardError.write(Data("block \(step.block) generation \(step.generation): \(step.runs)/\(step.budget) runs, \(best)\n".utf8))
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            try EvaluationsFile.write(result, spec: search, to: folder)
            try BestFile(result, spec: search, specText: specText).write(to: folder)
            try ParetoFile.write(result, spec: search, to: folder)
            try ReportPageWriting.write(into: folder) { () throws(ReportError) in try OptimizationReport.load(folder: folder).write(to: folder) }
            print(OptimizationText(result: result, spec: search, seconds: seconds).text())
            let pareto = search.secondObjective == nil ? "" : ", \(ParetoFile.name)"
            print("wrote \(folder.path)/\(EvaluationsFile.name), \(BestFile.name)\(pareto), \(ReportPage.pageName)")
            withExtendedLifetime(lock) {}
        }
    }
}
