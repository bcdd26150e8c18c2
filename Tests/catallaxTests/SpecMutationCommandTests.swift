import _CatallaxTestSupport
import Foundation
import Testing

/// Malformed sweep files through the command itself: `catallax sweep
/// --dry-run` on a sample of the mutations of every quick sweep exits 0 or
/// 2, never by a signal, and a refusal names the file. (Every mutation is
/// checked in-process by `SpecMutationTests`; this checks the exit codes.)
@Suite struct SpecMutationCommandTests {
    @Test(arguments: SweepCommandTests.everyScenario.filter { $0 != "tiny" })
    func mutatedSpecsExitWithZeroOrTwo(_ name: String) throws {
        let text = try String(contentsOf: SweepCommandTests.packageRoot.appendingPathComponent("Sweeps/\(name).toml"), encoding: .utf8)
        let mutations = SpecMutation.mutations(of: text)
        let folder = try CommandRunner.temporaryFolder()
        // Every 97th mutation: a prime step, so the sample walks over the keys and the kinds of damage of each
        // line (35 a line); about 160 launches over every quick sweep. Every 23rd took 97 s of the suite's CPU.
        for (label, mutated) in stride(from: 0, to: mutations.count, by: 97).map({ mutations[$0] }) {
            let file = folder.appendingPathComponent("mutated.toml")
            try Data(mutated.utf8).write(to: file)
            let result = try CommandRunner.run(["sweep", file.path, "--dry-run", "--out", folder.appendingPathComponent("out").path])
            #expect(result.status == 0 || result.status == 2, "\(name), \(label): exit \(result.status) \(result.error)")
            if result.status == 2 { #expect(result.error.contains(file.path), "\(name), \(label): \(result.error)") }
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        }
    }
}
