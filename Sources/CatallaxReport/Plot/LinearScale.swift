import Foundation

/// A linear map from data values to drawing positions, with "nice" ticks.
///
/// ```
/// position(x) = r₀ + (x − d₀)/(d₁ − d₀) · (r₁ − r₀)
/// tick step   = 10^⌊log₁₀ s⌋ · {1, 2, 5, 10},  s = (d₁ − d₀)/count   (the smallest ≥ s, rounded at √2, √10, √50)
/// ticks       = {i·step : ⌈d₀/step⌉ ≤ i ≤ ⌊d₁/step⌋}
/// ```
/// Domain in data units, range in SVG user units (pixels); the range may run
/// backwards (`r₀ > r₁`), as a y axis does.
///
/// The trap avoided: ticks are computed as `i · step` when `step ≥ 1` and as
/// `i / (1/step)` when `step < 1`, both with an exact integer `1/step`, so
/// that `0.1 · 3` does not come out as `0.30000000000000004`.
struct LinearScale: Sendable, Equatable {
    /// The data interval `[d₀, d₁]`.
    var domain: ClosedRange<Double>
    /// The position of `d₀`.
    var rangeStart: Double
    /// The position of `d₁`.
    var rangeEnd: Double

    /// The scale mapping `domain` onto `rangeStart … rangeEnd`.
    init(domain: ClosedRange<Double>, rangeStart: Double = 0, rangeEnd: Double = 1) {
        self.domain = domain
        self.rangeStart = rangeStart
        self.rangeEnd = rangeEnd
    }

    /// The position of `x`; a point domain maps everything to the middle of the range.
    func position(of x: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0 else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (x - domain.lowerBound) / span * (rangeEnd - rangeStart)
    }

    /// The step between about `count` ticks over the domain: 1, 2 or 5 times a power of ten.
    func tickStep(count: Int = 5) -> Double {
        Self.niceStep(span: domain.upperBound - domain.lowerBound, count: count)
    }

    /// Ticks at the multiples of ``tickStep(count:)`` inside the domain, ascending.
    func ticks(count: Int = 5) -> [Double] {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0, span.isFinite else { return domain.lowerBound.isFinite ? [domain.lowerBound] : [] }
        let step = tickStep(count: count)
        let (first, last) = Self.tickIndices(domain, step: step)
        guard first <= last else { return [] }
        return (first...last).map { Self.tick($0, step: step) }
    }

    /// The scale whose domain is widened to the enclosing ticks (a point
    /// domain is widened by 10% of its size, or by 1 around 0), so that the
    /// axis starts and ends on a labelled value.
    func niced(count: Int = 5) -> LinearScale {
        var lower = domain.lowerBound, upper = domain.upperBound
        if upper - lower <= 0 {
            let pad = lower == 0 ? 1 : abs(lower) / 10
            lower -= pad
            upper += pad
        }
        let step = Self.niceStep(span: upper - lower, count: count)
        let first = (lower / step).rounded(.down), last = (upper / step).rounded(.up)
        return LinearScale(domain: Self.tick(Int(first), step: step)...Self.tick(Int(last), step: step),
                           rangeStart: rangeStart, rangeEnd: rangeEnd)
    }

    /// 1, 2 or 5 times a power of ten, about `span / count` (d3's rule).
    static func niceStep(span: Double, count: Int) -> Double {
        guard span > 0, span.isFinite else { return 1 }
        let raw = span / Double(max(1, count))
        let power = Self.powerOfTen(Int(log10(raw).rounded(.down)))
        let error = raw / power
        let factor: Double = error >= 50.squareRoot() ? 10 : error >= 10.squareRoot() ? 5 : error >= 2.squareRoot() ? 2 : 1
        return factor * power
    }

    /// `10^e`, correctly rounded (`1/10^{−e}` for negative `e`: both exact or one rounding).
    static func powerOfTen(_ e: Int) -> Double {
        e >= 0 ? pow(10, Double(e)) : 1 / pow(10, Double(-e))
    }

    /// Tick `i` of a step: `i·step`, or `i/(1/step)` for steps below 1.
    static func tick(_ i: Int, step: Double) -> Double {
        step >= 1 ? Double(i) * step : Double(i) / (1 / step).rounded()
    }

    static func tickIndices(_ domain: ClosedRange<Double>, step: Double) -> (Int, Int) {
        // A tolerance of 1e-9 steps keeps an end that is a tick up to rounding.
        let first = Int((domain.lowerBound / step - 1e-9).rounded(.up))
        let last = Int((domain.upperBound / step + 1e-9).rounded(.down))
        return (first, last)
    }
}
