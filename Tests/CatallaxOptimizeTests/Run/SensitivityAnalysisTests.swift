import CatallaxModel
@testable import CatallaxOptimize
import CatallaxSweep
import Foundation
import Testing

/// Sensitivity analyses end to end through the `test-function` scenario,
/// the spec's bounds and the evaluator, against known indices.
@Suite struct SensitivityAnalysisTests {
    static func spec(function: String = "ishigami", bounds: String, baseSamples: Int, noise: Double = 0,
                     replicates: Int = 1, dimension: Int = 3, seed: Int = 1990) throws -> SensitivitySpec {
        let text = """
            name = "sensitivity"
            scenario = "test-function"
            seed = \(seed)
            replicates = \(replicates)
            objective = "value"

            [sensitivity]
            base_samples = \(baseSamples)
            trajectories = 20
            metrics = ["value"]

            [fixed]
            function = "\(function)"
            dimension = \(dimension)
            noise = \(noise)

            [[block]]
            [block.bounds]
            \(bounds)

            """
        return try SensitivitySpec(spaces: SweepSpec(parsing: text, file: "sensitivity.toml", kind: .search(tables: ["sensitivity"])))
    }

    static let ishigamiBounds = (1...3).map { "x\($0) = { from = -3.141592653589793, to = 3.141592653589793 }" }.joined(separator: "\n")

    /// Ishigami's closed-form indices (Ishigami & Homma 1990), `a = 7`, `b = 0.1`:
    /// `V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2`, `V₁ = (1 + bπ⁴/5)²/2`, `V₂ = a²/8`, `V₁₃ = b²π⁸(1/18 − 1/50)`.
    static let ishigamiTruth: (first: [Double], total: [Double]) = {
        let a = 7.0, b = 0.1, pi4 = pow(Double.pi, 4), pi8 = pow(Double.pi, 8)
        let v = a * a / 8 + b * pi4 / 5 + b * b * pi8 / 18 + 0.5
        let v1 = (1 + b * pi4 / 5) * (1 + b * pi4 / 5) / 2, v2 = a * a / 8, v13 = b * b * pi8 * (1.0 / 18 - 1.0 / 50)
        return ([v1 / v, v2 / v, 0], [(v1 + v13) / v, v2 / v, v13 / v])
    }()

    @Test func ishigamiThroughTheScenarioReachesTheKnownIndices() throws {
        let result = try SensitivityAnalysis(spec: Self.spec(bounds: Self.ishigamiBounds, baseSamples: 1 << 13), threads: 2).run()
        #expect(result.runs == (8192 * 5 + 20 * 4))
        let indices = try #require(result.blocks.first?.metrics.first)
        #expect(indices.failedRuns == 0 && indices.emptyRows == 0)
        let truth = Self.ishigamiTruth
        for i in 0..<3 {
            let s = indices.sobol[i]
            #expect(abs(s.firstOrder.estimate - truth.first[i]) < 0.02, "S1[\(i)] = \(s.firstOrder.estimate), truth \(truth.first[i])")
            #expect(abs(s.total.estimate - truth.total[i]) < 0.02, "ST[\(i)] = \(s.total.estimate), truth \(truth.total[i])")
            #expect(s.firstOrder.contains(truth.first[i]), "S1[\(i)] interval \(s.firstOrder)")
            #expect(s.total.contains(truth.total[i]), "ST[\(i)] interval \(s.total)")
        }
        // Morris screens x3 in as mattering (μ* comparable to the others) although S1₃ = 0: it acts only through x1.
        #expect(indices.morris.allSatisfy { $0.absoluteMean > 1 })
    }

    /// The sphere `Σ xᵢ²` is additive, so `Sᵢ = STᵢ = Var(xᵢ²)/Σ Var(x_j²)`,
    /// and with `xᵢ ~ U[0, cᵢ]`, `Var(xᵢ²) = 4cᵢ⁴/45`: for `c = (1, 2)`, `S = (1/17, 16/17)`.
    /// Morris, per whole range: `EE = cᵢ²((u + Δ)² − u²)/Δ = cᵢ²(2u + Δ)` with `u ∈ {0, 1/3}`, `Δ = 2/3`,
    /// so every `μ*ᵢ` lies in `[2cᵢ²/3, 4cᵢ²/3]`.
    @Test func anAdditiveFunctionSplitsItsVarianceByTheRangesFourthPowers() throws {
        let bounds = "x1 = { from = 0, to = 1 }\nx2 = { from = 0, to = 2 }"
        let result = try SensitivityAnalysis(spec: Self.spec(function: "sphere", bounds: bounds, baseSamples: 1 << 10, dimension: 2),
                                             threads: 2).run()
        let indices = try #require(result.blocks.first?.metrics.first)
        let truth = [1.0 / 17, 16.0 / 17]
        for i in 0..<2 {
            #expect(abs(indices.sobol[i].firstOrder.estimate - truth[i]) < 0.02, "\(indices.sobol[i])")
            #expect(abs(indices.sobol[i].total.estimate - truth[i]) < 0.02, "\(indices.sobol[i])")
            let c2 = [1.0, 4.0][i]
            #expect(indices.morris[i].absoluteMean >= 2 * c2 / 3 - 1e-12 && indices.morris[i].absoluteMean <= 4 * c2 / 3 + 1e-12)
        }
    }

    @Test func resultsAreIdenticalAcrossThreadsAndLaneWidths() throws {
        // Noise and 3 replicates (not a multiple of any lane width): the rows' means must not depend on how lanes are filled.
        let spec = try Self.spec(bounds: Self.ishigamiBounds, baseSamples: 1 << 7, noise: 0.5, replicates: 3)
        let a = try SensitivityAnalysis(spec: spec, threads: 1, laneWidth: .two).run()
        let b = try SensitivityAnalysis(spec: spec, threads: 2, laneWidth: .eight).run()
        #expect(SensitivityFile.text(a) == SensitivityFile.text(b))
        let other = try SensitivityAnalysis(spec: Self.spec(bounds: Self.ishigamiBounds, baseSamples: 1 << 7, noise: 0.5, replicates: 3, seed: 2),
                                            threads: 2).run()
        #expect(SensitivityFile.text(a) != SensitivityFile.text(other))
    }

    @Test func aRowOutsideTheFunctionsDomainStopsTheAnalysisNamingTheBlock() throws {
        let bounds = "x1 = { from = -3, to = 4 }\nx2 = { from = -3, to = 3 }\nx3 = { from = -3, to = 3 }"
        let spec = try Self.spec(bounds: bounds, baseSamples: 4)
        let error = #expect(throws: SpecError.self) { _ = try SensitivityAnalysis(spec: spec, threads: 1).run() }
        #expect(error?.keyPath == "block[0].bounds")
        #expect(error?.description.contains("x1 = ") == true && error?.description.contains("narrow the bounds") == true,
                "\(String(describing: error))")
    }

    @Test func aRowWhoseEveryRunFailedMakesItsDesignsIndicesNaN() throws {
        let spec = try Self.spec(bounds: Self.ishigamiBounds, baseSamples: 4)
        let analysis = SensitivityAnalysis(spec: spec, threads: 1)
        let metric = spec.metrics[0]
        var outputs = RowOutputs()
        let rows = spec.saltelliDesign(ofBlock: 0).rowCount + spec.morrisDesign(ofBlock: 0).rowCount
        for n in 0..<rows {
            let failed = RunOutcome(values: [nil, nil], failure: "diverged")
            outputs.append(n == 2 ? [failed] : [RunOutcome(values: [Double(n % 7), Double(n % 7)], failure: nil)], metric: metric)
        }
        #expect(outputs.failedRuns == 1 && outputs.emptyRows == 1)
        let indices = analysis.indices(ofBlock: 0, outputs: [outputs]).metrics[0]
        #expect(indices.emptyRows == 1)
        #expect(indices.sobol.allSatisfy { $0.firstOrder.estimate.isNaN && $0.total.upperBound.isNaN })
        // Row 2 is a Saltelli row: the Morris rows are whole, so μ* and σ are estimated.
        #expect(indices.morris.allSatisfy { !$0.absoluteMean.isNaN })
    }
}
