/// Who pays the affiliate and staking rewards (`docs/TokenLaunch.md`,
/// "Prices, reserve and units").
///
/// ```
/// minted:    x new units to the payee;  S += x,  U += c·(R(S + x) − R(S))      (inflation, unbacked)
/// treasury:  x·P currency to the payee from the treasury, if T ≥ x·P; else unpaid += x·P
/// ```
public enum RewardSource: String, CaseIterable, Sendable, ParameterChoice {
    /// New tokens nobody pays the curve for.
    case minted
    /// The treasury, in currency, only what it holds.
    case treasury
}

/// How the launch controls its price (`docs/TokenLaunch.md`, step 6).
///
/// ```
/// none:    c = 1, σ = 1
/// p, pi:   c ← clip(c·(1 + u), c_lo, c_hi),  u = clip(K_p·e [+ K_i·I], −u_max, u_max)   (treasury-backed)
/// rebase:    σ ← σ·(1 + clip(d/L_r, −c_r, c_r)) when |d| ≥ θ_r,  d = P/P* − 1
/// schedule:  c ← 1 + (c_T − 1)·(t + 1)/T   (open loop, treasury-backed, no feedback)
/// ```
public enum LaunchController: String, CaseIterable, Sendable, ParameterChoice {
    /// No control.
    case none
    /// Proportional control of the curve's level.
    case p
    /// Proportional-integral control of the curve's level, with a leaky integral.
    case pi
    /// Ampleforth's supply rebase.
    case rebase
    /// The level ramped linearly from 1 to `c_T` over the run (a ``ParameterSchedule``).
    case schedule
}
