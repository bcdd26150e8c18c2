/// How a run's network of channels is drawn (`docs/PaymentChannels.md`, "The network").
public enum ChannelTopology: String, CaseIterable, Sendable, ParameterChoice {
    /// Every node has degree `d` (Steger–Wormald pairing).
    case regular
    /// Erdős–Rényi `G(N, p)` with `p = d/(N − 1)`.
    case er
    /// Barabási–Albert preferential attachment, `d/2` channels per new node.
    case ba
}

/// How a new channel's capacity is split between its two sides.
///
/// ```
/// even:     opener ⌊c/2⌋,  other c − ⌊c/2⌋
/// uniform:  opener uniform on 0…c
/// ```
public enum OpeningSplit: String, CaseIterable, Sendable, ParameterChoice {
    /// Half on each side.
    case even
    /// The opener's side uniform on the whole units `0…c`.
    case uniform
}

/// The law of a payment's size `a` (whole units, at least 1).
///
/// ```
/// fixed:        a = ā
/// exponential:  a = max(1, ⌈ā·E⌉),         E = −ln u
/// lognormal:    a = max(1, round(ā·e^{σ_a z}))
/// ```
public enum PaymentSize: String, CaseIterable, Sendable, ParameterChoice {
    /// Every payment is `ā`.
    case fixed
    /// Exponential with mean `ā`.
    case exponential
    /// Lognormal with median `ā`.
    case lognormal
}

/// Who pays whom.
public enum PaymentPattern: String, CaseIterable, Sendable, ParameterChoice {
    /// Sender and receiver uniform over the nodes.
    case uniform
    /// Non-merchants pay the `k_m` best-connected nodes with probability `p_m`.
    case merchants
}

/// What the owner of a depleted channel side does about it.
public enum RebalanceRule: String, CaseIterable, Sendable, ParameterChoice {
    /// Nothing.
    case none
    /// Pays itself around a cycle (off the ledger, routing fees).
    case circular
    /// Adds funds from its wallet in a ledger transaction.
    case splice
    /// Closes the channel and opens it again, funded from both wallets.
    case reopen
}
