import CatallaxModel
import CatallaxSweep
import Testing

/// The default lane width is 8 (one AVX-512 register or two AVX2 ones),
/// narrowed for a scenario whose kernel gains nothing from more lanes.
@Suite struct LaneWidthTests {
    @Test func theDefaultIsNarrowedToWhatTheScenarioGainsFrom() throws {
        let multiAsset = try Scenario(named: "multi-asset"), curve = try Scenario(named: "curve-volatility")
        #expect(multiAsset.widestUsefulLanes == 4)
        #expect(LaneWidth.standard(for: multiAsset) == .four)
        #expect(LaneWidth.standard(for: curve) == .eight)
        #expect(LaneWidth.standard == .eight)
    }
}
