import CatallaxNumerics

/// The `ar1` forecast: an AR(1) model of the price, refit by least squares
/// every `k` steps over the last `w` prices, averaged over the next `h` steps
/// (docs/ResourceEconomy.md, "Forecasts").
///
/// ```
/// fit at t ≥ w with (t − w) mod k = 0:
///     P(s+1) ≈ c + φ·P(s),   s = t−w … t−2     (w − 1 rows, design [1, P(s)], LAPACK dgels)
/// F(t) = (1/h) Σ_{k=1}^{h} P̂_k,   P̂_0 = P(t−1),   P̂_k = c + φ·P̂_{k−1},   h = max(1, horizon)
/// F(t) = the moving average of the last min(t, w) prices (``MovingAverageForecast``)
///        before the first fit, and until the next refit when the fit is unusable:
///        the window's sample sd ≤ 10⁻⁹·its mean (w prices), dgels reports a
///        rank-deficient design (info > 0), c or φ is not finite, or |φ| ≥ 0.999
/// ```
/// The last fit is kept, per lane, until the next refit, and applied each
/// step to the newest price `P(t−1)`.
///
/// The fit happens in ``record(price:step:)`` of step `t − 1`, the step
/// whose price completes the window, so ``forecast(step:)`` only reads. It
/// runs lane by lane (see `AutoregressiveForecast+Fit.swift`): each lane's
/// window is gathered into one scalar column-major design and right-hand
/// side, and solved by ``InPlaceLeastSquares`` in buffers allocated once by
/// `init`, so no step allocates. That is `M·lanes` solves of `(w − 1) × 2`
/// per refit, small next to a step of `N` agents.
///
/// The `sd` test looks at all `w` prices, as the spec says. A window whose
/// regressors `P(t−w … t−2)` are constant but whose last price is not (a
/// price held at a floor, then released) passes it although the design is
/// rank-deficient; `dgels` then either reports it (`info > 0`) or returns a
/// `φ` of rounding noise, far past 0.999 (`|φ|` from 10⁵ to 10¹⁶ in the
/// tests' windows of 5 to 47 rows), so the fit is unusable either way.
public struct AutoregressiveForecast<V: LaneVector>: PriceForecast {
    /// The lane vector: one replicate per lane.
    public typealias Lanes = V

    /// The last `w` prices; the moving average is also the fallback.
    public let history: PriceHistory<V>
    /// `k ≥ 1`, the steps between refits (`refit`, `k_f`).
    public let refitInterval: Int
    /// `h = max(1, horizon)`, the steps the forecast averages over.
    public let horizon: Int
    /// `[0]`: `c`; `[1]`: `φ`; `[2]`: 1 where the lane's last fit is usable, else 0.
    @usableFromInline let _fit: UnsafeMutablePointer<V>
    /// The design `[1, P(s)]`, `(w − 1) × 2` column-major, for one lane's fit.
    @usableFromInline let _design: UnsafeMutablePointer<Double>
    /// The right-hand side `P(s+1)`, `w − 1` entries; `(c, φ)` after the solve.
    @usableFromInline let _response: UnsafeMutablePointer<Double>
    /// `dgels`'s workspace, sized once by ``InPlaceLeastSquares/workspaceCount(rows:columns:)``.
    @usableFromInline let _workspace: UnsafeMutableBufferPointer<Double>

    /// Where a lane's fit is unusable: `|φ| ≥ slopeLimit`, whose forecast
    /// would not settle (or settles too slowly to mean anything) within `h`.
    public static var slopeLimit: Double { 0.999 }

    /// Where a lane's fit is unusable: `sd ≤ flatness·mean` over the window,
    /// a nearly constant price for which the design is rank-deficient.
    public static var flatness: Double { 1e-9 }

    /// Allocates the ring, the coefficients and the fit's scratch, and starts
    /// at `F(0) = p̄`.
    /// - Parameters:
    ///   - window: `w ≥ 3` (`window`, `w_f`): the fit has `w − 1 ≥ 2` rows.
    ///   - refitInterval: `k ≥ 1` (`refit`, `k_f`).
    ///   - horizon: `h_a ≥ 0` (`ahead_steps`); the forecast averages
    ///     `max(1, h_a)` steps.
    ///   - basePrice: `p̄`.
    public init(window: Int, refitInterval: Int, horizon: Int, basePrice: Double) {
        precondition(window >= 3, "an AR(1) fit needs a window of at least 3 prices")
        precondition(refitInterval >= 1, "the refit interval must be at least 1 step")
        precondition(horizon >= 0, "the forecast horizon must not be negative")
        history = PriceHistory(window: window, basePrice: basePrice)
        self.refitInterval = refitInterval
        self.horizon = max(1, horizon)
        _fit = .allocate(capacity: 3)
        _fit.initialize(repeating: V(), count: 3)
        let rows = window - 1
        // 64-byte aligned, so OpenBLAS sees the same alignment whichever lane
        // width allocated the buffers (its kernels may split loops by it).
        _design = Self._allocateAligned(count: 2 * rows)
        _response = Self._allocateAligned(count: rows)
        let workspaceCount = InPlaceLeastSquares.workspaceCount(rows: rows, columns: 2)
        _workspace = UnsafeMutableBufferPointer(start: Self._allocateAligned(count: workspaceCount), count: workspaceCount)
    }

    /// `count` zeroed doubles at a 64-byte boundary.
    static func _allocateAligned(count: Int) -> UnsafeMutablePointer<Double> {
        let raw = UnsafeMutableRawPointer.allocate(byteCount: count * MemoryLayout<Double>.stride, alignment: 64)
        return raw.initializeMemory(as: Double.self, repeating: 0, count: count)
    }

    /// Forgets every price and fit; `F(0) = p̄`.
    /// - Parameter basePrice: `p̄`.
    /// - Complexity: O(w).
    public func reset(basePrice: Double) {
        history.reset(basePrice: basePrice)
        _fit.update(repeating: V(), count: 3)
    }

    /// Frees the ring, the coefficients and the scratch.
    public func deallocate() {
        history.deallocate()
        _fit.deallocate()
        UnsafeMutableRawPointer(_design).deallocate()
        UnsafeMutableRawPointer(_response).deallocate()
        UnsafeMutableRawPointer(_workspace.baseAddress!).deallocate()
    }

    /// `w`, the prices in the window.
    @inlinable
    public var window: Int { history.window }

    /// The last fit per lane: `c`, `φ` (as `dgels` returned them, even where
    /// unusable; 0 before the first fit) and where it is usable.
    @inlinable
    public var fit: (intercept: V, slope: V, isUsable: SIMDMask<V.MaskStorage>) {
        (_fit[0], _fit[1], _fit[2] .> 0)
    }

    /// Whether the forecast of step `t` refits: `t ≥ w` and `(t − w) mod k = 0`.
    /// - Parameter step: `t`.
    @inlinable
    public func refits(atStep step: Int) -> Bool {
        step >= window && (step - window) % refitInterval == 0
    }

    /// Records `P(t)` in slot `t mod w`; when step `t + 1` refits, fits every
    /// lane on the window `P(t+1−w … t)` now.
    /// - Parameters:
    ///   - price: `P(t)` per lane.
    ///   - step: `t`, the steps recorded so far.
    /// - Complexity: O(1), or O(w·lanes) in a step that refits.
    @inlinable
    public func record(price: V, step: Int) {
        history.record(price: price, step: step)
        if refits(atStep: step + 1) { _refit(forStep: step + 1) }
    }

    /// `F(t)` per lane: the mean AR(1) path over the next `h` steps where the
    /// lane's last fit is usable, else the moving average.
    ///
    /// ```
    /// P̂_0 = P(t−1),   P̂_k = c + φ·P̂_{k−1},   F = (P̂_1 + … + P̂_h) / h
    /// ```
    /// Each `P̂_k` is a multiplication then an addition, no fused
    /// multiply-add; the sum runs in `k` order and is divided by `h` once.
    /// - Parameter step: `t`, the steps recorded so far.
    /// - Returns: `F(t)` per lane.
    /// - Complexity: O(h + w).
    @inlinable
    public func forecast(step: Int) -> V {
        precondition(step == history.recordedSteps, "the forecast of step t reads the prices of steps 0 … t−1")
        let usable = _fit[2] .> 0
        // The moving average only where it is the answer.
        let fallback = V.allLanes(usable) ? V() : history.movingAverage(step: step)
        guard V.anyLane(usable) else { return fallback }
        // Unusable lanes iterate with c = φ = 0, so no overflow or NaN is
        // computed only to be discarded.
        let c = V().replacing(with: _fit[0], where: usable)
        let slope = V().replacing(with: _fit[1], where: usable)
        var path = history.price(atStep: step - 1)
        var sum = V()
        for _ in 0..<horizon {
            path = c + slope * path
            sum += path
        }
        return fallback.replacing(with: sum / V(repeating: Double(horizon)), where: usable)
    }
}
