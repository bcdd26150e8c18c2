import CatallaxModel
import Foundation
@testable import CatallaxSweep
import Testing
import _CatallaxTestSupport

@Suite struct SweepSpecTests {
    @Test func headerSettingsAreDecodedWithTheirDefaults() throws {
        let spec = try SpecFixture.spec("[[block]]\n")
        #expect(spec.name == "test")
        #expect(spec.scenario == Scenario(CurveVolatilityParameters.self))
        #expect(spec.seed == 7)
        #expect(spec.replicates == 4)
        #expect(spec.objective .name == CurveVolatilityMetric.volatility.rawValue)
        #expect(spec.objectiveOrder == .ascending)
        #expect(spec.pathsReplicates == 0)
        #expect(spec.file == SpecFixture.file)
        #expect(spec.runCount == 4)
    }

    @Test func objectiveOrderAndPathsAreDecoded() throws {
        let spec = try SpecFixture.spec("""
            objective = "max_drawdown"
            objective_order = "descending"
            [paths]
            replicates = 3
            [[block]]
            """)
        #expect(spec.objective .name == CurveVolatilityMetric.maxDrawdown.rawValue)
        #expect(spec.objectiveOrder == .descending)
        #expect(spec.pathsReplicates == 3)
    }

    @Test func blockWithoutAxesIsOnePointAtTheReferenceConstants() throws {
        let spec = try SpecFixture.spec("[[block]]\ncurve = \"exponential\"\n")
        #expect(spec.points.count == 1)
        #expect(spec.points[0].parameters == ScenarioParameters(CurveVolatilityParameters.reference(.exponential)))
        #expect(spec.coordinateColumns == ["curve"])
        #expect(spec.points[0].coordinate("curve") == "exponential")
    }

    @Test func globalFixedValuesApplyToEveryPoint() throws {
        let spec = try SpecFixture.spec("""
            [fixed]
            agents = 200
            steps = 300
            [[block]]
            curve = "linear"
            [[block]]
            curve = "exponential"
            """)
        #expect(spec.points.map(\.parameters.curveVolatility!.agents) == [200, 200])
        #expect(spec.points.map(\.parameters.curveVolatility!.steps) == [300, 300])
        // Global values are the same everywhere, so they are not coordinates.
        #expect(spec.coordinateColumns == ["curve"])
    }

    @Test func blockValuesOverrideGlobalFixedValues() throws {
        let spec = try SpecFixture.spec("""
            [fixed]
            fee = 0.01
            agents = 200
            [[block]]
            fee = 0.002
            [[block]]
            [block.axes]
            agents = [100, 300]
            """)
        #expect(spec.points.map(\.parameters.curveVolatility!.feeRate) == [0.002, 0.01, 0.01])
        #expect(spec.points.map(\.parameters.curveVolatility!.agents) == [200, 100, 300])
    }

    @Test func blocksAreUnionedInFileOrder() throws {
        let spec = try SpecFixture.spec("""
            [[block]]
            curve = "linear"
            [block.axes]
            fee = [0, 0.01]
            [[block]]
            curve = "exponential"
            [block.axes]
            k = [1e-5, 2e-5, 3e-5]
            """)
        #expect(spec.points.map(\.index) == Array(0..<5))
        #expect(spec.points.map(\.block) == [0, 0, 1, 1, 1])
        #expect(spec.points.map(\.parameters.curveVolatility!.curve.family) == [.linear, .linear, .exponential, .exponential, .exponential])
    }

    @Test func coordinateColumnsAreTheUnionOfBlockKeysInFirstSeenOrder() throws {
        let spec = try SpecFixture.spec("""
            [[block]]
            curve = "linear"
            [block.axes]
            m = [1e-6, 2e-6]
            [[block]]
            curve = "exponential"
            fee = 0.01
            [block.axes]
            k = [1e-5]
            """)
        #expect(spec.coordinateColumns == ["curve", "m", "fee", "k"])
        #expect(spec.points.allSatisfy { $0.coordinates.map(\.key) == spec.coordinateColumns })
        // A key the point's block does not set shows its actual value; a key
        // its curve does not have is empty.
        #expect(spec.points[0].coordinate("fee") == "0.003")
        #expect(spec.points[0].coordinate("k") == "")
        #expect(spec.points[2].coordinate("m") == "")
        #expect(spec.points[2].coordinate("fee") == "0.01")
        #expect(spec.points[2].coordinate("k") == "1e-05")
    }

    @Test func wholeNumberParametersAreWrittenWithoutAFraction() throws {
        let spec = try SpecFixture.spec("[[block]]\n[block.axes]\nagents = [100, 200.0]\n")
        #expect(spec.points.map { $0.coordinate("agents") } == ["100", "200"])
        #expect(spec.points.map(\.parameters.curveVolatility!.agents) == [100, 200])
    }

    @Test func documentedExampleDecodes() throws {
        let doc = try String(contentsOf: SpecFixture.packageRoot.appendingPathComponent("docs/SWEEPS.md"), encoding: .utf8)
        let start = try #require(doc.range(of: "```toml\n")).upperBound
        let end = try #require(doc.range(of: "```", range: start..<doc.endIndex)).lowerBound
        let spec = try SweepSpec(parsing: String(doc[start..<end]), file: "docs/SWEEPS.md")
        #expect(spec.points.count == 20)
        #expect(spec.runCount == 640)
        #expect(spec.coordinateColumns == ["curve", "m", "fee", "b", "k", "a"])
        #expect(spec.points.allSatisfy { $0.parameters.curveVolatility!.agents == 500 })
    }
}
