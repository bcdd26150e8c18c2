import CatallaxSweep
import Foundation
import Testing

/// What the sweep command tests share: specs written to files, sweeps
/// started in the background, and the check that two output folders hold
/// the same results.
enum SweepFixture {
    /// Writes `text` as `name` into `folder`.
    /// - Returns: the spec file's path.
    static func writeSpec(_ folder: URL, text: String, name: String = "tiny.toml") throws -> String {
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    /// `catallax sweep arguments…` started in the background, its standard
    /// error going to the file `errors` (read it once the process is done).
    static func start(_ arguments: [String], errors: URL) throws -> Process {
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["sweep"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        return process
    }

    /// Waits (polling, for at most `seconds`) until the journal in `folder`
    /// holds at least `lines` lines or `process` has ended.
    /// - Returns: whether the process is still running.
    @discardableResult
    static func wait(forLines lines: Int, in folder: URL, of process: Process, seconds: Double = 120) -> Bool {
        let journal = folder.appendingPathComponent(SweepSession.journalName)
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline && process.isRunning {
            let data = (try? Data(contentsOf: journal)) ?? Data()
            if data.lazy.filter({ $0 == UInt8(ascii: "\n") }).count >= lines { break }
            usleep(5_000)
        }
        return process.isRunning
    }

    /// Checks that folders `a` and `b` hold byte-identical `runs.csv`,
    /// `points.csv`, `journal.jsonl` and `paths.csv`, and the same
    /// `summary.json` but for its timing.
    static func expectSameResults(_ a: URL, _ b: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for file in ["runs.csv", "points.csv", "journal.jsonl"] {
            let left = try Data(contentsOf: a.appendingPathComponent(file))
            let right = try Data(contentsOf: b.appendingPathComponent(file))
            #expect(left == right, "\(file) differs between \(a.lastPathComponent) and \(b.lastPathComponent)", sourceLocation: sourceLocation)
        }
        let paths = "paths.csv"
        if FileManager.default.fileExists(atPath: a.appendingPathComponent(paths).path) {
            #expect(try Data(contentsOf: a.appendingPathComponent(paths)) == Data(contentsOf: b.appendingPathComponent(paths)),
                    "paths.csv differs", sourceLocation: sourceLocation)
        }
        func summary(_ folder: URL) throws -> NSDictionary {
            let data = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
            var object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
            object.removeValue(forKey: "timing")
            return object as NSDictionary
        }
        #expect(try summary(a) == summary(b), "summary.json differs beyond its timing", sourceLocation: sourceLocation)
    }
}
