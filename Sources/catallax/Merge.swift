import ArgumentParser
import CatallaxReport

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
            let merge = try SweepMerge(folders: folders, engineVersion: EngineVersion.current)
            let record = try merge.write(to: out, force: force, report: !noReport, top: top)
            print(RankingText(record: record, top: top).text())
            print("merged \(folders.count) shards into \(out)")
        }
    }
}
