/// What a random draw is for: word 2 of the Philox counter (see ``DrawCounter``;
/// `docs/Philox.md`, "Counters: one per draw", lists every purpose and its users).
///
/// ```
/// counter = (step, agent, purpose.rawValue, index)
/// ```
///
/// Separate purposes give separate, independent streams, so adding a draw for
/// one purpose never shifts the numbers another purpose sees. Raw values are
/// part of the reproducibility contract: never renumber a case; add new cases
/// with new numbers.
public enum DrawPurpose: UInt32, Hashable, Sendable, CaseIterable {
    /// Whether an agent is active this step (a Bernoulli trial per word).
    case activity = 0
    /// The content of an active agent's decision: side, order fraction.
    case decision = 1
    /// An agent's private belief, such as a fundamentalist's value, drawn once.
    case belief = 2
    /// Draws of an exogenous shock.
    case shock = 3
    /// An agent's burst of load starting or ending (four agents per block).
    case burst = 4
    /// Whether and when a market-wide surge of load happens on a day.
    case surge = 5
    /// The order in which agents arrive at a first-come market.
    case arrival = 6
    /// A run's random network, drawn from streams: graph generation and its links' capacities, costs or fees (`docs/Network.md`).
    case graph = 7
    /// A run's stream of payments: senders, receivers, sizes (`docs/PaymentChannels.md`).
    case payment = 8
    /// Whether a requester asks for a job in a step, and which providers it sees (`docs/SlaMarket.md`).
    case request = 9
    /// A settled contract's outcome: whether the delivery missed its bound and whether it was audited (`docs/SlaMarket.md`).
    case delivery = 10
    /// A learning firm's exploration in a period: whether it explores and which price it tries (`docs/AlgorithmicCollusion.md`);
    /// in multi-asset, a learner's Gaussian exploration of a step (`docs/MultiAsset.md`, Learning agents).
    case exploration = 11
    /// A genetic algorithm's operators in a generation: roulette picks, crossover trials and cuts, bit mutations (`docs/Cobweb.md`).
    case genetic = 12
}
