import Foundation

/// The labels of an axis's ticks, written for people: at most 3
/// significant digits, no trailing zeros, a true minus sign, and — for
/// linear axes of very small or large numbers — a common power of ten
/// moved into the axis title.
///
/// ```
/// linear:  e = ⌊log₁₀ max|tᵢ|⌋ if max|tᵢ| < 10⁻³ or ≥ 10⁵, else 0
///          label(t) = t/10^e with max(0, −⌊log₁₀(step/10^e)⌋) decimals;  title gets "×10^e"
/// log:     label(t) = t when 10⁻³ ≤ t < 10⁴, else "m×10^e" (just "10^e" when m = 1)
/// ```
/// The trap avoided: labels are printed from the tick step's decimals, not
/// with `%g`, so that neighbouring ticks `7.4e-05, 7.6e-05` never print alike
/// and `0.30000000000000004` prints as `0.3`.
struct TickLabels: Sendable, Equatable {
    /// One label per tick.
    var labels: [String]
    /// The power of ten the labels are in units of, when not 0.
    var exponent: Int?

    /// The suffix for the axis title, such as ` (×10⁻⁵)`; empty without a common power.
    var titleSuffix: String {
        exponent.map { " (×10\(Self.superscript($0)))" } ?? ""
    }

    /// Labels of the ticks of a linear axis, `step` apart.
    init(linearTicks ticks: [Double], step: Double) {
        let largest = ticks.map(abs).max() ?? 0
        var e = 0
        if largest > 0 && (largest < 1e-3 || largest >= 1e5) {
            e = Int(log10(largest).rounded(.down))
        }
        let unit = LinearScale.powerOfTen(e)
        let scaledStep = step / unit
        let decimals = scaledStep > 0 ? max(0, Int((-log10(scaledStep) - 1e-9).rounded(.up))) : 0
        labels = ticks.map { Self.minus(String(format: "%.\(decimals)f", Self.zeroed($0 / unit))) }
        exponent = e == 0 ? nil : e
    }

    /// Labels of the ticks of a logarithmic axis: all plain when every tick
    /// is in `[10⁻³, 10⁴)`, else all as powers of ten, never a mix.
    init(logarithmicTicks ticks: [Double]) {
        let plain = ticks.allSatisfy { $0 >= 1e-3 && $0 < 1e4 }
        labels = ticks.map { plain ? Self.plain($0) : Self.logLabel($0) }
        exponent = nil
    }

    /// `x` with at most 3 significant digits and no trailing zeros (`0.002`, `150`, `2.5`).
    static func plain(_ x: Double) -> String {
        guard x != 0 else { return "0" }
        let magnitude = Int(log10(abs(x)).rounded(.down))
        let decimals = max(0, 2 - magnitude)
        var text = String(format: "%.\(decimals)f", x)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return minus(text)
    }

    /// `x` as `m×10^e` (`10^e` when `m = 1`), `m` with at most 3 significant digits.
    static func logLabel(_ x: Double) -> String {
        guard x > 0 else { return plain(x) }
        let e = Int(log10(x).rounded(.down))
        var mantissa = x / LinearScale.powerOfTen(e)
        // log10 can land just below an exact power: 9.999… becomes 10^(e+1).
        var power = e
        if (mantissa * 1000).rounded() / 1000 >= 10 { mantissa /= 10; power += 1 }
        let m = plain(mantissa)
        return m == "1" ? "10\(superscript(power))" : "\(m)×10\(superscript(power))"
    }

    /// `e` in superscript digits (`−5` as `⁻⁵`).
    static func superscript(_ e: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let body = String(String(abs(e)).map { digits[Int(String($0))!] })
        return e < 0 ? "⁻" + body : body
    }

    /// The typographic minus sign U+2212 in place of a hyphen.
    static func minus(_ text: String) -> String {
        text.replacingOccurrences(of: "-", with: "−")
    }

    /// `-0` printed as `0`.
    static func zeroed(_ x: Double) -> Double { x == 0 ? 0 : x }
}
