/// The scale of one chart axis: linear or logarithmic, chosen from the data.
///
/// ```
/// logarithmic  ⇔  allowed ∧ min > 0 ∧ max/min ≥ 10
/// ```
/// A linear axis is padded (never across zero) and widened to the enclosing
/// nice ticks; a logarithmic one is padded by 4% of its span, so that marks
/// at the ends stay inside.
enum AxisScale: Sendable, Equatable {
    /// Equal distances for equal differences.
    case linear(LinearScale)
    /// Equal distances for equal ratios.
    case log(LogScale)

    /// The scale for `values` over `rangeStart … rangeEnd`.
    /// - Parameters:
    ///   - values: the data the axis must show (non-finite ones are ignored).
    ///   - logarithmic: allow a logarithmic scale when the values are
    ///     positive and span a decade or more.
    ///   - includeZero: make a linear domain reach 0.
    ///   - padding: widen a linear domain by this fraction of its span at
    ///     both ends before rounding it to ticks (marks at the ends stay clear of the frame).
    static func fitting(_ values: [Double], rangeStart: Double, rangeEnd: Double,
                        logarithmic: Bool = true, includeZero: Bool = false, padding: Double = 0) -> AxisScale {
        let finite = values.filter(\.isFinite)
        guard var low = finite.min(), var high = finite.max() else {
            return .linear(LinearScale(domain: 0...1, rangeStart: rangeStart, rangeEnd: rangeEnd))
        }
        if logarithmic && low > 0 && high / low >= 10 {
            return .log(LogScale(domain: low...high, rangeStart: rangeStart, rangeEnd: rangeEnd).padded(by: 0.04))
        }
        if includeZero { low = Swift.min(low, 0); high = Swift.max(high, 0) }
        // Padding never crosses zero: a metric that cannot be negative gets no negative ticks.
        let pad = (high - low) * padding
        low = low >= 0 ? Swift.max(0, low - pad) : low - pad
        high = high <= 0 ? Swift.min(0, high + pad) : high + pad
        return .linear(LinearScale(domain: low...high, rangeStart: rangeStart, rangeEnd: rangeEnd).niced())
    }

    /// Whether the scale is logarithmic.
    var isLogarithmic: Bool {
        if case .log = self { return true }
        return false
    }

    /// The data interval.
    var domain: ClosedRange<Double> {
        switch self {
        case .linear(let s): s.domain
        case .log(let s): s.domain
        }
    }

    /// The position of `x`.
    func position(of x: Double) -> Double {
        switch self {
        case .linear(let s): s.position(of: x)
        case .log(let s): s.position(of: x)
        }
    }

    /// The ticks, ascending.
    var ticks: [Double] {
        switch self {
        case .linear(let s): s.ticks()
        case .log(let s): s.ticks()
        }
    }

    /// The ticks' labels.
    var tickLabels: TickLabels {
        switch self {
        case .linear(let s): TickLabels(linearTicks: s.ticks(), step: s.tickStep())
        case .log(let s): TickLabels(logarithmicTicks: s.ticks())
        }
    }
}
