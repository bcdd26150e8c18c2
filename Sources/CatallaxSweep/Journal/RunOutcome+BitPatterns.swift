import CatallaxModel

extension RunOutcome {
    /// The outcome journaled as `bitPatterns` and `failure`: each value as
    /// its IEEE-754 bit pattern in hexadecimal (`nil` where a metric does
    /// not apply; written by ``JournalLine/outcome(_:replicate:)``), how
    /// journals keep outcomes exactly, so that a resumed run writes the
    /// bytes an uninterrupted one would. `nil` when a value is not a 64-bit
    /// pattern in hexadecimal (a record no journal writes).
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
