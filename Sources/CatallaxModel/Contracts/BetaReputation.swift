/// A beta reputation (Jøsang and Ismail 2002): after `s` positive and `f`
/// negative observations, a provider's chance of success has the law
/// `Beta(s + 1, f + 1)`, and the reputation is its mean.
///
/// ```
/// ρ = (s + 1)/(s + f + 2)        ½ with no observation, always in (0, 1)
/// ```
public struct BetaReputation: Sendable, Equatable {
    /// `s`, the positive observations (a whole number).
    public var successes: Double
    /// `f`, the negative observations (a whole number).
    public var failures: Double

    /// A reputation after `successes` positive and `failures` negative observations.
    @inlinable
    public init(successes: Double = 0, failures: Double = 0) {
        self.successes = successes
        self.failures = failures
    }

    /// `ρ = (s + 1)/(s + f + 2)`, the mean of `Beta(s + 1, f + 1)`.
    @inlinable
    public var mean: Double { (successes + 1) / (successes + failures + 2) }

    /// The observations made, `s + f`.
    @inlinable
    public var observations: Double { successes + failures }

    /// Adds one observation: `s += 1` on a success, `f += 1` otherwise.
    @inlinable
    public mutating func record(success: Bool) {
        if success { successes += 1 } else { failures += 1 }
    }
}
