import Foundation

/// A base-10 logarithmic map from positive data values to positions, for
/// geometric axes (steepness parameters, volatilities spanning decades).
///
/// ```
/// position(x) = r₀ + (log₁₀ x − log₁₀ d₀)/(log₁₀ d₁ − log₁₀ d₀) · (r₁ − r₀),   x > 0
/// ticks       = {m·10^e ∈ [d₀, d₁]},  m ∈ {1}, or {1, 2, 5} when the domain spans at most 2 decades
/// ```
/// Domain `0 < d₀ ≤ d₁`. A domain narrower than half a decade has too few
/// such ticks; its ticks are the linear ones.
///
/// The trap avoided: `10^e` for negative `e` is computed as `1/10^{−e}`
/// (an exact power divided once), so tick values equal the literals `1e-6`,
/// `2e-6` that the data were written with, and positions of decades land on
/// the same pixel as the data values.
struct LogScale: Sendable, Equatable {
    /// The data interval `[d₀, d₁]`, both ends positive.
    var domain: ClosedRange<Double>
    /// The position of `d₀`.
    var rangeStart: Double
    /// The position of `d₁`.
    var rangeEnd: Double

    /// The scale mapping `domain` (positive) onto `rangeStart … rangeEnd`.
    init(domain: ClosedRange<Double>, rangeStart: Double = 0, rangeEnd: Double = 1) {
        precondition(domain.lowerBound > 0, "LogScale: the domain must be positive, got \(domain)")
        self.domain = domain
        self.rangeStart = rangeStart
        self.rangeEnd = rangeEnd
    }

    /// The position of `x`; values ≤ 0 (which have no logarithm) map to `rangeStart`.
    func position(of x: Double) -> Double {
        guard x > 0 else { return rangeStart }
        let low = log10(domain.lowerBound), span = log10(domain.upperBound) - low
        guard span > 0 else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (log10(x) - low) / span * (rangeEnd - rangeStart)
    }

    /// The decades the domain spans, `log₁₀(d₁/d₀)`.
    var decades: Double { log10(domain.upperBound / domain.lowerBound) }

    /// The ticks inside the domain, ascending: powers of ten, with 2 and 5
    /// times them over at most two decades, linear ticks below half a decade.
    func ticks() -> [Double] {
        if decades < 0.5 {
            return LinearScale(domain: domain).ticks(count: 4).filter { $0 > 0 }
        }
        let mantissas: [Double] = decades <= 2 ? [1, 2, 5] : [1]
        let first = Int(log10(domain.lowerBound).rounded(.down)), last = Int(log10(domain.upperBound).rounded(.up))
        var ticks: [Double] = []
        for e in first...last {
            for m in mantissas {
                let value = e >= 0 ? m * LinearScale.powerOfTen(e) : m / LinearScale.powerOfTen(-e)
                // A relative tolerance keeps an end that is a tick up to rounding.
                if value >= domain.lowerBound * (1 - 1e-12) && value <= domain.upperBound * (1 + 1e-12) {
                    ticks.append(value)
                }
            }
        }
        return ticks
    }

    /// The scale with the domain widened by `fraction` of its logarithmic
    /// span at both ends (by a factor of 10^{±fraction/2} for a point domain),
    /// so that marks at the ends are not cut by the frame.
    func padded(by fraction: Double) -> LogScale {
        let low = log10(domain.lowerBound), high = log10(domain.upperBound)
        let pad = high > low ? (high - low) * fraction : fraction / 2
        return LogScale(domain: pow(10, low - pad)...pow(10, high + pad), rangeStart: rangeStart, rangeEnd: rangeEnd)
    }
}
