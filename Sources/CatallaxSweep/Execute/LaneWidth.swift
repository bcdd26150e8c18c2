import CatallaxModel

/// How many replicates of a point run in lockstep, one per SIMD lane.
///
/// Results do not depend on it (each lane is its own run); speed does.
public enum LaneWidth: Int, CaseIterable, Sendable, Codable {
    /// `SIMD2<Double>`.
    case two = 2
    /// `SIMD4<Double>`: one AVX2 register.
    case four = 4
    /// `SIMD8<Double>`: two AVX2 registers, more independent work per step.
    case eight = 8

    /// The default lane width: one vector register of doubles, 8 in a
    /// build for a CPU with 512-bit vectors (`CATALLAX_TARGET_CPU`, see
    /// `Package.swift`), else 4.
    #if CATALLAX_WIDE_VECTORS
    public static let standard = LaneWidth.eight
    #else
    public static let standard = LaneWidth.four
    #endif

    /// The default lane width for `scenario`: ``standard``, narrowed to the
    /// widest its kernel gains from (``Scenario/widestUsefulLanes``).
    public static func standard(for scenario: Scenario) -> LaneWidth {
        allCases.last { $0.rawValue <= min(standard.rawValue, scenario.widestUsefulLanes) } ?? .two
    }
}
