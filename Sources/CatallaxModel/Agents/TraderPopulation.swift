/// The reference trader population (`REFERENCE-SCENARIO.md`, "State of one
/// run" and step 2): `N` agents, the first `⌊f_noise·N + ½⌋` noise traders,
/// the next `⌊f_mom·N + ½⌋` momentum traders, the rest fundamentalists with
/// log-normal beliefs, each active in a step with probability `p_act`.
///
/// Written once and composed by every scenario that trades with it (the
/// curve economy, the market-clearing economy): its parameters are declared
/// in `TraderPopulation+Fields.swift`, its decision rule in
/// ``TraderRule``. Scenarios hold it as `population` and read its fields
/// through ``TradingScenario``'s dynamic member lookup (`p.activity`).
public struct TraderPopulation: Sendable, Equatable {
    /// `N`: number of agents.
    public var agents: Int = 1000
    /// `p_act`: probability an agent is active in a step.
    public var activity: Double = 0.1
    /// `q_max`: the largest fraction of an agent's currency or tokens one order moves.
    public var maxFraction: Double = 0.1
    /// `L`: momentum look-back in steps.
    public var lag: Int = 10
    /// `θ_m`: momentum traders act when `|ln(P_t/P_{t−L})| > θ_m`.
    public var momentumThreshold: Double = 0.01
    /// `θ_f`: fundamentalists act when `|(V_i − P_t)/V_i| > θ_f`.
    public var valueThreshold: Double = 0.02
    /// `κ`: order fraction per unit of signal.
    public var reactivity: Double = 1
    /// `σ_V`: log-normal spread of fundamentalists' beliefs around `V₀`.
    public var beliefSpread: Double = 0.1
    /// `f_noise`: share of agents that are noise traders.
    public var noiseShare: Double = 0.6
    /// `f_mom`: share of agents that are momentum traders.
    public var momentumShare: Double = 0.2

    /// The reference population.
    public init() {}

    /// Number of noise traders, `⌊f_noise·N + ½⌋` (the first agents by index).
    public var noiseTraders: Int { Int((noiseShare * Double(agents) + 0.5).rounded(.down)) }
    /// Number of momentum traders, `⌊f_mom·N + ½⌋` (after the noise traders).
    public var momentumTraders: Int { Int((momentumShare * Double(agents) + 0.5).rounded(.down)) }
    /// Number of fundamentalists: the rest.
    public var fundamentalists: Int { agents - noiseTraders - momentumTraders }

    /// Checks that the shares leave a non-negative rest: `f_noise + f_mom ≤ 1`.
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)``.
    public func validate() throws(ParameterError) {
        if noiseShare + momentumShare > 1 + 1e-12 {
            throw .inconsistent(keys: ["f_noise", "f_mom"], reason: "f_noise + f_mom = \(noiseShare + momentumShare) exceeds 1")
        }
    }
}

/// A scenario whose agents are the reference trader population: its
/// parameters hold a ``TraderPopulation`` and read its fields directly
/// (`p.activity`, `p.noiseTraders`).
@dynamicMemberLookup
public protocol TradingScenario {
    /// The population.
    var population: TraderPopulation { get set }
}

extension TradingScenario {
    /// The population's field `member`.
    public subscript<T>(dynamicMember member: WritableKeyPath<TraderPopulation, T>) -> T {
        get { population[keyPath: member] }
        set { population[keyPath: member] = newValue }
    }

    /// The population's derived count `member`.
    public subscript<T>(dynamicMember member: KeyPath<TraderPopulation, T>) -> T {
        population[keyPath: member]
    }
}
