extension RunningMoments {
    /// Folds `other` into `self`, as if `other`'s values had been added after
    /// `self`'s, by the pairwise formula of Chan, Golub & LeVeque (1979).
    ///
    /// ```
    /// n  = n_A + n_B
    /// δ  = x̄_B − x̄_A
    /// x̄  = x̄_A + δ · n_B / n
    /// M₂ = M₂_A + M₂_B + δ² · n_A · n_B / n
    /// ```
    /// with `A = self`, `B = other`; min and max combine directly.
    ///
    /// The trap it avoids: merging through raw sums (`Σx`, `Σx²`) cancels
    /// catastrophically; this form adds only non-negative terms to `M₂`.
    ///
    /// Determinism: the result is a pure function of the two operands *in
    /// this order*. It agrees with adding all values one by one only up to
    /// rounding, and `(a ⊕ b) ⊕ c` may differ from `a ⊕ (b ⊕ c)` in the last
    /// bits (floating-point merging is not associative, nor bitwise
    /// commutative). Bit-identical sweep output across thread counts comes
    /// from merging in a fixed order (by batch index), not from any algebraic
    /// property of this formula. Merging an empty accumulator on either side
    /// returns the other operand exactly.
    ///
    /// - Parameter other: the accumulator of the values that come after
    ///   `self`'s.
    /// - Chan, T. F., Golub, G. H. & LeVeque, R. J. (1979). Updating formulae
    ///   and a pairwise algorithm for computing sample variances. Stanford
    ///   report STAN-CS-79-773; also in *COMPSTAT 1982*, 30–41.
    public mutating func merge(with other: RunningMoments) {
        guard other.count > 0 else { return }
        guard count > 0 else {
            self = other
            return
        }
        let n = count + other.count
        // wB = n_B / n, so δ²·n_A·n_B/n = δ·δ·n_A·wB; both terms below are ≥ 0.
        let weightOfOther = Double(other.count) / Double(n)
        let delta = other._mean - _mean
        _mean += delta * weightOfOther
        sumOfSquaredDeviations += other.sumOfSquaredDeviations
            + delta * delta * Double(count) * weightOfOther
        count = n
        _min = Swift.min(_min, other._min)
        _max = Swift.max(_max, other._max)
    }

    /// The merge of `self` followed by `other`; see ``merge(with:)``.
    ///
    /// - Parameter other: the accumulator of the values that come after
    ///   `self`'s.
    /// - Returns: the combined accumulator.
    public func merged(with other: RunningMoments) -> RunningMoments {
        var result = self
        result.merge(with: other)
        return result
    }
}
