import Foundation

/// An sRGB colour with 8-bit channels, written as `#rrggbb`.
package struct Color: Sendable, Equatable {
    /// Red, green and blue, 0 … 255.
    var red: UInt8, green: UInt8, blue: UInt8

    /// The colour of `#rrggbb` (six hexadecimal digits, with or without `#`).
    package init(hex: String) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        let value = UInt32(digits, radix: 16) ?? 0
        red = UInt8(value >> 16 & 0xFF)
        green = UInt8(value >> 8 & 0xFF)
        blue = UInt8(value & 0xFF)
    }

    /// The colour with these channels.
    init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `#rrggbb`, lower case.
    var hex: String { String(format: "#%02x%02x%02x", red, green, blue) }

    /// The relative luminance of WCAG 2 (sRGB decoded to linear light):
    /// ```
    /// L = 0.2126·R + 0.7152·G + 0.0722·B,   C = c/12.92 if c ≤ 0.04045 else ((c + 0.055)/1.055)^2.4
    /// ```
    /// 0 for black, 1 for white.
    var luminance: Double {
        func linear(_ c: UInt8) -> Double {
            let x = Double(c) / 255
            return x <= 0.04045 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// Black or white, whichever contrasts more with this colour (for text on it).
    var contrastingText: Color {
        // Contrast ratios (L + 0.05) against white and black are equal at L ≈ 0.179.
        luminance > 0.179 ? Color(red: 0, green: 0, blue: 0) : Color(red: 255, green: 255, blue: 255)
    }

    /// The colour a fraction `t ∈ [0, 1]` of the way from `self` to `other`, channel by channel.
    func mixed(with other: Color, _ t: Double) -> Color {
        func channel(_ a: UInt8, _ b: UInt8) -> UInt8 {
            let mix: Double = Double(a) + (Double(b) - Double(a)) * t
            return UInt8(mix.rounded())
        }
        return Color(red: channel(red, other.red), green: channel(green, other.green), blue: channel(blue, other.blue))
    }
}
