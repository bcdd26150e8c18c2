extension LaneMath {
    /// `eˣ` of one value, as one lane of ``exp(_:)-(V)``: scalar code (per-lane
    /// set-up, a run's own draws) then gets the bits the lane kernels get,
    /// on every CPU, which the C library does not promise.
    @inlinable
    public static func exp(_ x: Double) -> Double { exp(SIMD2(repeating: x))[0] }

    /// `ln x` of one value, as one lane of ``log(_:)-(V)`` (see ``exp(_:)-(Double)``).
    @inlinable
    public static func log(_ x: Double) -> Double { log(SIMD2(repeating: x))[0] }

    /// `ln(1 + x)` of one value, as one lane of ``log1p(_:)-(V)`` (see ``exp(_:)-(Double)``).
    @inlinable
    public static func log1p(_ x: Double) -> Double { log1p(SIMD2(repeating: x))[0] }
}
