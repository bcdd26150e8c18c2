import CatallaxNumerics

/// The last `w` realized prices of one resource, per lane, in a ring of `w`
/// slots: the price of step `s` sits in slot `s mod w`.
///
/// ```
/// slot(s) = s mod w,   holds P(s) for  max(0, t − w) ≤ s < t     (t = recorded steps)
/// ```
///
/// The ring is the memory of ``MovingAverageForecast`` and
/// ``AutoregressiveForecast``. It is a struct of pointers, allocated once by
/// ``init(window:basePrice:)`` and freed by ``deallocate()``: copies share the
/// ring. The slot to write follows from the step, so the only other state is
/// the count of recorded steps (which checks that steps arrive in order) and
/// `p̄`.
public struct PriceHistory<V: LaneVector> {
    /// `w ≥ 1`, the number of slots.
    public let window: Int
    /// `[slot]` of lanes, `w` slots.
    @usableFromInline let _slots: UnsafeMutablePointer<V>
    /// The steps recorded since the last reset, and `p̄`.
    @usableFromInline let _state: UnsafeMutablePointer<_PriceHistoryState>

    /// An empty ring of `window` slots, with `F(0) = p̄`.
    /// - Parameters:
    ///   - window: `w ≥ 1`.
    ///   - basePrice: `p̄`, the moving average before any record.
    public init(window: Int, basePrice: Double) {
        precondition(window >= 1, "a price history needs a window of at least 1 step")
        self.window = window
        _slots = .allocate(capacity: window)
        _slots.initialize(repeating: V(), count: window)
        _state = .allocate(capacity: 1)
        _state.initialize(to: _PriceHistoryState(recordedSteps: 0, basePrice: basePrice))
    }

    /// Frees the ring; no copy may be used afterwards.
    public func deallocate() {
        _slots.deallocate()
        _state.deallocate()
    }

    /// Forgets every price (the slots are zeroed, so a reused ring carries
    /// nothing over) and sets `p̄`.
    /// - Parameter basePrice: `p̄`.
    /// - Complexity: O(w).
    public func reset(basePrice: Double) {
        _slots.update(repeating: V(), count: window)
        _state.pointee = _PriceHistoryState(recordedSteps: 0, basePrice: basePrice)
    }

    /// `p̄`, the moving average before any record.
    @inlinable
    public var basePrice: Double { _state.pointee.basePrice }

    /// `t`, the number of steps recorded since the last reset.
    @inlinable
    public var recordedSteps: Int { _state.pointee.recordedSteps }

    /// Stores `P(s)` in slot `s mod w`, overwriting `P(s − w)`.
    /// - Parameters:
    ///   - price: `P(s)` per lane.
    ///   - step: `s`, which must equal ``recordedSteps`` (steps in order).
    @inlinable
    public func record(price: V, step: Int) {
        precondition(step == recordedSteps, "prices must be recorded for steps 0, 1, 2, … in order")
        _slots[step % window] = price
        _state.pointee.recordedSteps += 1
    }

    /// `P(s)` per lane.
    /// - Parameter step: `s`, one of the last `w` recorded steps:
    ///   `max(0, t − w) ≤ s < t`.
    @inlinable
    public func price(atStep step: Int) -> V {
        precondition(step < recordedSteps && step >= max(0, recordedSteps - window), "step outside the ring")
        return _slots[step % window]
    }

    /// The moving average `F(t)` per lane: the mean of the last
    /// `n = min(t, w)` prices.
    ///
    /// ```
    /// F(t) = (P(t−n) + P(t−n+1) + … + P(t−1)) / n,   n = min(t, w);   F(0) = p̄
    /// ```
    /// The sum is recomputed from the ring each call, oldest price first,
    /// rather than kept as a running sum: a running sum (add the newest,
    /// subtract the one leaving) carries the rounding of every past step, so
    /// its bits would depend on the whole history and drift; this depends on
    /// the `n` prices only. It costs `w` additions per call, nothing next to a
    /// step of `N` agents.
    /// - Parameter step: `t`, which must equal ``recordedSteps``.
    /// - Returns: `F(t)` per lane.
    /// - Complexity: O(min(t, w)).
    @inlinable
    public func movingAverage(step: Int) -> V {
        precondition(step == recordedSteps, "the forecast of step t reads the prices of steps 0 … t−1")
        let count = min(step, window)
        guard count > 0 else { return V(repeating: basePrice) }
        return _sum(fromStep: step - count, count: count) / V(repeating: Double(count))
    }

    /// `P(s₀) + P(s₀+1) + … + P(s₀+n−1)` per lane, added in step order.
    ///
    /// The ring is walked from slot `s₀ mod w` to the end, then from slot 0,
    /// so there is no `mod` per price.
    /// - Parameters:
    ///   - first: `s₀`, with the `n` steps inside the ring.
    ///   - count: `n`, `1 ≤ n ≤ w`.
    @inlinable
    func _sum(fromStep first: Int, count: Int) -> V {
        let start = first % window
        let head = min(count, window - start)
        var sum = _slots[start]
        var slot = start + 1
        while slot < start + head {
            sum += _slots[slot]
            slot += 1
        }
        slot = 0
        while slot < count - head {
            sum += _slots[slot]
            slot += 1
        }
        return sum
    }

    /// The sample mean and sample standard deviation of `n ≥ 2` consecutive
    /// prices per lane (two passes, in step order).
    ///
    /// ```
    /// x̄ = (1/n) Σ P(s),   sd = √( Σ (P(s) − x̄)² / (n − 1) ),   s = s₀ … s₀+n−1
    /// ```
    /// Two passes, not `Σx² − n·x̄²`: the one-pass form cancels to noise for
    /// the nearly constant windows this is asked to detect.
    /// - Parameters:
    ///   - first: `s₀`, with the `n` steps inside the ring.
    ///   - count: `n`, `2 ≤ n ≤ w`.
    @inlinable
    func _meanAndDeviation(fromStep first: Int, count: Int) -> (mean: V, deviation: V) {
        let mean = _sum(fromStep: first, count: count) / V(repeating: Double(count))
        var squares = V()
        for s in first..<(first + count) {
            let d = _slots[s % window] - mean
            squares += d * d
        }
        return (mean, (squares / V(repeating: Double(count - 1))).squareRoot())
    }
}

/// The scalar state of a ``PriceHistory``.
@usableFromInline
struct _PriceHistoryState {
    /// `t`, the steps recorded since the last reset.
    @usableFromInline var recordedSteps: Int
    /// `p̄`.
    @usableFromInline var basePrice: Double

    @usableFromInline
    init(recordedSteps: Int, basePrice: Double) {
        self.recordedSteps = recordedSteps
        self.basePrice = basePrice
    }
}
