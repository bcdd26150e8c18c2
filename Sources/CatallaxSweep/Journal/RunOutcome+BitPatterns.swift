import CatallaxModel

extension RunOutcome {
    /// Each value as its IEEE-754 bit pattern in hexadecimal (`nil` where a
    /// metric does not apply): how journals keep outcomes exactly, so that a
    /// resumed run writes the bytes an uninterrupted one would.
    package var bitPatterns: [String?] {
        values.map { $0.map { String($0.bitPattern, radix: 16) } }
    }

    /// The outcome journaled as `bitPatterns` and `failure`; `nil` when a
    /// value is not a 64-bit pattern in hexadecimal (a record no journal writes).
    package init?(bitPatterns: [String?], failure: String?) {
        var values: [Double?] = []
        for text in bitPatterns {
            guard let text else { values.append(nil); continue }
            guard let bits = UInt64(text, radix: 16) else { return nil }
            values.append(Double(bitPattern: bits))
        }
        self.init(values: values, failure: failure)
    }
}
