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

    /// The default lane width, 8, in every build: one AVX-512 register, or
    /// two AVX2 registers, whose independent halves the processor overlaps
    /// (the AVX2 build ran the curve kernel 1.1–1.4× and the tâtonnement
    /// 1.2× faster at 8 lanes than at 4; `docs/PERFORMANCE.md`).
    public static let standard = LaneWidth.eight

    /// The default lane width for `scenario`: ``standard``, narrowed to the
    /// widest its kernel gains from (``Scenario/widestUsefulLanes``).
    public static func standard(for scenario: Scenario) -> LaneWidth {
        allCases.last { $0.rawValue <= min(standard.rawValue, scenario.widestUsefulLanes) } ?? .two
    }
}
