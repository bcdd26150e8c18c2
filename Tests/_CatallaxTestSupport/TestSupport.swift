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

    /// A new empty folder under the temporary directory, named `<prefix>-<UUID>`.
    public static func temporaryFolder(prefix: String = "catallax-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

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
