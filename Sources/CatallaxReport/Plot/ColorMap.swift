/// A sequential colour map: a value's fraction of the way through a
/// domain to a colour, for heatmaps and ordered series.
///
/// ```
/// colour(t) = lerp(cᵢ, cᵢ₊₁, 10t − i),   i = ⌊10t⌋,  t clamped to [0, 1]
/// ```
/// ``viridis`` is sampled at 11 evenly spaced stops (van der Walt and
/// Smith's viridis, matplotlib 2.0, as R's `viridisLite::viridis(11)`
/// gives them): perceptually uniform, ordered in lightness, readable in grey
/// and by colour-blind readers. Between stops colours are interpolated in
/// sRGB, which stays within a few ΔE of the full 256-entry table.
///
/// The trap avoided: a non-finite `t` (an empty cell, 0/0) is not clamped to
/// an end colour, which would read as a real value; it gets ``missing``.
package struct ColorMap: Sendable, Equatable {
    /// The stops, evenly spaced from `t = 0` to `t = 1`.
    var stops: [Color]
    /// The colour of a missing or non-finite value.
    var missing = Color(hex: "#d9d9d9")

    /// Viridis: dark blue-violet (low) through teal and green to yellow (high).
    package static let viridis = ColorMap(stops: [
        "#440154", "#482576", "#414487", "#35608d", "#2a788e", "#21908c",
        "#22a884", "#43bf71", "#7ad151", "#bbdf27", "#fde725",
    ].map(Color.init(hex:)))

    /// The colour at fraction `t` (clamped to `[0, 1]`); ``missing`` for non-finite `t`.
    package func color(at t: Double) -> Color {
        guard t.isFinite else { return missing }
        let clamped = min(1, max(0, t))
        let position = clamped * Double(stops.count - 1)
        let i = min(stops.count - 2, Int(position.rounded(.down)))
        return stops[i].mixed(with: stops[i + 1], position - Double(i))
    }

    /// `count` colours evenly spread over `[0, upTo]`, for the series of an
    /// ordered variable (the light end of viridis is hard to see on white,
    /// so lines stop short of it).
    package func colors(count: Int, upTo end: Double = 0.85) -> [Color] {
        guard count > 1 else { return [color(at: 0)] }
        return (0..<count).map { color(at: Double($0) / Double(count - 1) * end) }
    }
}
