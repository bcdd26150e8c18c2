import Foundation
import Testing

/// Results do not depend on which kernels OpenBLAS would pick for the CPU:
/// without the engine's pin, OpenBLAS's SkylakeX kernels give the
/// multi-asset scenario's LU other last bits than its Haswell kernels
/// (measured on this project's Intel Xeon machine), so a cluster of mixed
/// nodes would disagree.
@Suite struct CPUIndependenceTests {
    /// The LU sweep, and the learning agents' `dgemm` (docs/LinearPolicy.md).
    @Test(arguments: ["SkylakeX", "Haswell", "Sandybridge"], ["multi-asset-quick", "multi-asset-learning-quick"])
    func openBLASKernelChoiceDoesNotChangeASweep(coreType: String, sweep: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        let spec = SweepCommandTests.packageRoot.appendingPathComponent("Sweeps/\(sweep).toml").path
        let reference = folder.appendingPathComponent("default"), other = folder.appendingPathComponent(coreType)
        #expect(try CommandRunner.run(["sweep", spec, "--out", reference.path, "--no-report"]).status == 0)
        let run = try CommandRunner.run(["sweep", spec, "--out", other.path, "--no-report"], environment: ["OPENBLAS_CORETYPE": coreType])
        #expect(run.status == 0, "\(run.error)")
        try SweepFixture.expectSameResults(reference, other)
    }
}
