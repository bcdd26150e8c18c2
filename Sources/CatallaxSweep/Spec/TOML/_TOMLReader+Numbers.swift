extension _TOMLReader {
    /// Reads an integer or float token.
    ///
    /// Integers: decimal with an optional sign and no leading zeros, or
    /// unsigned `0x`, `0o`, `0b` with any digits of that base; an
    /// underscore must sit between two digits. Floats: a decimal integer
    /// part, then a fraction, an exponent or both, or `inf`/`nan` with an
    /// optional sign.
    /// - Throws: ``TOMLSyntaxError`` for a malformed number or an integer
    ///   outside Int64.
    mutating func readNumber(_ token: ArraySlice<UInt8>, at start: Int) throws(TOMLSyntaxError) -> TOML.Value {
        var digits = token
        let sign = digits.first.flatMap { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") ? $0 : nil }
        if sign != nil { digits = digits.dropFirst() }
        switch String(decoding: digits.prefix(4), as: UTF8.self) {
        case "inf" where digits.count == 3:
            return .float(sign == UInt8(ascii: "-") ? -.infinity : .infinity)
        case "nan" where digits.count == 3:
            return .float(sign == UInt8(ascii: "-") ? -.nan : .nan)
        default: break
        }
        if digits.count > 1, digits.first == UInt8(ascii: "0"), let radix = Self.radix(digits[digits.startIndex + 1]) {
            guard sign == nil else { throw failure("a \(Self.radixName(radix)) integer may not have a sign", at: start) }
            return .integer(try readInteger(digits.dropFirst(2), radix: radix, negative: false, token: token, at: start))
        }
        if digits.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            return .float(try readFloat(digits, negative: sign == UInt8(ascii: "-"), token: token, at: start))
        }
        guard !(digits.count > 1 && digits.first == UInt8(ascii: "0")) else {
            throw failure("leading zeros are not allowed in \(Self.quote(token))", at: start)
        }
        return .integer(try readInteger(digits, radix: 10, negative: sign == UInt8(ascii: "-"), token: token, at: start))
    }

    /// The value of `digits` in base `radix`, each underscore between two
    /// digits. A negative number is accumulated downwards so that
    /// Int64.min, whose magnitude exceeds Int64.max, is reachable.
    /// - Throws: ``TOMLSyntaxError`` for a bad digit or underscore, or a
    ///   value outside Int64.
    private func readInteger(
        _ digits: ArraySlice<UInt8>, radix: Int, negative: Bool, token: ArraySlice<UInt8>, at start: Int
    ) throws(TOMLSyntaxError) -> Int {
        var value = 0
        var overflow = false
        try forEachDigit(of: digits, radix: radix, token: token, at: start) { digit in
            guard !overflow else { return }
            let shifted = value.multipliedReportingOverflow(by: radix)
            let next = negative ? shifted.partialValue.subtractingReportingOverflow(digit)
                                : shifted.partialValue.addingReportingOverflow(digit)
            overflow = shifted.overflow || next.overflow
            value = next.partialValue
        }
        guard !overflow else { throw failure("integer \(Self.quote(token)) does not fit in 64 bits", at: start) }
        return value
    }

    /// The float of a decimal `digits` (sign removed): integer part with no
    /// leading zeros, then `.fraction` and/or `e±exponent`, each part a
    /// non-empty run of digits with underscores only between digits.
    ///
    /// The underscore-free text goes to `Double(_:)`, which rounds
    /// correctly; exponents past the range give ±infinity or ±0.
    /// - Throws: ``TOMLSyntaxError`` for a malformed float.
    private func readFloat(
        _ digits: ArraySlice<UInt8>, negative: Bool, token: ArraySlice<UInt8>, at start: Int
    ) throws(TOMLSyntaxError) -> Double {
        let exponentMark = digits.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
        let mantissa = digits[..<(exponentMark ?? digits.endIndex)]
        let point = mantissa.firstIndex(of: UInt8(ascii: "."))
        let integerPart = mantissa[..<(point ?? mantissa.endIndex)]
        var text = negative ? "-" : ""
        try appendDigits(of: integerPart, to: &text, token: token, at: start)
        guard !(integerPart.count > 1 && integerPart.first == UInt8(ascii: "0")) else {
            throw failure("leading zeros are not allowed in \(Self.quote(token))", at: start)
        }
        if let point {
            text += "."
            try appendDigits(of: mantissa[(point + 1)...], to: &text, token: token, at: start)
        }
        if let exponentMark {
            var exponent = digits[(exponentMark + 1)...]
            text += "e"
            if let sign = exponent.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                if sign == UInt8(ascii: "-") { text += "-" }
                exponent = exponent.dropFirst()
            }
            try appendDigits(of: exponent, to: &text, token: token, at: start)
        }
        guard let value = Double(text) else { throw failure("invalid float \(Self.quote(token))", at: start) }
        return value
    }

    /// Appends the decimal digits of `part` to `text`, underscores removed.
    /// - Throws: ``TOMLSyntaxError`` for an empty part, a non-digit or a
    ///   misplaced underscore.
    private func appendDigits(
        of part: ArraySlice<UInt8>, to text: inout String, token: ArraySlice<UInt8>, at start: Int
    ) throws(TOMLSyntaxError) {
        var clean: [UInt8] = []
        clean.reserveCapacity(part.count)
        try forEachDigit(of: part, radix: 10, token: token, at: start) { clean.append(UInt8(ascii: "0") + UInt8($0)) }
        text += String(decoding: clean, as: UTF8.self)
    }

    /// Calls `body` with each digit's value of a non-empty run of base
    /// `radix` digits in which every underscore sits between two digits.
    /// - Throws: ``TOMLSyntaxError`` otherwise.
    private func forEachDigit(
        of part: ArraySlice<UInt8>, radix: Int, token: ArraySlice<UInt8>, at start: Int, _ body: (Int) -> Void
    ) throws(TOMLSyntaxError) {
        guard !part.isEmpty else { throw failure("invalid number \(Self.quote(token))", at: start) }
        var previousWasDigit = false
        for byte in part {
            if byte == UInt8(ascii: "_") {
                guard previousWasDigit else { throw misplacedUnderscore(token, at: start) }
                previousWasDigit = false
                continue
            }
            guard let digit = Self.hexDigit(byte), Int(digit) < radix else {
                throw failure("invalid number \(Self.quote(token))", at: start)
            }
            body(Int(digit))
            previousWasDigit = true
        }
        guard previousWasDigit else { throw misplacedUnderscore(token, at: start) }
    }

    /// The error for an underscore not between two digits.
    private func misplacedUnderscore(_ token: ArraySlice<UInt8>, at start: Int) -> TOMLSyntaxError {
        failure("an underscore must sit between two digits in \(Self.quote(token))", at: start)
    }

    /// The base named by the letter after a leading `0`, if any.
    private static func radix(_ letter: UInt8) -> Int? {
        switch letter {
        case UInt8(ascii: "x"): 16
        case UInt8(ascii: "o"): 8
        case UInt8(ascii: "b"): 2
        default: nil
        }
    }

    /// "hexadecimal", "octal" or "binary".
    private static func radixName(_ radix: Int) -> String {
        radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary"
    }
}
