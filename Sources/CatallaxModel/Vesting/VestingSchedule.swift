/// How locked tokens unlock (`docs/Vesting.md`). Each holder
/// has a vesting clock `τ` that the rule advances; the unlocked share of
/// an allocation `a` is `F(τ)`:
///
/// ```
/// linear:    clock every step;            F(τ) = min(1, τ/D)
/// cliff:     clock every step;            F(τ) = 0 for τ < C, else min(1, τ/D)
/// price:     clock in steps with P ≥ g·P₀; F(τ) = min(1, τ/D)
/// activity:  clock in steps the holder is active; F(τ) = min(1, τ/D)
/// ```
/// `F` is non-decreasing in `τ`, and `τ` never decreases, so the unlocked
/// amount `a·F(τ)` is monotone and never exceeds `a`.
public enum VestingRule: String, CaseIterable, Sendable, ParameterChoice {
    /// Linear over `D` steps.
    case linear
    /// Nothing before `C` steps, then linear to `D`.
    case cliff
    /// Linear, but the clock runs only while the price is at or above the gate.
    case price
    /// Linear, but the clock runs only in steps the holder trades.
    case activity
}

/// A vesting schedule: the rule and its constants.
public struct VestingSchedule: Sendable, Equatable {
    /// The rule.
    public var rule: VestingRule
    /// `D ≥ 1`: clock steps to unlock everything.
    public var duration: Int
    /// `C ≥ 0`: the cliff (read by `cliff`).
    public var cliff: Int
    /// `g·P₀`: the price at or above which the `price` clock runs.
    public var gatePrice: Double

    /// A schedule by `rule`.
    public init(rule: VestingRule, duration: Int, cliff: Int = 0, gatePrice: Double = 0) {
        precondition(duration >= 1 && cliff >= 0, "vesting needs D ≥ 1 and C ≥ 0")
        self.rule = rule
        self.duration = duration
        self.cliff = cliff
        self.gatePrice = gatePrice
    }

    /// Whether a holder's clock advances in a step at price `price` in which
    /// the holder is active (`isActive`) or not.
    @inlinable
    public func clockAdvances(price: Double, isActive: Bool) -> Bool {
        switch rule {
        case .linear, .cliff: true
        case .price: price >= gatePrice
        case .activity: isActive
        }
    }

    /// `F(τ) ∈ [0, 1]`, the unlocked share after `clock` clock steps.
    @inlinable
    public func unlockedShare(clock: Int) -> Double {
        if rule == .cliff && clock < cliff { return 0 }
        return clock >= duration ? 1 : Double(clock) / Double(duration)
    }

    /// `a·F(τ)`, the unlocked amount of an allocation `allocation` after
    /// `clock` clock steps; exactly `a` once `τ ≥ D` (and, for `cliff`, `τ ≥ C`).
    @inlinable
    public func unlocked(_ allocation: Double, clock: Int) -> Double {
        // The cliff first: with `C > D` nothing unlocks before `C` either.
        if rule == .cliff && clock < cliff { return 0 }
        return clock >= duration ? allocation : allocation * unlockedShare(clock: clock)
    }
}
