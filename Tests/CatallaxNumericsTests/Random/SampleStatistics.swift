#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Goodness-of-fit statistics for the generator's distribution tests.
///
/// The samples come from fixed keys, so every test is deterministic; the
/// thresholds are the critical values at a small significance level, so a
/// correct generator passes them with overwhelming probability for most keys
/// and a biased one fails.
enum SampleStatistics {
    /// Mean, variance (n − 1), skewness and excess kurtosis, by two passes.
    static func moments(_ x: [Double]) -> (mean: Double, variance: Double, skewness: Double, excessKurtosis: Double) {
        let n = Double(x.count)
        let mean = x.reduce(0, +) / n
        var m2 = 0.0, m3 = 0.0, m4 = 0.0
        for v in x {
            let d = v - mean
            m2 += d * d
            m3 += d * d * d
            m4 += d * d * d * d
        }
        m2 /= n; m3 /= n; m4 /= n
        return (mean, m2 * n / (n - 1), m3 / pow(m2, 1.5), m4 / (m2 * m2) - 3)
    }

    /// The Kolmogorov–Smirnov statistic `D = sup |Fₙ(x) − F(x)|` of a sample against `cdf`.
    static func kolmogorovSmirnov(_ sample: [Double], cdf: (Double) -> Double) -> Double {
        let sorted = sample.sorted()
        let n = Double(sorted.count)
        var d = 0.0
        for (i, x) in sorted.enumerated() {
            let f = cdf(x)
            d = max(d, f - Double(i) / n, Double(i + 1) / n - f)
        }
        return d
    }

    /// The asymptotic critical value of `D` at significance `alpha`:
    /// `√(−ln(α/2) / 2) / √n`.
    static func kolmogorovSmirnovCritical(count: Int, alpha: Double) -> Double {
        (-log(alpha / 2) / 2).squareRoot() / Double(count).squareRoot()
    }

    /// The standard normal CDF `Φ(x) = ½ erfc(−x/√2)`.
    static func normalCDF(_ x: Double) -> Double {
        0.5 * erfc(-x / 2.0.squareRoot())
    }

    /// Pearson's correlation of two equally long samples.
    static func correlation(_ x: [Double], _ y: [Double]) -> Double {
        let mx = x.reduce(0, +) / Double(x.count)
        let my = y.reduce(0, +) / Double(y.count)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        return sxy / (sxx * syy).squareRoot()
    }
}
