import PropertyBased
import Testing

/// Runs `body` on `count` inputs drawn from `input` by a xoshiro256**
/// generator with a fixed seed, so every run of the test sees the same inputs.
///
/// `propertyCheck` seeds itself from the system's random source on every run
/// (its `.fixedSeed` trait is meant for debugging and always records an
/// issue), while the project's tests must be reproducible. This keeps the
/// library's generators and runs them from a seed; a failing `#expect` in
/// `body` shows the input's values.
///
/// - Parameters:
///   - count: how many inputs to draw.
///   - seed: the generator's seed; any value (SplitMix64 spreads it).
///   - input: the generator to draw from.
///   - body: the property, checked with `#expect`.
func seededPropertyCheck<Value, Shrink>(
    count: Int = 200,
    seed: UInt64,
    input: Generator<Value, Shrink>,
    _ body: (Value) throws -> Void
) rethrows {
    var state = seed
    func splitMix() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    var rng = Xoshiro(seed: (splitMix(), splitMix(), splitMix(), splitMix()))
    for _ in 0..<count {
        try body(input.run(using: &rng))
    }
}

/// `|a − b| ≤ tolerance · scale`: a relative comparison against a scale
/// chosen by the caller (the data's magnitude when the compared quantity can
/// be near zero by cancellation).
func isClose(_ a: Double, _ b: Double, relative tolerance: Double, scale: Double) -> Bool {
    (a - b).magnitude <= tolerance * scale
}

/// `|a − b| ≤ tolerance · max(|a|, |b|)`.
func isClose(_ a: Double, _ b: Double, relative tolerance: Double) -> Bool {
    isClose(a, b, relative: tolerance, scale: Swift.max(a.magnitude, b.magnitude))
}
