// Lane arithmetic that is one vector operation for every lane width, before
// the optimizer sees it.
//
// The standard library's generic `SIMD` arithmetic is a loop over lanes: a
// kernel specialized for `SIMD8<Double>` reaches the SIL optimizer as eight
// scalar operations per `+`, and LLVM has to put them back into vectors. That
// was most of the time of compiling the kernels (docs/PERFORMANCE.md,
// "Session 23"). The members below are more specific than the `SIMD`
// defaults, so every `V: LaneVector` expression uses them after
// specialization, and each goes through a `_lanes…` requirement to one
// `CLaneArithmetic` vector operation (LaneVector+VectorOperations.swift).
//
// The results are the standard library's, bit for bit: each operation is the
// same correctly rounded IEEE-754 operation per lane, so a lane's value does
// not depend on the lane width.

extension LaneVector {
    /// Lane-wise sum.
    ///
    /// ```
    /// (a + b)[i] = a[i] + b[i]
    /// ```
    @inlinable @_transparent
    public static func + (a: Self, b: Self) -> Self { _lanesAdd(a, b) }

    /// Lane-wise difference.
    ///
    /// ```
    /// (a − b)[i] = a[i] − b[i]
    /// ```
    @inlinable @_transparent
    public static func - (a: Self, b: Self) -> Self { _lanesSubtract(a, b) }

    /// Lane-wise product.
    ///
    /// ```
    /// (a × b)[i] = a[i] × b[i]
    /// ```
    @inlinable @_transparent
    public static func * (a: Self, b: Self) -> Self { _lanesMultiply(a, b) }

    /// Lane-wise quotient.
    ///
    /// ```
    /// (a ÷ b)[i] = a[i] ÷ b[i]
    /// ```
    @inlinable @_transparent
    public static func / (a: Self, b: Self) -> Self { _lanesDivide(a, b) }

    /// Every lane negated (the sign bit flipped, also of zeros and NaNs).
    @inlinable @_transparent
    public static prefix func - (a: Self) -> Self { _lanesNegate(a) }

    /// `a + b` with `b` in every lane.
    @inlinable @_transparent
    public static func + (a: Self, b: Double) -> Self { _lanesAdd(a, Self(repeating: b)) }

    /// `a + b` with `a` in every lane.
    @inlinable @_transparent
    public static func + (a: Double, b: Self) -> Self { _lanesAdd(Self(repeating: a), b) }

    /// `a − b` with `b` in every lane.
    @inlinable @_transparent
    public static func - (a: Self, b: Double) -> Self { _lanesSubtract(a, Self(repeating: b)) }

    /// `a − b` with `a` in every lane.
    @inlinable @_transparent
    public static func - (a: Double, b: Self) -> Self { _lanesSubtract(Self(repeating: a), b) }

    /// `a × b` with `b` in every lane.
    @inlinable @_transparent
    public static func * (a: Self, b: Double) -> Self { _lanesMultiply(a, Self(repeating: b)) }

    /// `a × b` with `a` in every lane.
    @inlinable @_transparent
    public static func * (a: Double, b: Self) -> Self { _lanesMultiply(Self(repeating: a), b) }

    /// `a ÷ b` with `b` in every lane.
    @inlinable @_transparent
    public static func / (a: Self, b: Double) -> Self { _lanesDivide(a, Self(repeating: b)) }

    /// `a ÷ b` with `a` in every lane.
    @inlinable @_transparent
    public static func / (a: Double, b: Self) -> Self { _lanesDivide(Self(repeating: a), b) }

    /// `a = a + b`, lane-wise.
    @inlinable @_transparent
    public static func += (a: inout Self, b: Self) { a = _lanesAdd(a, b) }

    /// `a = a − b`, lane-wise.
    @inlinable @_transparent
    public static func -= (a: inout Self, b: Self) { a = _lanesSubtract(a, b) }

    /// `a = a × b`, lane-wise.
    @inlinable @_transparent
    public static func *= (a: inout Self, b: Self) { a = _lanesMultiply(a, b) }

    /// `a = a ÷ b`, lane-wise.
    @inlinable @_transparent
    public static func /= (a: inout Self, b: Self) { a = _lanesDivide(a, b) }

    /// `a = a + b` with `b` in every lane.
    @inlinable @_transparent
    public static func += (a: inout Self, b: Double) { a = _lanesAdd(a, Self(repeating: b)) }

    /// `a = a − b` with `b` in every lane.
    @inlinable @_transparent
    public static func -= (a: inout Self, b: Double) { a = _lanesSubtract(a, Self(repeating: b)) }

    /// `a = a × b` with `b` in every lane.
    @inlinable @_transparent
    public static func *= (a: inout Self, b: Double) { a = _lanesMultiply(a, Self(repeating: b)) }

    /// `a = a ÷ b` with `b` in every lane.
    @inlinable @_transparent
    public static func /= (a: inout Self, b: Double) { a = _lanesDivide(a, Self(repeating: b)) }
}

extension LaneVector {
    /// `self + a·b` in every lane with one rounding (one vector FMA).
    ///
    /// ```
    /// result[i] = fma(a[i], b[i], self[i])
    /// ```
    @inlinable @_transparent
    public func addingProduct(_ a: Self, _ b: Self) -> Self { Self._lanesFusedMultiplyAdd(a, b, self) }

    /// `self + a·b` with `a` in every lane, one rounding.
    @inlinable @_transparent
    public func addingProduct(_ a: Double, _ b: Self) -> Self {
        Self._lanesFusedMultiplyAdd(Self(repeating: a), b, self)
    }

    /// `self + a·b` with `b` in every lane, one rounding.
    @inlinable @_transparent
    public func addingProduct(_ a: Self, _ b: Double) -> Self {
        Self._lanesFusedMultiplyAdd(a, Self(repeating: b), self)
    }

    /// `self = self + a·b` in every lane with one rounding.
    @inlinable @_transparent
    public mutating func addProduct(_ a: Self, _ b: Self) { self = Self._lanesFusedMultiplyAdd(a, b, self) }

    /// The correctly rounded square root of every lane (NaN for negative lanes, `−0` for `−0`).
    @inlinable @_transparent
    public func squareRoot() -> Self { Self._lanesSquareRoot(self) }

    /// Every lane rounded to an integral value by `rule`, as `Double.rounded(_:)` rounds one.
    ///
    /// `rule` is a constant at every call site, so the switch folds to one
    /// vector rounding; `.awayFromZero` is the one rule without an
    /// instruction, a ceiling or floor chosen by sign.
    @inlinable @_transparent
    public func rounded(_ rule: FloatingPointRoundingRule) -> Self {
        switch rule {
        case .down: Self._lanesFloor(self)
        case .up: Self._lanesCeiling(self)
        case .towardZero: Self._lanesTruncate(self)
        case .toNearestOrAwayFromZero: Self._lanesRoundHalfAway(self)
        case .toNearestOrEven: Self._lanesRoundHalfEven(self)
        case .awayFromZero:
            Self._lanesSelect(self .< Self.zero, Self._lanesFloor(self), Self._lanesCeiling(self))
        @unknown default: _roundedLaneByLane(rule)
        }
    }

    /// `rounded(_:)` for a rule this code does not know, one lane at a time.
    @inlinable
    internal func _roundedLaneByLane(_ rule: FloatingPointRoundingRule) -> Self {
        var result = self
        for i in result.indices { result[i] = self[i].rounded(rule) }
        return result
    }

    /// `other` in the lanes where `mask` is set, `self` in the rest (one blend).
    ///
    /// ```
    /// result[i] = mask[i] ? other[i] : self[i]
    /// ```
    @inlinable @_transparent
    public func replacing(with other: Self, where mask: SIMDMask<MaskStorage>) -> Self {
        Self._lanesSelect(mask, other, self)
    }

    /// `other` in the lanes where `mask` is set, `self` in the rest (one blend).
    @inlinable @_transparent
    public func replacing(with other: Double, where mask: SIMDMask<MaskStorage>) -> Self {
        Self._lanesSelect(mask, Self(repeating: other), self)
    }

    /// Sets the lanes where `mask` is set to `other`'s.
    @inlinable @_transparent
    public mutating func replace(with other: Self, where mask: SIMDMask<MaskStorage>) {
        self = Self._lanesSelect(mask, other, self)
    }

    /// Sets the lanes where `mask` is set to `other`.
    @inlinable @_transparent
    public mutating func replace(with other: Double, where mask: SIMDMask<MaskStorage>) {
        self = Self._lanesSelect(mask, Self(repeating: other), self)
    }
}
