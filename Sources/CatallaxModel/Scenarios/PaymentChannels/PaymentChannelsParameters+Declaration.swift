extension PaymentChannelsParameters {
    public static let name = "payment-channels"
    public static let summary =
        "Nodes pay each other micropayments over a random network of payment channels, routed by the cheapest fees; depleted channels are rebalanced in a cycle, spliced or reopened on the ledger."
    public static let parameterTitle = "Parameters of payment-channels (defaults: the reference constants, no rebalancing)"
    public static let defaultObjective = PaymentChannelsMetric.successRate

    /// Every parameter, in help order.
    public static let fields: [ParameterField<Self>] = [
        .choice("topology", symbol: "topology", "How the network of channels is drawn.", name: "topology", isHeadline: true, \.topology),
        .integer("nodes", symbol: "N", "Number of nodes.", name: "nodes N", unit: "nodes", range: 3...100_000, \.nodes),
        .integer("degree", symbol: "d", "Degree (regular), mean degree (er), twice the channels per new node (ba).",
                 name: "degree d", unit: "channels", range: 2...99_999, \.degree),
        .integer("steps", symbol: "T", "Number of steps of a run.", name: "steps T", unit: "steps", range: 3...100_000_000, \.steps),
        .integer("capacity", symbol: "c̄", "Median channel capacity.", name: "capacity c̄", unit: "units",
                 range: 1...1_000_000_000_000, \.capacity),
        .real("capacity_spread", symbol: "σ_c", "Lognormal spread of capacities.", name: "capacity spread σ_c", unit: "log",
              domain: .closed(0, 3), \.capacitySpread),
        .choice("split", symbol: "split", "Opening balance: half on each side, or the opener's side uniform on 0…c.",
                name: "opening split", \.split),
        .integer("payments", symbol: "K", "Payments attempted per step.", name: "payments K", unit: "per step",
                 range: 1...1_000_000, \.payments),
        .choice("size", symbol: "size", "Law of payment sizes.", name: "size law", \.size),
        .integer("amount", symbol: "ā", "Payment size (fixed), mean (exponential) or median (lognormal).", name: "amount ā",
                 unit: "units", range: 1...1_000_000_000_000, \.amount),
        .real("size_spread", symbol: "σ_a", "Lognormal spread of payment sizes.", name: "size spread σ_a", unit: "log",
              domain: .closed(0, 5), \.sizeSpread),
        .choice("pattern", symbol: "pattern", "Who pays whom.", name: "payment pattern", isHeadline: true, \.pattern),
        .integer("merchants", symbol: "k_m", "Merchants, the best-connected nodes (merchants).", name: "merchants k_m",
                 unit: "nodes", range: 1...100_000, \.merchants),
        .real("merchant_share", symbol: "p_m", "Chance a payment goes to a merchant (merchants).", name: "merchant share p_m",
              unit: "probability", domain: .closed(0, 1), \.merchantShare),
        .integer("fee_base", symbol: "f_b", "Base fee per hop.", name: "base fee f_b", unit: "units",
                 range: 0...1_000_000_000_000, \.feeBase),
        .real("fee_rate", symbol: "f_r", "Mean proportional fee per hop.", name: "fee rate f_r", unit: "per unit",
              domain: .halfOpen(0, 1), \.feeRate),
        .real("fee_spread", symbol: "σ_f", "Lognormal spread of fee rates across directions.", name: "fee spread σ_f",
              unit: "log", domain: .closed(0, 3), \.feeSpread),
        .integer("attempts", symbol: "k_a", "Routes tried per payment; a failed hop's channel is left out of the next.",
                 name: "attempts k_a", unit: "routes", range: 1...16, \.attempts),
        .integer("parts", symbol: "s", "Parts of a multi-part payment, all or nothing.", name: "parts s", unit: "parts",
                 range: 1...16, \.parts),
        .choice("rebalance", symbol: "rebalance", "What a node does about a depleted channel side.", name: "rebalancing rule",
                isHeadline: true, \.rebalance),
        .real("threshold", symbol: "τ", "A side below τ·c is depleted.", name: "depletion threshold τ", unit: "× capacity",
              domain: .closed(0, 0.5), \.threshold),
        .real("refill", symbol: "ρ", "A circular or spliced refill brings a depleted side back to ρ·c.", name: "refill target ρ",
              unit: "× capacity", domain: .real(lower: 0, lowerInclusive: false, upper: 1, upperInclusive: true), \.refill),
        .integer("ledger_fee", symbol: "F", "Fee of one ledger transaction (open, close, splice).", name: "ledger fee F",
                 unit: "units", range: 0...1_000_000_000_000, \.ledgerFee),
        .integer("ledger_delay", symbol: "L", "Steps a ledger transaction takes to confirm.", name: "ledger delay L",
                 unit: "steps", range: 0...10_000, \.ledgerDelay),
        .integer("wallet", symbol: "W₀", "Each node's on-ledger wallet at the start.", name: "wallet W₀", unit: "units",
                 range: 0...1_000_000_000_000_000, \.wallet),
    ]

    /// Each rebalancing rule at the reference constants. (The merchant
    /// pattern is left to the sweeps: a reference run is most of its time
    /// in the cheapest-path search from each of its 500 sources, whatever
    /// the pattern, and the contract tests run every reference point often.)
    public static var referencePoints: [(label: String, point: Self)] {
        RebalanceRule.allCases.map { rule in
            var p = Self()
            p.rebalance = rule
            return ("rebalance=\(rule.rawValue)", p)
        }
    }

    public func reports(_ metric: PaymentChannelsMetric) -> Bool {
        switch metric {
        case .ledgerOverhead: ledgerFee > 0
        case .rebalances: rebalance != .none
        default: true
        }
    }

    public func shortened(toSteps steps: Int) -> Self {
        var p = self
        p.steps = min(p.steps, max(3, steps))
        return p
    }
}
