import CatallaxNumerics

/// Streaming per-lane price metrics: fed one price per step, it keeps the
/// volatility (Welford's running moments of log returns), the running peak
/// and maximum drawdown, the first and last price, and the shock response,
/// so that nothing grows with the number of steps.
///
/// Each lane is its own run; the arithmetic is lane-wise, so a lane's result
/// does not depend on the lane width it ran in.
@usableFromInline
struct LanePriceTracker<V: LaneVector> {
    @usableFromInline var _returns: Double = 0
    @usableFromInline var _mean = V()
    @usableFromInline var _m2 = V()
    @usableFromInline var _first = V()
    @usableFromInline var _last = V()
    @usableFromInline var _peak = V()
    @usableFromInline var _maxDrawdown = V()
    // Shock response: P at the shock step, the drop after it, the first
    // recovery step (∞ until it happens).
    @usableFromInline let _shockStep: Int
    @usableFromInline var _shockReference = V()
    @usableFromInline var _shockDrop = V()
    @usableFromInline var _recovery = V(repeating: .infinity)

    @inlinable
    init(shockStep: Int) {
        _shockStep = shockStep
    }

    /// Takes `P_t`, the price at the start of step `t` (or `P_T` after the last step).
    @inlinable @inline(__always)
    mutating func record(_ price: V, atStep t: Int) {
        if t == 0 {
            _first = price
            _peak = price
        } else {
            // Welford (1962): mean and M2 of r_t = ln(P_t / P_{t−1}).
            let r = LaneMath.log(price / _last)
            _returns += 1
            let delta = r - _mean
            _mean += delta / V(repeating: _returns)
            _m2 += delta * (r - _mean)
            _peak = V.maximum(_peak, price)
            _maxDrawdown = V.maximum(_maxDrawdown, 1 - price / _peak)
        }
        _last = price
        if t == _shockStep {
            _shockReference = price
        } else if t > _shockStep {
            if t == _shockStep + 1 { _shockDrop = 1 - price / _shockReference }
            let recovered = (price .>= 0.95 * _shockReference) .& (_recovery .== .infinity)
            _recovery.replace(with: Double(t - _shockStep), where: recovered)
        }
    }

    /// Sample standard deviation (n−1) of the recorded log returns.
    @inlinable var volatility: V { (_m2 / V(repeating: _returns - 1)).squareRoot() }
    /// `ln(P_T / P_0)`.
    @inlinable var logReturn: V { LaneMath.log(_last / _first) }
    /// The largest drawdown seen.
    @inlinable var maxDrawdown: V { _maxDrawdown }
    /// The last price recorded.
    @inlinable var lastPrice: V { _last }
    /// `1 − P_{t_shock+1}/P_{t_shock}`.
    @inlinable var shockDrop: V { _shockDrop }
    /// Recovery steps, with never-recovered lanes censored at `T − t_shock`.
    @inlinable func recoverySteps(steps: Int) -> (steps: V, censored: V) {
        let censored = _recovery .== .infinity
        return (_recovery.replacing(with: Double(steps - _shockStep), where: censored),
                V(repeating: 0).replacing(with: 1, where: censored))
    }
}
