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

    /// The default lane width.
    public static let standard = LaneWidth.four
}
