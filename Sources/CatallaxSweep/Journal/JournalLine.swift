import CatallaxModel
import Foundation

/// One journal record written straight as JSON bytes: the same text
/// `JSONEncoder.journal` gives for the records of the sweep's and the
/// search's journals (keys sorted, an absent failure left out, `null` for a
/// metric that does not apply), at a small fraction of its cost — a journal
/// line is written for every batch of every sweep and every evaluation of
/// every search, and the encoder's generic machinery cost more than the
/// rest of a search's own work.
package struct JournalLine {
    /// The bytes so far.
    package private(set) var bytes: [UInt8] = []

    /// An empty line with room for `capacity` bytes (a batch's line is
    /// about 20 bytes a value; growing to it would copy it three times).
    package init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    /// Appends raw ASCII punctuation or a key: `{"point":`.
    package mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a whole number.
    package mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Appends `text` as a JSON string, escaped as `JSONEncoder` escapes it:
    /// `\"`, `\\`, `\b \f \n \r \t`, other control characters as `\u00XX`,
    /// everything else (slashes and non-ASCII included) as it is.
    package mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x00..<0x20:
                raw("\\u00")
                bytes.append(Self._hexDigits[Int(byte >> 4)])
                bytes.append(Self._hexDigits[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends a 64-bit pattern as a JSON string of lower-case hexadecimal
    /// digits without leading zeros (`String(bits, radix: 16)`).
    package mutating func hexadecimal(_ bits: UInt64) {
        // Spelled into a fixed buffer and appended in one copy: a journal holds a pattern for every value of every run.
        var quoted: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let digits = bits == 0 ? 1 : (67 - bits.leadingZeroBitCount) / 4
        withUnsafeMutableBytes(of: &quoted) { buffer in
            buffer[0] = UInt8(ascii: "\"")
            for i in 0..<digits {
                let nibble = UInt8(truncatingIfNeeded: bits >> UInt64(4 * (digits - 1 - i))) & 0xF
                buffer[1 + i] = nibble < 10 ? UInt8(ascii: "0") &+ nibble : UInt8(ascii: "a") &+ (nibble &- 10)
            }
            buffer[1 + digits] = UInt8(ascii: "\"")
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[0..<digits + 2]))
        }
    }

    /// Appends a run's outcome: `{"failure":"…","values":["3f…",null,…]}`
    /// (`failure` only when the run failed); `replicate` first when given.
    package mutating func outcome(_ outcome: RunOutcome, replicate: Int? = nil) {
        raw("{")
        if let failure = outcome.failure {
            raw("\"failure\":")
            string(failure)
            raw(",")
        }
        if let replicate {
            raw("\"replicate\":")
            integer(replicate)
            raw(",")
        }
        raw("\"values\":[")
        for (i, value) in outcome.values.enumerated() {
            if i > 0 { raw(",") }
            // Every NaN as one pattern: which operand's NaN an operation
            // passes on (and so its sign) depends on the instruction order,
            // which differs between builds and lane widths.
            if let value { hexadecimal(value.isNaN ? Double.nan.bitPattern : value.bitPattern) } else { raw("null") }
        }
        raw("]}")
    }

    /// The line as data, with its newline.
    package var data: Data {
        var data = Data(capacity: bytes.count + 1)
        data.append(contentsOf: bytes)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    static let _hexDigits = Array("0123456789abcdef".utf8)
}
