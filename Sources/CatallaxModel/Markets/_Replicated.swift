// The scalar conveniences of the lane-form markets (water filling,
// proportional share, the uniform-price auction) run the lane form itself on
// a `SIMD2` whose two lanes are equal, so a test of the scalar form tests the
// very operations the kernel specializes, and the two agree bit for bit.

/// Each value in both lanes of a `SIMD2`.
///
/// ```
/// result[i] = (values[i], values[i])
/// ```
internal func _replicated(_ values: [Double]) -> [SIMD2<Double>] {
    values.map { SIMD2(repeating: $0) }
}
