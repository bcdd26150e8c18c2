import Foundation

/// Numbers for people to read on a page: 3 significant digits, powers of
/// ten as `×10⁻⁵` rather than `e-05`, a true minus sign.
///
/// ```
/// 10⁻³ ≤ |x| < 10⁵:  x rounded to 3 significant digits   (0.00770, 42.2, 41 500)
/// otherwise:          m×10^e, 1 ≤ |m| < 10, m with 3 significant digits   (7.70×10⁻⁵)
/// ```
/// The trap avoided: the exponent is taken after rounding the mantissa, so
/// `9.996e-5` prints `1.00×10⁻⁴`, not `10.0×10⁻⁵`.
package enum NumberText {
    /// `x` with `digits` significant digits (3 by default).
    package static func significant(_ x: Double, digits: Int = 3) -> String {
        guard x.isFinite else { return x.isNaN ? "n/a" : (x > 0 ? "∞" : "−∞") }
        guard x != 0 else { return "0" }
        // The exponent after rounding to `digits` digits.
        let rounded = Double(String(format: "%.\(max(0, digits - 1))e", x)) ?? x
        let e = Int(log10(abs(rounded)).rounded(.down))
        if abs(rounded) >= 1e-3 && abs(rounded) < 1e5 {
            let decimals = max(0, digits - 1 - e)
            return TickLabels.minus(String(format: "%.\(decimals)f", rounded))
        }
        let mantissa = rounded / LinearScale.powerOfTen(e)
        return TickLabels.minus(String(format: "%.\(max(0, digits - 1))f", mantissa)) + "×10" + TickLabels.superscript(e)
    }

    /// `x` like ``significant(_:digits:)`` without trailing zeros in the
    /// mantissa (`4`, `2.15×10⁻⁶`, `1×10⁻⁵`): for parameter values, which are
    /// usually short decimals.
    package static func compact(_ x: Double, digits: Int = 3) -> String {
        let text = significant(x, digits: digits)
        let parts = text.components(separatedBy: "×")
        guard var mantissa = parts.first, mantissa.contains(".") else { return text }
        while mantissa.hasSuffix("0") { mantissa.removeLast() }
        if mantissa.hasSuffix(".") { mantissa.removeLast() }
        return ([mantissa] + parts.dropFirst()).joined(separator: "×")
    }

    /// `fraction` as a percentage with up to 3 significant digits (`0.003` → `0.3%`).
    package static func percent(_ fraction: Double) -> String {
        TickLabels.plain(fraction * 100) + "%"
    }
}
