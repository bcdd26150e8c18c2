import CatallaxModel
import CatallaxNumerics
import Foundation

/// Shared helpers for Catallax's tests.
public enum TestSupport {
    /// A small point of the reference scenario, quick in a debug build.
    public static func smallPoint(
        _ family: CurveFamily, agents: Int = 60, steps: Int = 120, fee: Double = 0.003, shock: Double = 0
    ) -> CurveVolatilityParameters {
        var p = CurveVolatilityParameters.reference(family)
        p.agents = agents
        p.steps = steps
        p.feeRate = fee
        p.shock = shock
        p.initialSupply = 100_000
        return p
    }

    /// The keys of replicates `replicates` of point `point` under `seed`.
    public static func keys(seed: UInt64 = 7, point: UInt64 = 0, _ replicates: Range<Int>) -> [RunKey] {
        replicates.map { RunKey(seed: seed, point: point, replicate: UInt64($0)) }
    }

    /// A new empty folder named `<prefix>-<UUID>` in ``testsFolder``,
    /// which goes when the test process exits.
    public static func temporaryFolder(prefix: String = "catallax-test") throws -> URL {
        let url = testsFolder.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The folder under the temporary directory that holds every test
    /// folder of this process (`catallax-tests-<pid>-<UUID>`), removed with
    /// all it holds when the process exits: a test run makes hundreds of
    /// sweep folders, and a user's temporary directory must not keep them.
    /// Made on first use, and its removal registered then.
    public static let testsFolder: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("catallax-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestSupport.testsFolder) }
        return url
    }()

    /// `|a − b| / max(|a|, |b|, tiny)`.
    public static func relativeDifference(_ a: Double, _ b: Double) -> Double {
        if a == b { return 0 }
        return abs(a - b) / max(abs(a), abs(b), 1e-300)
    }
}

extension ScenarioParameters {
    /// The `curve-volatility` point, if this is one.
    public var curveVolatility: CurveVolatilityParameters? { concrete(CurveVolatilityParameters.self) }
}
