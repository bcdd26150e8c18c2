@testable import CatallaxSweep
import Foundation
import Testing

/// A sweep killed with SIGKILL at many random moments and resumed each
/// time ends byte-identical to a clean run, and no resume redoes a run the
/// journal holds: at most the batches in flight at a kill are lost.
@Suite struct SweepKillTests {
    /// Long enough runs (about 10 ms each in the test build) that a kill
    /// can land inside a batch.
    static let spec = SweepCommandTests.spec
        .replacingOccurrences(of: "steps = 50\n", with: "steps = 50000\n")
        .replacingOccurrences(of: "replicates = 6", with: "replicates = 32")
    static let runs = 6 * 32
    static let threads = 2, batchSize = 2

    /// Run records in the complete lines of the journal at `url`, counting a
    /// run as often as it was journaled.
    static func records(_ url: URL) -> Int {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return 0 }
        return text.split(separator: "\n").dropFirst().filter { $0.hasSuffix("}") }
            .reduce(0) { $0 + $1.components(separatedBy: "\"replicate\":").count - 1 }
    }

    /// Runs of the plan a process started with, that it did not journal,
    /// though it journaled a later batch of that plan: batches it had taken
    /// (they are taken in plan order) and not finished, so lost by the kill.
    static func hiddenLosses(before: Set<RunID>, after: Set<RunID>) -> Int {
        let plan = Plan(points: 6, replicates: 32, batchSize: batchSize, isDone: before.contains)
        guard let last = plan.batches.lastIndex(where: { !Set($0.runs).isDisjoint(with: after) }) else { return 0 }
        return plan.batches[...last].flatMap(\.runs).filter { !after.contains($0) }.count
    }

    @Test func twentyKillsAtRandomMomentsEndIdenticalToACleanRun() throws {
        let folder = try CommandRunner.temporaryFolder()
        let spec = try SweepFixture.writeSpec(folder, text: Self.spec)
        let out = folder.appendingPathComponent("killed"), errors = folder.appendingPathComponent("errors.txt")
        let journal = out.appendingPathComponent(SweepSession.journalName)
        let arguments = [spec, "--out", out.path, "--threads", "\(Self.threads)", "--batch-size", "\(Self.batchSize)", "--lane-width", "2"]
        // Seeded: the same twenty moments on every run of the test, counted
        // in journaled runs rather than seconds (a timer let a fast build
        // finish the sweep before ten kills): 0–12 runs after the process
        // starts, then 0–3 ms more, so kills land during start-up or resume,
        // mid-batch and mid-write. About 6 runs a kill leaves most of the
        // 192 for the final resume.
        var draws = SplitMix64(seed: 20_240_601)
        var kills = 0, announced = 0, lost: [Int] = []
        var journaled = Journal.read(journal)
        while kills < 20 {
            let before = Self.records(journal)
            let process = try SweepFixture.start(arguments + (journaled.header == nil ? [] : ["--resume"]), errors: errors)
            let target = before + Self.batchSize * Int(draws.next() % 7)
            while process.isRunning && Self.records(journal) < target { usleep(500) }
            usleep(UInt32(draws.next() % 3_000))
            guard process.isRunning else {
                // It finished before this kill: the final resume below finds what it left.
                process.waitUntilExit()
                journaled = Journal.read(journal)
                break
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            kills += 1
            // What the killed process said it found must be what the previous kill left.
            let said = try String(contentsOf: errors, encoding: .utf8)
            if journaled.header != nil, said.contains("resuming:") {
                #expect(said.contains("resuming: \(journaled.outcomes.count) of \(Self.runs) runs already done"), "\(said)")
                announced += 1
            }
            let after = Journal.read(journal)
            #expect(after.corruptLine == nil)
            // Nothing journaled was redone: each run is journaled once.
            #expect(Self.records(journal) == after.outcomes.count)
            let hidden = Self.hiddenLosses(before: Set(journaled.outcomes.keys), after: Set(after.outcomes.keys))
            #expect(hidden <= Self.threads * Self.batchSize)
            lost.append(hidden)
            journaled = after
        }
        #expect(kills >= 10, "the sweep finished after \(kills) kills")
        let last = try CommandRunner.run(["sweep"] + arguments + ["--resume"])
        #expect(last.status == 0, "\(last.error)")
        #expect(last.error.contains("resuming: \(journaled.outcomes.count) of \(Self.runs) runs already done"), "\(last.error)")
        let clean = folder.appendingPathComponent("clean")
        #expect(try CommandRunner.run(["sweep", spec, "--out", clean.path]).status == 0)
        try SweepFixture.expectSameResults(out, clean)
        print("SweepKillTests: \(kills) kills, \(announced) resumes announced their count, runs lost in view per kill \(lost), mean \(Double(lost.reduce(0, +)) / Double(max(lost.count, 1)))")
    }
}
