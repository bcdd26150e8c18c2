/// A categorical axis: `count` equal bands over a range, each category
/// drawn at its band's centre.
///
/// ```
/// bandwidth  = (r₁ − r₀) / count
/// centre(i)  = r₀ + (i + ½) · bandwidth,   i = 0 … count−1
/// ```
/// The range may run backwards (a y axis whose first category is at the bottom).
struct BandScale: Sendable, Equatable {
    /// The number of categories, ≥ 1.
    var count: Int
    /// The start of band 0.
    var rangeStart: Double
    /// The end of the last band.
    var rangeEnd: Double

    /// The signed width of one band.
    var bandwidth: Double { (rangeEnd - rangeStart) / Double(max(1, count)) }

    /// The start of band `i` (its edge nearer `rangeStart`).
    func start(of i: Int) -> Double { rangeStart + Double(i) * bandwidth }

    /// The centre of band `i`.
    func center(of i: Int) -> Double { rangeStart + (Double(i) + 0.5) * bandwidth }
}
