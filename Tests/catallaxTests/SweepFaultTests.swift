import CatallaxSweep
import Foundation
import Testing

/// The sweep command under the faults of a long run: a signal, a torn or
/// damaged journal, a changed spec, an output folder that cannot be
/// written, a disk that fills up. Each leaves the folder resumable to
/// results byte-identical to a clean run, or is refused with a message
/// naming the file and what to do.
@Suite struct SweepFaultTests {
    /// The tiny spec, long enough (in a debug build) to be stopped midway.
    static let longSpec = SweepCommandTests.spec.replacingOccurrences(of: "steps = 50", with: "steps = 200000")

    func sweep(_ arguments: [String], fileSizeLimit: Int? = nil) throws -> CommandRunner.Result {
        try CommandRunner.run(["sweep"] + arguments, fileSizeLimit: fileSizeLimit)
    }

    /// A finished clean sweep of `spec` in `folder/name`.
    func cleanRun(_ spec: String, in folder: URL, name: String = "clean") throws -> URL {
        let out = folder.appendingPathComponent(name)
        let result = try sweep([spec, "--out", out.path])
        #expect(result.status == 0, "\(result.error)")
        return out
    }

    static func journal(_ folder: URL) -> URL {
        folder.appendingPathComponent(SweepSession.journalName)
    }

    static func lines(_ folder: URL) throws -> [Substring] {
        try String(contentsOf: journal(folder), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    }

    @Test(arguments: [(SIGINT, "SIGINT", Int32(130)), (SIGTERM, "SIGTERM", 143)])
    func aSignalStopsTheSweepCleanlyAndItResumes(signal: Int32, name: String, status: Int32) throws {
        let folder = try CommandRunner.temporaryFolder()
        let spec = try SweepFixture.writeSpec(folder, text: Self.longSpec)
        let out = folder.appendingPathComponent("out"), errors = folder.appendingPathComponent("errors.txt")
        let process = try SweepFixture.start([spec, "--out", out.path, "--threads", "2", "--batch-size", "1", "--lane-width", "2"], errors: errors)
        #expect(SweepFixture.wait(forLines: 3, in: out, of: process), "the sweep ended before it could be stopped")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus == status)
        let message = try String(contentsOf: errors, encoding: .utf8)
        #expect(message.contains("interrupted by \(name) after "), "\(message)")
        #expect(message.contains("Resume with: catallax sweep \(spec) --out \(out.path) --resume"), "\(message)")
        for file in ["runs.csv", "points.csv", "summary.json", "report.html"] {
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file) was written")
        }
        // The journal is valid, holds what the message says, and is not compacted (one line per batch of one run).
        let contents = Journal.read(Self.journal(out))
        #expect(contents.tornByteCount == 0 && contents.corruptLine == nil)
        #expect(message.contains("after \(contents.outcomes.count) of 36 runs"), "\(message)")
        #expect(try Self.lines(out).count == 1 + contents.outcomes.count + 1)
        let resumed = try sweep([spec, "--out", out.path, "--resume"])
        #expect(resumed.status == 0, "\(resumed.error)")
        #expect(resumed.error.contains("resuming: \(contents.outcomes.count) of 36 runs already done"), "\(resumed.error)")
        try SweepFixture.expectSameResults(out, cleanRun(spec, in: folder))
    }

    @Test func aSecondSignalExitsAtOnce() throws {
        let folder = try CommandRunner.temporaryFolder()
        // Batches of six long runs: the first signal alone would wait for them.
        let spec = try SweepFixture.writeSpec(folder, text: Self.longSpec.replacingOccurrences(of: "steps = 200000", with: "steps = 2000000"))
        let out = folder.appendingPathComponent("out"), errors = folder.appendingPathComponent("errors.txt")
        let process = try SweepFixture.start([spec, "--out", out.path, "--threads", "2", "--batch-size", "6"], errors: errors)
        #expect(SweepFixture.wait(forLines: 1, in: out, of: process))
        usleep(200_000)
        kill(process.processIdentifier, SIGINT)
        usleep(200_000)
        let second = Date()
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(Date().timeIntervalSince(second) < 2, "the second signal did not exit at once")
        #expect(process.terminationStatus == 130)
        let message = try String(contentsOf: errors, encoding: .utf8)
        #expect(message.contains("SIGINT again: abandoned the runs in flight"), "\(message)")
        #expect(message.contains("--resume"), "\(message)")
        #expect(Journal.read(Self.journal(out)).corruptLine == nil)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("runs.csv").path))
    }

    /// A journal whose last record a crash cut short: the resume cuts the
    /// torn bytes off before appending (else the next record would be glued
    /// onto them and lost), and finishes to the clean run's results.
    @Test func aTornLastRecordIsCutOffOnResume() throws {
        let folder = try CommandRunner.temporaryFolder()
        let spec = try SweepFixture.writeSpec(folder, text: Self.longSpec)
        let out = folder.appendingPathComponent("out"), errors = folder.appendingPathComponent("errors.txt")
        let arguments = [spec, "--out", out.path, "--threads", "2", "--batch-size", "1", "--lane-width", "2"]
        let first = try SweepFixture.start(arguments, errors: errors)
        #expect(SweepFixture.wait(forLines: 3, in: out, of: first))
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        let journaled = Journal.read(Self.journal(out))
        let record = try Self.lines(out)[1]
        let handle = try FileHandle(forWritingTo: Self.journal(out))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(record.prefix(record.count / 2).utf8))
        try handle.close()
        #expect(Journal.read(Self.journal(out)).tornByteCount > 0)
        // Resume until it has journaled two more records, then stop it: they must read back.
        let second = try SweepFixture.start(arguments + ["--resume"], errors: errors)
        #expect(SweepFixture.wait(forLines: journaled.outcomes.count + 3, in: out, of: second))
        kill(second.processIdentifier, SIGINT)
        second.waitUntilExit()
        #expect(try String(contentsOf: errors, encoding: .utf8).contains("resuming: \(journaled.outcomes.count) of 36 runs already done"))
        let after = Journal.read(Self.journal(out))
        #expect(after.corruptLine == nil && after.tornByteCount == 0)
        #expect(after.outcomes.count >= journaled.outcomes.count + 2)
        #expect(try sweep([spec, "--out", out.path, "--resume"]).status == 0)
        try SweepFixture.expectSameResults(out, cleanRun(spec, in: folder))
    }

    /// A finished sweep of the tiny spec in a fresh folder.
    func finishedTinySweep() throws -> (folder: URL, spec: String, out: URL) {
        let folder = try CommandRunner.temporaryFolder()
        let spec = try SweepFixture.writeSpec(folder, text: SweepCommandTests.spec)
        return (folder, spec, try cleanRun(spec, in: folder, name: "out"))
    }

    /// `--resume` of the tiny spec with `edits` made to it, into a folder
    /// holding the unedited spec's results.
    func resumeChangedSpec(_ edits: [(String, String)]) throws -> CommandRunner.Result {
        let (folder, _, out) = try finishedTinySweep()
        let text = edits.reduce(SweepCommandTests.spec) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
        let changed = try SweepFixture.writeSpec(folder, text: text, name: "changed.toml")
        return try sweep([changed, "--out", out.path, "--resume"])
    }

    @Test func aDamagedMiddleLineIsRefusedNamingTheLine() throws {
        let (folder, spec, out) = try finishedTinySweep()
        var lines = try Self.lines(out)
        lines[2] = "{\"point\":1,\"runs\":[{\"replicate\":0,\"fail"
        lines.remove(at: lines.count - 2)
        try lines.joined(separator: "\n").write(to: Self.journal(out), atomically: true, encoding: .utf8)
        let refused = try sweep([spec, "--out", out.path, "--resume"])
        #expect(refused.status == 2)
        #expect(refused.error.contains("'\(Self.journal(out).path)' is damaged: line 3 is not a record"), "\(refused.error)")
        #expect(refused.error.contains("--force"), "\(refused.error)")
        #expect(try sweep([spec, "--out", out.path]).error.contains("is damaged: line 3 is not a record"))
        #expect(try sweep([spec, "--out", out.path, "--force"]).status == 0)
        try SweepFixture.expectSameResults(out, cleanRun(spec, in: folder))
    }

    /// A live journal is checked run by run as it is read: a run the sweep
    /// does not have is named before a run with the wrong number of values,
    /// each the first of its kind in run order, whatever line holds it.
    @Test func aJournaledRunThatDoesNotFitTheSweepIsRefusedNamingTheFirst() throws {
        let (folder, spec, out) = try finishedTinySweep()
        var lines = try Self.lines(out)
        lines.remove(at: lines.count - 2)  // the last point's record: the sweep is unfinished
        let fewer = lines[3].replacingOccurrences(of: #""values":\["[0-9a-f]+","#, with: "\"values\":[", options: .regularExpression)
        lines[3] = Substring(fewer)
        try lines.joined(separator: "\n").write(to: Self.journal(out), atomically: true, encoding: .utf8)
        let misshapen = try sweep([spec, "--out", out.path, "--resume"])
        #expect(misshapen.status == 2)
        #expect(misshapen.error.contains("is damaged: run (point 2, replicate 0) has"), "\(misshapen.error)")
        #expect(misshapen.error.contains("values where its scenario reports"), "\(misshapen.error)")
        lines[2] = Substring(lines[2].replacingOccurrences(of: "{\"point\":1,", with: "{\"point\":9999,"))
        try lines.joined(separator: "\n").write(to: Self.journal(out), atomically: true, encoding: .utf8)
        let outside = try sweep([spec, "--out", out.path, "--resume"])
        #expect(outside.status == 2)
        #expect(outside.error.contains("is damaged: it records run (point 9999, replicate 0), which a sweep of"), "\(outside.error)")
        #expect(try sweep([spec, "--out", out.path, "--force"]).status == 0)
        try SweepFixture.expectSameResults(out, cleanRun(spec, in: folder))
    }

    @Test func aChangedSpecIsRefusedNamingWhatChanged() throws {
        let refused = try resumeChangedSpec([("seed = 3", "seed = 4"), ("replicates = 6", "replicates = 8"),
                                             ("k = [2e-5, 2e-4]", "k = [2e-5, 3e-4]")])
        #expect(refused.status == 2)
        for line in ["holds results of another spec", "\n  seed = 3 → 4\n", "\n  replicates = 6 → 8\n",
                     "\n  point 5 block 1: k = 0.0002 → 0.0003\n", "--force", "another --out"] {
            #expect(refused.error.contains(line), "\(refused.error)")
        }
    }

    @Test func manyChangesAreCountedNotListed() throws {
        // `shock` is in every point: six changed lines.
        let refused = try resumeChangedSpec([("shock = 0.1", "shock = 0.2")])
        #expect(refused.status == 2)
        #expect(refused.error.contains("\n  point 0 block 0: shock = 0.1 → 0.2\n"), "\(refused.error)")
        #expect(refused.error.contains("\n  and 1 more\n"), "\(refused.error)")
    }

    @Test func anUnwritableOutputFolderExitsWithTwoNamingIt() throws {
        let folder = try CommandRunner.temporaryFolder()
        let spec = try SweepFixture.writeSpec(folder, text: SweepCommandTests.spec)
        let file = folder.appendingPathComponent("afile")
        try Data("x".utf8).write(to: file)
        let underFile = file.appendingPathComponent("sub").path
        let refused = try sweep([spec, "--out", underFile])
        #expect(refused.status == 2)
        #expect(refused.error == "error: Cannot write '\(underFile)': '\(file.path)' is a file, not a folder.\n")
        let proc = try sweep([spec, "--out", "/proc/catallax-nope"])
        #expect(proc.status == 2)
        #expect(proc.error.hasPrefix("error: Cannot write '/proc/catallax-nope': "), "\(proc.error)")
    }

    /// A write past a file-size limit (as on a full disk) stops the sweep
    /// with a message naming the file and the reason, and leaves the folder
    /// whole: no torn journal record, no temporary or half-written file, and
    /// a resume without the limit finishes to the clean run's results. With
    /// batches of one run the journal passes the limit (4 KiB: dash counts
    /// 512-byte blocks); with batches of six it fits, and the report does not.
    @Test(arguments: [(1, 8, SweepSession.journalName), (6, 32, "report.html")])
    func aFullDiskStopsTheSweepAndAResumeFinishesIt(batchSize: Int, blocks: Int, failing: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        let spec = try SweepFixture.writeSpec(folder, text: SweepCommandTests.spec)
        let out = folder.appendingPathComponent("out")
        let stopped = try sweep([spec, "--out", out.path, "--batch-size", "\(batchSize)"], fileSizeLimit: blocks)
        #expect(stopped.status == 2)
        #expect(stopped.error.contains("Cannot write '\(out.appendingPathComponent(failing).path)': File too large."), "\(stopped.error)")
        let contents = Journal.read(Self.journal(out))
        #expect(contents.tornByteCount == 0 && contents.corruptLine == nil && contents.outcomes.count > 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(!names.contains { $0.hasSuffix(".tmp") } && !names.contains("report.html"), "\(names)")
        #expect(names.contains("runs.csv") == (contents.outcomes.count == 36), "\(names)")
        let resumed = try sweep([spec, "--out", out.path, "--resume"])
        #expect(resumed.status == 0, "\(resumed.error)")
        try SweepFixture.expectSameResults(out, cleanRun(spec, in: folder))
    }
}
