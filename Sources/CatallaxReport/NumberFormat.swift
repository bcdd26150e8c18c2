import Foundation

/// Numbers formatted for people: a fixed count of significant digits,
/// switching to scientific notation only when a number is very large or small.
public enum NumberFormat {
    /// `x` with `digits` significant digits: `0.000462`, `3.18e+05`, `-0.0794`.
    public static func significant(_ x: Double, digits: Int = 3) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
        if x == 0 { return "0" }
        let magnitude = Int(floor(log10(abs(x))))
        if magnitude < -4 || magnitude >= digits + 3 {
            return String(format: "%.\(max(0, digits - 1))e", x)
        }
        let decimals = max(0, digits - 1 - magnitude)
        return String(format: "%.\(decimals)f", x)
    }

    /// `x` in a shortest form that reads back to the same `Double`, for files
    /// that machines read (CSV, JSON).
    public static func exact(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
        return "\(x)"
    }
}
