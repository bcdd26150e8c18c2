import Testing

/// Expects `sample` to fit U(0, 1): the Kolmogorov–Smirnov distance under
/// its critical value at α = 10⁻³, and the mean and variance within four
/// standard errors of ½ and 1/12 (the variance's standard error is about
/// √((1/80 − 1/144)/n)).
func expectUniformOnUnitInterval(_ sample: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
    let d = SampleStatistics.kolmogorovSmirnov(sample) { $0 }
    #expect(d < SampleStatistics.kolmogorovSmirnovCritical(count: sample.count, alpha: 1e-3),
            sourceLocation: sourceLocation)
    let m = SampleStatistics.moments(sample)
    let n = Double(sample.count)
    #expect(abs(m.mean - 0.5) < 4 * (1.0 / 12 / n).squareRoot(), sourceLocation: sourceLocation)
    #expect(abs(m.variance - 1.0 / 12) < 4 * ((1.0 / 80 - 1.0 / 144) / n).squareRoot(), sourceLocation: sourceLocation)
}
