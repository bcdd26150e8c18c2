/// Which attack a run of `market-manipulation` carries
/// (`docs/MarketManipulation.md`, "Attackers").
///
/// ```
/// none:           the attacked market equals its counterfactual, bit for bit
/// sandwich:       one Sandwicher around the largest buy of each step
/// pump_and_dump:  k PumpAndDump traders, each at its own drawn phase
/// wash_trading:   one WashTrader farming the volume reward
/// cartel:         k PumpAndDump traders in one phase, profit split
/// ```
public enum AttackKind: String, CaseIterable, Sendable, ParameterChoice {
    /// No attacker trades.
    case none
    /// Front-run and back-run the largest buy.
    case sandwich
    /// `k` independent pump-and-dump traders.
    case pumpAndDump = "pump_and_dump"
    /// One trader trading with itself for a volume reward.
    case washTrading = "wash_trading"
    /// `k` coordinated pump-and-dump traders.
    case cartel

    /// Whether the attack runs `k` pump-and-dump traders.
    @inlinable public var pumps: Bool { self == .pumpAndDump || self == .cartel }
}
