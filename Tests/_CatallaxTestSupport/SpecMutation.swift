import Foundation

/// Malformed sweep files made from the shipped ones the way a user (or a
/// broken editor, or a disk) makes them: every `key = value` line given a
/// wrong type, an out-of-range, non-finite or huge value, removed or
/// duplicated, the file cut inside it; plus broken syntax and bytes that
/// are not text anywhere in the file.
public enum SpecMutation {
    /// Values that replace a key's value: wrong types, edges and extremes.
    public static let replacementValues = [
        "\"text\"", "true", "[1, 2]", "[]", "{ a = 1 }", "{}", "1979-05-27", "07:32:00", "1979-05-27T07:32:00Z",
        "-1", "0", "0.5", "-0.0", "1", "nan", "inf", "-inf", "1e308", "-1e308", "1e-320", "4e9",
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "0x7fffffffffffffff",
        "\"\"", "\"linear\"", "\"random\"", "[[1], [2]]", "[\"m\", \"m\"]", "[\"nope\"]",
    ]

    /// Every mutation of `text`, with a label saying what it is.
    public static func mutations(of text: String) -> [(label: String, text: String)] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var result: [(String, String)] = []
        func joined(_ lines: [String]) -> String { lines.joined(separator: "\n") }
        for (i, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            for value in replacementValues {
                var changed = lines
                changed[i] = "\(key) = \(value)"
                result.append(("line \(i + 1): \(key) = \(value)", joined(changed)))
            }
            var removed = lines
            removed.remove(at: i)
            result.append(("line \(i + 1) removed", joined(removed)))
            var duplicated = lines
            duplicated.insert(line, at: i)
            result.append(("line \(i + 1) duplicated", joined(duplicated)))
            let cut = joined(Array(lines[..<i])) + "\n" + String(line.prefix(line.count / 2))
            result.append(("cut inside line \(i + 1)", cut))
            var garbage = lines
            garbage[i] = line + " \u{0}\u{7F}\u{1B}[31m"
            result.append(("control bytes after line \(i + 1)", joined(garbage)))
        }
        for tail in ["[[[ broken", "[[block]", "[block.axes]\nm = 1", "[[block]]\n[[block]]", "x = ", "= 1", "\"unterminated",
                     "a.b.c = 1\na = 2", "[fixed]\n[fixed]"] {
            result.append(("ends in \(tail.debugDescription)", text + "\n" + tail + "\n"))
        }
        return result
    }

    /// Byte-level damage: the file cut at every 97th byte, and bytes that are not UTF-8 inserted.
    public static func byteMutations(of text: String) -> [(label: String, bytes: [UInt8])] {
        let bytes = Array(text.utf8)
        var result: [(String, [UInt8])] = []
        for cut in stride(from: 0, to: bytes.count, by: 97) {
            result.append(("cut at byte \(cut)", Array(bytes[..<cut])))
        }
        let insertions: [(offset: Int, garbage: [UInt8])] = [(0, [0xFF, 0xFE]), (bytes.count / 2, [0xC3]), (bytes.count, [0xED, 0xA0, 0x80])]
        for (offset, garbage) in insertions {
            var changed = bytes
            changed.insert(contentsOf: garbage, at: offset)
            result.append(("bytes \(garbage) at \(offset)", changed))
        }
        return result
    }
}
