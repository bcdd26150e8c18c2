extension RunningMoments: Codable {
    internal enum CodingKeys: String, CodingKey {
        case count, mean, sumOfSquaredDeviations, min, max
    }

    /// Decodes the exact state written by ``encode(to:)``.
    ///
    /// An empty accumulator is stored as `{"count": 0}`; otherwise all five
    /// fields are present and finite.
    ///
    /// - Parameter decoder: the decoder (for the journal, JSON).
    /// - Throws: `DecodingError.dataCorrupted` when the count is negative, a
    ///   field is non-finite, `M₂ < 0`, or `min > max`. (The mean is not
    ///   checked against `[min, max]`: rounding may put it an ulp outside.)
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let count = try container.decode(Int.self, forKey: .count)
        self.init()
        guard count != 0 else { return }
        let mean = try container.decode(Double.self, forKey: .mean)
        let m2 = try container.decode(Double.self, forKey: .sumOfSquaredDeviations)
        let min = try container.decode(Double.self, forKey: .min)
        let max = try container.decode(Double.self, forKey: .max)
        let valid = count > 0 && mean.isFinite && m2.isFinite && m2 >= 0
            && min.isFinite && max.isFinite && min <= max
        guard valid else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: container.codingPath,
                debugDescription: "RunningMoments needs count ≥ 0, finite fields, sumOfSquaredDeviations ≥ 0 "
                    + "and min ≤ max; got count \(count), mean \(mean), "
                    + "sumOfSquaredDeviations \(m2), min \(min), max \(max)."))
        }
        self.count = count
        _mean = mean
        sumOfSquaredDeviations = m2
        _min = min
        _max = max
    }

    /// Encodes the exact state, so a decoded accumulator merges and reports
    /// bit-identically to the original (JSON writes the shortest decimal that
    /// round-trips each `Double`).
    ///
    /// The empty state is written as the count alone, since its internal
    /// sentinels (`min = +∞`, `max = −∞`) are not representable in JSON.
    ///
    /// - Parameter encoder: the encoder.
    /// - Throws: whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(count, forKey: .count)
        guard count > 0 else { return }
        try container.encode(_mean, forKey: .mean)
        try container.encode(sumOfSquaredDeviations, forKey: .sumOfSquaredDeviations)
        try container.encode(_min, forKey: .min)
        try container.encode(_max, forKey: .max)
    }
}
