import CatallaxModel

/// Reads a sweep journal's record line in the one form ``JournalLine``
/// writes it, straight from its bytes:
///
/// ```
/// {"point":P,"runs":[R,R,…]}
/// R = {"failure":"…","replicate":N,"values":[V,V,…]}   ("failure" only for a failed run)
/// V = "3ff0000000000000" | null                         (an IEEE-754 bit pattern in hexadecimal)
/// ```
///
/// Reading back a journal (to resume a sweep, merge shards or redraw a
/// report) through `JSONDecoder` cost about 45 µs a line, 11 s for the
/// 250 000 points of a large sweep, nearly all of it the decoder's generic
/// machinery. The scanner accepts only this exact form, a strict subset of
/// JSON with no whitespace, so whatever it reads the decoder reads the
/// same; it returns `nil` for anything else (other spacing or key order, an
/// escape it does not know, a number it cannot hold), and the caller then
/// decodes the line as JSON (``Journal/_runs(ofRecord:decoder:)``).
struct JournalRecordScanner {
    let _bytes: UnsafeRawBufferPointer
    var _at = 0
    /// A run's values as they are read, copied out at its end: an array
    /// grown value by value holds up to twice the room it needs, and a
    /// resumed sweep keeps every journaled run's values.
    var _values: [Double?] = []

    /// A scanner of `line`, a record without its newline.
    init(_ line: UnsafeRawBufferPointer) { _bytes = line }

    /// The record's point and its runs in the order written, or `nil` when
    /// the line is not in the journal's own form.
    consuming func record() -> (point: Int, runs: [(replicate: Int, outcome: RunOutcome)])? {
        guard _skip("{\"point\":"), let point = _count(), _skip(",\"runs\":[") else { return nil }
        var runs: [(replicate: Int, outcome: RunOutcome)] = []
        if !_skip("]") {
            repeat {
                guard let run = _run() else { return nil }
                runs.append(run)
            } while _skip(",")
            guard _skip("]") else { return nil }
        }
        guard _skip("}"), _at == _bytes.count else { return nil }
        return (point, runs)
    }

    /// `{"failure":"…","replicate":N,"values":[…]}`, the failure only for a failed run.
    mutating func _run() -> (replicate: Int, outcome: RunOutcome)? {
        guard _skip("{") else { return nil }
        var failure: String?
        if _skip("\"failure\":") {
            guard let text = _text(), _skip(",") else { return nil }
            failure = text
        }
        guard _skip("\"replicate\":"), let replicate = _count(), _skip(",\"values\":[") else { return nil }
        _values.removeAll(keepingCapacity: true)
        if !_skip("]") {
            repeat {
                if _skip("null") {
                    _values.append(nil)
                } else {
                    guard let bits = _bitPattern() else { return nil }
                    _values.append(Double(bitPattern: bits))
                }
            } while _skip(",")
            guard _skip("]") else { return nil }
        }
        guard _skip("}") else { return nil }
        let values = [Double?](unsafeUninitializedCapacity: _values.count) { room, count in
            count = room.initialize(fromContentsOf: _values)
        }
        return (replicate, RunOutcome(values: values, failure: failure))
    }

    /// Moves past `literal` if the bytes at the current position are it.
    mutating func _skip(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard _bytes.count - _at >= count else { return false }
        let start = literal.utf8Start
        for k in 0..<count where _bytes[_at + k] != start[k] { return false }
        _at += count
        return true
    }

    /// A count as JSON writes it: `0`, or up to 18 digits without a leading zero.
    mutating func _count() -> Int? {
        let start = _at
        var value = 0
        while _at < _bytes.count, case let digit = _bytes[_at] &- UInt8(ascii: "0"), digit < 10, _at - start < 18 {
            value = value * 10 + Int(digit)
            _at += 1
        }
        let digits = _at - start
        guard digits > 0, digits == 1 || _bytes[start] != UInt8(ascii: "0") else { return nil }
        // A 19th digit is a number this reader leaves to the decoder.
        guard _at == _bytes.count || _bytes[_at] &- UInt8(ascii: "0") >= 10 else { return nil }
        return value
    }

    /// `"…"`: 1 to 16 hexadecimal digits.
    mutating func _bitPattern() -> UInt64? {
        guard _skip("\"") else { return nil }
        let start = _at
        var bits: UInt64 = 0
        while _at < _bytes.count, _at - start < 16, let nibble = Self._nibble(_bytes[_at]) {
            bits = bits << 4 | UInt64(nibble)
            _at += 1
        }
        guard _at > start, _skip("\"") else { return nil }
        return bits
    }

    /// A JSON string with the escapes ``JournalLine/string(_:)`` writes
    /// (`\" \\ \/ \b \f \n \r \t`, and `\u00XX` below 0x80), valid UTF-8.
    mutating func _text() -> String? {
        guard _skip("\"") else { return nil }
        var utf8: [UInt8] = []
        while _at < _bytes.count {
            let byte = _bytes[_at]
            _at += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(validating: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard _at < _bytes.count else { return nil }
                let escape = _bytes[_at]
                _at += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    guard _skip("00"), _bytes.count - _at >= 2, let high = Self._nibble(_bytes[_at]), high < 8,
                          let low = Self._nibble(_bytes[_at + 1]) else { return nil }
                    utf8.append(high << 4 | low)
                    _at += 2
                default: return nil
                }
            case 0x00..<0x20: return nil  // JSON has no raw control characters in a string
            default: utf8.append(byte)
            }
        }
        return nil
    }

    /// The value of a hexadecimal digit (either case).
    static func _nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte &- UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte &- UInt8(ascii: "a") &+ 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte &- UInt8(ascii: "A") &+ 10
        default: nil
        }
    }
}
