/// Each point's values in the coordinate columns, as result files write
/// them, kept as one text.
///
/// ```
/// text = v₀₀ US v₀₁ US … v₀ₖ  v₁₀ US …      (US = U+001F, the unit separator)
/// ends[i] = where point i's values end in text
/// ```
/// The values are spelled once, when the spec is read (its canonical text
/// needs them), and written into `runs.csv`, `points.csv` and the record
/// from here: about 70 bytes a point of a sampled design, where an array of
/// strings a point took several hundred. No value holds a control
/// character (they are numbers and words), so the separator is unambiguous.
public struct PointCoordinates: RandomAccessCollection, Sendable, Equatable {
    /// The values, separated within a point by U+001F; points back to back.
    var _text: [UInt8] = []
    /// Where each point's values end in ``_text``.
    var _ends: [Int] = []
    /// Whether the points have no columns (an empty text is then no value, not one empty value).
    var _noColumns = false

    /// No points.
    public init() {}

    /// The coordinates `values`, one array per point.
    public init(_ values: [[String]]) {
        for point in values { append(point) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { _ends.count }

    /// Point `index`'s values, one per column.
    /// - Complexity: O(length of its values).
    public subscript(index: Int) -> [String] {
        if _noColumns { return [] }
        let start = index == 0 ? 0 : _ends[index - 1]
        return _text[start..<_ends[index]].split(separator: 0x1F, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// Point `index`'s value in column `column`, without spelling its others.
    /// - Complexity: O(length of its values).
    public func value(ofPoint index: Int, column: Int) -> String {
        var start = index == 0 ? 0 : _ends[index - 1]
        let end = _ends[index]
        for _ in 0..<column {
            // Past the column's separator; a missing column is empty.
            guard let separator = _text[start..<end].firstIndex(of: 0x1F) else { return "" }
            start = separator + 1
        }
        let stop = _text[start..<end].firstIndex(of: 0x1F) ?? end
        return String(decoding: _text[start..<stop], as: UTF8.self)
    }

    /// Every point's value in column `column` as a number, `nil` where the
    /// point has no value there or its value is not one; and whether every
    /// value the column has is a number. Each text is parsed once: a large
    /// sweep's aggregated charts read the same columns of up to millions of
    /// points several times, and parsing decimals was most of their time.
    /// - Complexity: O(length of the text).
    public func numbers(inColumn column: Int) -> (values: [Double?], allNumbers: Bool) {
        var values: [Double?] = []
        values.reserveCapacity(count)
        var allNumbers = true
        for index in indices {
            let text = value(ofPoint: index, column: column)
            let number = Double(text)
            if number == nil && !text.isEmpty { allNumbers = false }
            values.append(number)
        }
        return (values, allNumbers)
    }

    /// Adds a point with `values`.
    public mutating func append(_ values: [String]) {
        _noColumns = values.isEmpty
        for (i, value) in values.enumerated() {
            if i > 0 { _text.append(0x1F) }
            _text.append(contentsOf: value.utf8)
        }
        _ends.append(_text.count)
    }

    /// Adds the points of `other` after these.
    public mutating func append(contentsOf other: PointCoordinates) {
        let offset = _text.count
        _text += other._text
        _ends += other._ends.map { $0 + offset }
        if !other.isEmpty { _noColumns = other._noColumns }
    }

    /// Makes room for `points` more points of about `bytes` bytes each.
    public mutating func reserveCapacity(points: Int, bytes: Int) {
        _text.reserveCapacity(_text.count + points * bytes)
        _ends.reserveCapacity(_ends.count + points)
    }
}
