/// How a commission rate adjusts (`docs/Incentives.md`, "AdaptiveCommission").
///
/// ```
/// fixed:   r stays
/// drift:   r ← clip(r ± δ, lo, hi), up or down by a fair coin (the seed's drifting commissions)
/// volume:  r ← clip(r + δ, lo, hi) if this period's volume ≥ the last period's, else clip(r − δ, lo, hi)
/// ```
public enum CommissionRule: String, CaseIterable, Sendable, ParameterChoice {
    /// The rate never changes.
    case fixed
    /// A random walk of step `δ`.
    case drift
    /// Follows the trade volume: up while it grows, down while it shrinks.
    case volume
}

/// A commission on trade value that adapts every `period` steps by a
/// ``CommissionRule``: the trader pays `r·v` on a trade of value `v` (it is
/// never free), and the rate moves within `[lo, hi]`:
///
/// ```
/// commission(v) = r·v
/// at the end of steps with (t + 1) mod period = 0:   r ← clip(r ± δ, lo, hi)
/// ```
public struct AdaptiveCommission: Sendable, Equatable {
    /// `r`, the current rate.
    public private(set) var rate: Double
    /// `lo`, `hi`: the rate's bounds.
    public let lowest: Double, highest: Double
    /// `δ`: one adjustment.
    public let step: Double
    /// Steps between adjustments.
    public let period: Int
    /// The rule.
    public let rule: CommissionRule
    /// Trade value this period and last period.
    public private(set) var volume = 0.0, lastVolume = 0.0

    /// A commission starting at `rate ∈ [lo, hi]`.
    public init(rate: Double, lowest: Double, highest: Double, step: Double, period: Int, rule: CommissionRule) {
        precondition(lowest <= rate && rate <= highest && period >= 1 && step >= 0, "a commission needs lo ≤ r ≤ hi, δ ≥ 0, period ≥ 1")
        self.rate = rate
        self.lowest = lowest
        self.highest = highest
        self.step = step
        self.period = period
        self.rule = rule
    }

    /// `r·v`, the commission the trader pays on a trade of value `v`; the
    /// value counts toward the period's volume.
    public mutating func charge(onValue value: Double) -> Double {
        volume += value
        return rate * value
    }

    /// Ends step `t`: at the end of a period, adjusts the rate by the rule.
    /// - Parameters:
    ///   - t: the step that ends.
    ///   - coinUp: the fair coin of `drift` (read only then).
    /// - Returns: whether the rate was adjusted (a period ended).
    @discardableResult
    public mutating func endStep(_ t: Int, coinUp: Bool) -> Bool {
        guard (t + 1) % period == 0 else { return false }
        let up: Bool
        switch rule {
        case .fixed:
            up = false
        case .drift:
            up = coinUp
        case .volume:
            up = volume >= lastVolume
        }
        if rule != .fixed { rate = min(highest, max(lowest, up ? rate + step : rate - step)) }
        lastVolume = volume
        volume = 0
        return true
    }
}
