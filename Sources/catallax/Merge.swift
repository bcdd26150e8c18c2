import ArgumentParser
import CatallaxReduce
import CatallaxReport
import CatallaxSweep
import Foundation

extension Catallax {
    /// `catallax merge`: shard folders into what one machine would have written.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Combines the output folders of a sweep's shards into one folder, as one machine would have written it.")

        @Argument(help: "The shards' output folders.")
        var folders: [String]

        @Option(help: "The merged output folder.")
        var out: String

        @Flag(help: "Replaces whatever the output folder holds.")
        var force = false

        @Option(help: "How many of the best points to print.")
        var top: Int = 10

        @Flag(help: "Skips writing report.html and figures/ for the merged sweep.")
        var noReport = false

        func validate() throws {
            guard !folders.isEmpty else { throw ValidationError("Give at least one shard folder to merge.") }
        }

        func run() throws {
            var parts: [ShardMerge.Part] = []
            var specText: String?
            var specFile = ""
            var timings: [SweepRecord.Timing] = []
            var paths: [RunID: [Double]] = [:]
            for folder in folders {
                let url = URL(fileURLWithPath: folder)
                let contents = Journal.read(url.appendingPathComponent(SweepSession.journalName))
                guard let header = contents.header else {
                    throw BadInput(message: "'\(folder)' holds no sweep journal (\(SweepSession.journalName)); is it a shard's output folder?")
                }
                guard let summary = SummaryFile.read(at: url.appendingPathComponent("summary.json")) else {
                    throw BadInput(message: "'\(folder)' holds no readable summary.json; finish the shard first.")
                }
                specText = specText ?? summary.specText
                specFile = summary.specFile
                timings.append(summary.timing)
                do { try paths.merge(PathsFile.read(from: url)) { first, _ in first } }
                catch { throw BadInput(message: error.description) }
                parts.append(ShardMerge.Part(folder: folder, header: header, outcomes: contents.outcomes))
            }
            let merged = try ShardMerge(parts)
            let spec: SweepSpec
            do { spec = try SweepSpec(parsing: specText!, file: specFile) } catch { throw BadInput(message: error.description) }
            guard spec.hashHex == merged.header.specHash else {
                throw BadInput(message: "the spec text in '\(folders[0])/summary.json' does not match its hash \(merged.header.specHash).")
            }
            let outURL = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: outURL, withIntermediateDirectories: true)
            let lock = try FolderLock(outURL)
            if !force, let theirs = SummaryFile.specHash(at: outURL.appendingPathComponent("summary.json")), theirs != spec.hashHex {
                throw SweepError.foreignResults(folder: out, theirs: theirs, ours: spec.hashHex)
            }
            let wall = timings.map(\.wallSeconds).max() ?? 0
            let agentSteps = timings.reduce(0.0) { $0 + $1.agentStepsPerSecond * $1.wallSeconds }
            let first = timings[0]
            let record = SweepRecord(
                spec: spec, specText: specText!, outcomes: merged.outcomes, shard: .whole,
                timing: .init(engineVersion: EngineVersion.current, cores: first.cores, cpu: first.cpu,
                              threads: timings.map(\.threads).reduce(0, +), laneWidth: first.laneWidth,
                              batchSize: first.batchSize, wallSeconds: wall,
                              agentStepsPerSecond: wall > 0 ? agentSteps / wall : 0,
                              resumedRuns: timings.map(\.resumedRuns).reduce(0, +)))
            try Journal.writeCompact(to: outURL.appendingPathComponent(SweepSession.journalName),
                                     header: merged.header, outcomes: merged.outcomes)
            do {
                try ResultFolder.write(record, to: outURL)
                try PathsFile.write(paths, to: outURL)
                if !noReport { try SweepReport(record: record, paths: paths).write(to: outURL) }
            } catch let error as ReportError {
                throw SweepError.cannotWrite(path: out, reason: error.description)
            } catch { throw SweepError.cannotWrite(path: out, reason: error.localizedDescription) }
            withExtendedLifetime(lock) {}
            print(RankingText(record: record, top: top).text())
            print("merged \(folders.count) shards into \(out)")
        }
    }
}
