extension SVGCanvas {
    /// An interval drawn as an error bar: a horizontal or vertical segment
    /// with a cap across each end.
    ///
    /// ```
    /// horizontal: (from, at) – (to, at), caps (from, at ± cap), (to, at ± cap)
    /// vertical:   (at, from) – (at, to), caps (at ± cap, from), (at ± cap, to)
    /// ```
    /// - Parameters:
    ///   - from: one end's position along the bar.
    ///   - to: the other end's.
    ///   - at: the position across it.
    ///   - vertical: whether the bar runs along the vertical axis.
    ///   - cap: the caps' half-length.
    mutating func errorBar(from: Double, to: Double, at: Double, vertical: Bool, cap: Double = 3, color: Color) {
        func segment(_ a: (Double, Double), _ b: (Double, Double)) {
            vertical ? line(x1: a.1, y1: a.0, x2: b.1, y2: b.0, stroke: color, width: 1.2)
                     : line(x1: a.0, y1: a.1, x2: b.0, y2: b.1, stroke: color, width: 1.2)
        }
        segment((from, at), (to, at))
        for end in [from, to] { segment((end, at - cap), (end, at + cap)) }
    }
}
