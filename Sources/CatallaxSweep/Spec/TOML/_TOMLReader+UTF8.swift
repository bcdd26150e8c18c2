extension _TOMLReader {
    /// Checks that `bytes` are well-formed UTF-8 (Unicode 15, table 3-7):
    /// no stray continuation bytes, no overlong forms, no surrogates
    /// (`ED A0 80` … `ED BF BF`), nothing above U+10FFFF.
    /// - Throws: ``TOMLSyntaxError`` at the first byte of a bad sequence.
    /// - Complexity: O(*n*).
    func validateUTF8() throws(TOMLSyntaxError) {
        var position = 0
        while position < bytes.count {
            let lead = bytes[position]
            if lead < 0x80 {
                position += 1
                continue
            }
            // The allowed range of the second byte depends on the lead byte;
            // every later byte is a plain continuation byte 80…BF.
            let length: Int
            var second: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; second = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; second = 0x80...0x9F
            case 0xF0: length = 4; second = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; second = 0x80...0x8F
            default: throw invalidUTF8(at: position)
            }
            for offset in 1..<length {
                let at = position + offset
                guard at < bytes.count else { throw invalidUTF8(at: position) }
                let range = offset == 1 ? second : 0x80...0xBF
                guard range.contains(bytes[at]) else { throw invalidUTF8(at: position) }
            }
            position += length
        }
    }

    /// The error for a malformed UTF-8 sequence starting at `offset`.
    private func invalidUTF8(at offset: Int) -> TOMLSyntaxError {
        let hex = String(bytes[offset], radix: 16, uppercase: true)
        return failure("invalid UTF-8 (byte 0x\(hex))", at: offset)
    }
}
