import ArgumentParser
import CatallaxModel
import CatallaxReduce
import CatallaxReport
import CatallaxSweep
import Dispatch
import Foundation

extension Catallax {
    /// `catallax sweep`: every point of a spec file, many seeded replicates
    /// each, reduced to statistics and ranked.
    struct Sweep: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Runs a parameter sweep described by a spec file and writes runs.csv, points.csv, summary.json and report.html.",
            discussion: """
            The spec format is documented in docs/SWEEPS.md. Results go to results/<name>/ unless --out \
            is given. A killed sweep continues with --resume. Under Slurm, SLURM_ARRAY_TASK_ID and \
            SLURM_ARRAY_TASK_COUNT select the shard when --shard is absent; `catallax merge` combines \
            the shards' folders (and writes the report, which a single shard does not).
            """)

        @Argument(help: "The sweep spec file (TOML).")
        var spec: String

        @Option(help: "The output folder (default: results/<name>).")
        var out: String?

        @Option(help: "Runs only slice k of n of the sweep, as k/n (0 ≤ k < n).")
        var shard: String?

        @Option(help: "Replicates per batch, the journal's unit of progress.")
        var batchSize: Int = 16

        @Flag(help: "Continues an interrupted sweep from the folder's journal.")
        var resume = false

        @Flag(help: "Replaces whatever the output folder holds.")
        var force = false

        @Flag(help: "Prints the plan (points, runs, agent-steps, a time estimate) and runs nothing.")
        var dryRun = false

        @Option(help: "How many of the best points to print at the end.")
        var top: Int = 10

        @Flag(help: "Skips writing report.html and figures/ at the end.")
        var noReport = false

        @OptionGroup var execution: ExecutionOptions

        func validate() throws {
            guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1, got \(batchSize).") }
            guard top >= 0 else { throw ValidationError("--top must be at least 0, got \(top).") }
            if let shard, Shard(parsing: shard) == nil {
                throw ValidationError("--shard must be k/n with 0 ≤ k < n, got '\(shard)'.")
            }
            if resume && force { throw ValidationError("--resume and --force exclude each other: choose one.") }
        }

        func run() throws {
            let sweep: SweepSpec
            do { sweep = try SweepSpec.load(contentsOf: spec, keepingCanonicalText: !dryRun) } catch { throw BadInput(message: error.description) }
            Machine.releaseFreedMemory()
            let slice = try chosenShard()
            let folder = URL(fileURLWithPath: out ?? "results/\(sweep.name)")
            if dryRun {
                print(DryRun(spec: sweep, shard: slice, threads: execution.threads, laneWidth: execution.lanes(for: sweep.scenario)).text())
                return
            }
            var options = SweepOptions(folder: folder, threads: execution.threads)
            options.laneWidth = execution.lanes(for: sweep.scenario)
            options.batchSize = batchSize
            options.shard = slice
            options.resume = resume
            options.force = force
            let interruption = Interruption(resumeCommand: resumeCommand(folder))
            // The canonical text, kept from the load, is recorded in the folder and dropped by the session.
            let work = SweepSession.Work(points: sweep.points.parameters, replicates: sweep.replicates,
                                         seed: sweep.seed, specHash: sweep.hashHex, pathsReplicates: sweep.pathsReplicates,
                                         canonicalText: sweep.takeCanonicalText(), adaptive: sweep.adaptiveReplicates)
            let session = try SweepSession(consume work, options: options,
                                           otherResultsHash: SummaryFile.specHash(at: folder.appendingPathComponent("summary.json")))
            Machine.releaseFreedMemory()
            if resume {
                let of = sweep.precision == nil ? "of \(session.runTotal) " : "(\(session.runTotal) planned so far) "
                FileHandle.standardError.write(Data("resuming: \(session.resumedRunCount) \(of)runs already done\n".utf8))
            }
            let bar = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
            let start = DispatchTime.now().uptimeNanoseconds
            // Points are summarized and their rows written as they finish: no run's outcome is held to the end.
            let results = try ResultStream(spec: sweep, folder: folder, wholePoints: top)
            do {
                try session.run(stop: interruption.stop, progress: { bar.show($0) },
                                prepare: { results.prepare($0) }, consume: { results.consume($0) })
            } catch {
                results.abandon()
                bar.finish()
                guard case let .stopped(_, done, total) = error else { throw error }
                interruption.exit(afterStopping: done, of: total, folder: folder.path, resumeCommand: resumeCommand(folder))
            }
            bar.finish()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let timing = SweepRecord.Timing(
                engineVersion: EngineVersion.current, cores: ProcessInfo.processInfo.activeProcessorCount,
                cpu: Machine.cpuName, threads: execution.threads, laneWidth: execution.laneWidth(for: sweep.scenario),
                batchSize: batchSize, wallSeconds: seconds,
                agentStepsPerSecond: seconds > 0 ? session.agentStepsRun / seconds : 0,
                resumedRuns: session.resumedRunCount)
            let record: SweepRecord
            let writesReport = !noReport && slice == .whole
            let paths = session.paths
            do {
                // The report is written while points.csv is.
                record = try results.finish(specText: try specText(), shard: slice, timing: timing) { record in
                    guard writesReport else { return }
                    do { try SweepReport(record: record, paths: paths).write(to: folder) }
                    catch ReportError.unreadable(_, let reason) {
                        // The report's own wording ("cannot be read back") reads as a bad input; this is a failed write.
                        throw SweepError.cannotWrite(path: folder.path, reason: reason)
                    }
                }
                try PathsFile.write(paths, to: folder)
            } catch let error as SweepError { throw error } catch let error as BadInput { throw error }
            catch let error as ReportError { throw error } catch {
                throw SweepError.cannotWrite(path: folder.path, reason: error.localizedDescription)
            }
            print(RankingText(record: record, top: top).text())
            print("wrote \(folder.path)/runs.csv, points.csv, summary.json" + (paths.isEmpty ? "" : ", \(PathsFile.name)"))
            if writesReport { print("wrote \(folder.path)/\(SweepReport.pageName)") }
        }

        /// The command that continues this sweep in `folder`.
        func resumeCommand(_ folder: URL) -> String {
            let words = ["catallax", "sweep", spec, "--out", folder.path] + (shard.map { ["--shard", $0] } ?? []) + ["--resume"]
            return words.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
        }

        func specText() throws -> String {
            do { return try String(contentsOfFile: spec, encoding: .utf8) }
            catch { throw BadInput(message: "Cannot read '\(spec)': \(error.localizedDescription)") }
        }

        /// `--shard`, else the Slurm array task, else the whole sweep.
        func chosenShard() throws -> Shard {
            if let shard { return Shard(parsing: shard)! }
            let environment = ProcessInfo.processInfo.environment
            guard let id = environment["SLURM_ARRAY_TASK_ID"].flatMap(Int.init),
                  let count = environment["SLURM_ARRAY_TASK_COUNT"].flatMap(Int.init) else { return .whole }
            let first = environment["SLURM_ARRAY_TASK_MIN"].flatMap(Int.init) ?? 0
            guard count >= 1, (0..<count).contains(id - first) else {
                throw BadInput(message: "SLURM_ARRAY_TASK_ID = \(id) is outside the array of \(count) tasks starting at \(first).")
            }
            return Shard(index: id - first, count: count)
        }
    }
}
