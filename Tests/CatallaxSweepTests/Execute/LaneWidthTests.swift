import CatallaxModel
import CatallaxSweep
import Testing

/// The default lane width is one vector register of doubles, narrowed for a
/// scenario whose kernel gains nothing from more lanes.
@Suite struct LaneWidthTests {
    @Test func theDefaultIsNarrowedToWhatTheScenarioGainsFrom() throws {
        let multiAsset = try Scenario(named: "multi-asset"), curve = try Scenario(named: "curve-volatility")
        #expect(multiAsset.widestUsefulLanes == 4)
        #expect(LaneWidth.standard(for: multiAsset).rawValue == min(LaneWidth.standard.rawValue, 4))
        #expect(LaneWidth.standard(for: curve) == LaneWidth.standard)
        #expect([LaneWidth.four, .eight].contains(.standard))
    }
}
