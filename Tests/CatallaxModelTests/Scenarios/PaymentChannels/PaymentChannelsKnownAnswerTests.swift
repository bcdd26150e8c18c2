import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The known answers of `docs/PaymentChannels.md`: (a) the success rate
/// under balance uncertainty, (b) settlement and conservation by hand, and
/// the rebalancing rules and metrics on networks small enough to follow.
@Suite struct PaymentChannelsKnownAnswerTests {
    /// (a) With each side's balance uniform on `0…c` (Pickhardt and
    /// Nowostawski 2021), a payment forwarding `a_h` over hop `h` succeeds
    /// with probability `Π_h (c_h + 1 − a_h)/(c_h + 1)`. Over many runs, each
    /// with its own network and first payment, the successes must match the
    /// sum of those probabilities within the 99.9% normal interval of a sum
    /// of independent Bernoulli trials.
    @Test(arguments: [false, true])
    func firstPaymentsSucceedAsBalanceUncertaintyPredicts(withFees: Bool) {
        let p = channelPoint([
            ("topology", .word("ba")), ("nodes", .number(40)), ("degree", .number(4)), ("steps", .number(3)),
            ("capacity", .number(24)), ("capacity_spread", .number(0.6)), ("split", .word("uniform")),
            ("payments", .number(1)), ("size", .word("fixed")), ("amount", .number(7)),
            ("fee_base", .number(withFees ? 1 : 0)), ("fee_rate", .number(withFees ? 0.1 : 0)),
        ])
        let (_, probes) = probedChannelRuns(p, keys: channelKeys(0..<2400))
        var successes = 0.0, expected = 0.0, variance = 0.0, routed = 0
        for probe in probes {
            #expect(probe.violations.isEmpty, "\(probe.violations.prefix(3))")
            for lane in 0..<probe.runCount {
                let first = probe.records[lane][0]
                let route = first.lastPayment.route
                guard !route.isEmpty else { continue }
                routed += 1
                // a_h = a + Σ_{g>h} fee_g, fee_g = f_b + ⌊f_{d_g}·a⌋, as the doc defines it.
                let a = first.lastPayment.amount
                var carried = a, probability = 1.0
                for h in stride(from: route.count - 1, through: 0, by: -1) {
                    let c = first.capacities[Int(route[h])]
                    probability *= max(0, c + 1 - carried) / (c + 1)
                    if h > 0 { carried += Double(p.feeBase) + (first.feeRates[Int(route[h])] * a).rounded(.down) }
                }
                expected += probability
                variance += probability * (1 - probability)
                if first.lastPayment.succeeded { successes += 1 }
            }
        }
        #expect(routed > 2000)
        // A test that cannot fail is no test: the mix must be far from all or nothing.
        #expect(expected > 0.2 * Double(routed) && expected < 0.8 * Double(routed), "expected \(expected) of \(routed)")
        #expect(abs(successes - expected) <= 3.29 * variance.squareRoot(), "observed \(successes), expected \(expected) ± \(3.29 * variance.squareRoot())")
    }

    /// The 4-node line 0 – 1 – 2 – 3: directions 0: 0→1, 1: 1→0, 2: 1→2, 3: 2→1, 4: 2→3, 5: 3→2.
    static func line(balance: [Double]) -> ChannelLedger {
        let network = Network(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3)])
        return ChannelLedger(network: network, balance: balance, feeRate: [0.005, 0.005, 0.01, 0.005, 0.02, 0.005], feeBase: 1)
    }

    /// (b) Three payments on the line, every balance written out by hand.
    @Test func paymentsOnALineMoveWhatTheFeesSay() {
        var ledger = Self.line(balance: [500, 500, 500, 500, 500, 500])
        // 0 → 3, a = 100: node 2 charges 1 + ⌊0.02·100⌋ = 3, node 1 charges 1 + ⌊0.01·100⌋ = 2;
        // a_2 = 100, a_1 = 103, a_0 = 105.
        #expect(ledger.send(100, along: [0, 2, 4]) == .settled(fees: 5))
        #expect(ledger.balance == [395, 605, 397, 603, 400, 600])
        // 0 → 3, a = 400: fees 1 + ⌊8⌋ = 9 and 1 + ⌊4⌋ = 5, a_0 = 414 > 395: fails at the sender's own hop.
        #expect(ledger.send(400, along: [0, 2, 4]) == .failed(hop: 0))
        #expect(ledger.balance == [395, 605, 397, 603, 400, 600])
        // 3 → 0, a = 250: node 1 charges 1 + ⌊0.005·250⌋ = 2, node 2 charges 2; a_0 = 254, a_1 = 252, a_2 = 250.
        #expect(ledger.send(250, along: [5, 3, 1]) == .settled(fees: 4))
        #expect(ledger.balance == [645, 355, 649, 351, 654, 346])
        #expect(ledger.balance.reduce(0, +) == 3000)
        // Undoing the last payment restores the balances before it.
        ledger.refund(250, along: [5, 3, 1])
        #expect(ledger.balance == [395, 605, 397, 603, 400, 600])
    }

    /// A payment that the middle hop cannot forward moves nothing, even
    /// though the sender's own hop could.
    @Test func aPaymentFailingMidRouteMovesNothing() {
        var ledger = Self.line(balance: [900, 100, 500, 500, 500, 500])
        // a = 495: fees 1 + ⌊9.9⌋ = 10 (node 2) and 1 + ⌊4.95⌋ = 5 (node 1); a_1 = 505 > 500.
        #expect(ledger.send(495, along: [0, 2, 4]) == .failed(hop: 1))
        #expect(ledger.balance == [900, 100, 500, 500, 500, 500])
    }

    /// The triangle 0, 1, 2 (directions 0: 0→1, 1: 0→2, 2: 1→0, 3: 1→2,
    /// 4: 2→0, 5: 2→1), capacities 1000, every fee rate 0.01, base fee 1.
    static func triangle(_ rule: RebalanceRule, wallet: Int = 1000, delay: Int = 2, refill: Double = 0.5) -> (PaymentChannelRun, PaymentChannelsParameters) {
        let p = channelPoint([
            ("topology", .word("regular")), ("nodes", .number(3)), ("degree", .number(2)), ("capacity", .number(1000)),
            ("capacity_spread", .number(0)), ("fee_spread", .number(0)), ("fee_rate", .number(0.01)), ("fee_base", .number(1)),
            ("rebalance", .word(rule.rawValue)), ("ledger_fee", .number(200)), ("ledger_delay", .number(Double(delay))),
            ("wallet", .number(Double(wallet))), ("threshold", .number(0.1)), ("refill", .number(refill)),
        ])
        let run = PaymentChannelRun()
        run.start(p, key: RunKey(seed: 15, replicate: 0))
        #expect(Array(run.network.head) == [1, 2, 0, 2, 0, 1])
        // Node 0's side toward 1 is depleted (50 < 0.1·1000).
        run.ledger.balance = [50, 500, 950, 500, 500, 500]
        return (run, p)
    }

    /// `circular`, by hand: node 0 refills 0 → 1 with r = 500 − 50 = 450
    /// around 0 → 2 → 1 → 0 (fees 1 + ⌊4.5⌋ = 5 at nodes 2 and 1), which
    /// drains 0 → 2 to 40; it then refills 0 → 2 with 460 around
    /// 0 → 1 → 2 → 0 (fees 5 and 5), leaving 0 → 1 at 30.
    @Test func circularRebalancingPaysItselfAroundTheTriangle() {
        let (run, p) = Self.triangle(.circular)
        run._rebalance(p, step: 0)
        #expect(run.ledger.balance == [30, 500, 970, 490, 500, 510])
        #expect(run.tally.rebalances == 2)
        #expect(run.tally.routingFees == 20)
        #expect(run.violatedInvariant() == nil)
    }

    /// `circular` with a lower refill target, by hand: node 0 refills 0 → 1
    /// to ⌈0.2·1000⌉ = 200, moving 150 around 0 → 2 → 1 → 0 (fees 1 + ⌊1.5⌋
    /// = 2 at nodes 2 and 1), which leaves 0 → 2 at 346, not depleted.
    @Test func aLowerRefillTargetMovesLessAroundTheCycle() {
        let (run, p) = Self.triangle(.circular, refill: 0.2)
        run._rebalance(p, step: 0)
        #expect(run.ledger.balance == [200, 346, 800, 652, 654, 348])
        #expect(run.tally.rebalances == 1 && run.tally.routingFees == 4)
        #expect(run.violatedInvariant() == nil)
    }

    /// `splice`, by hand: node 0 adds min(450, 1000 − 200) = 450 from its
    /// wallet, paying 650 at once; the side and capacity grow when the
    /// transaction confirms at the end of step 0 + L = 2.
    @Test func splicingRefillsTheSideWhenTheLedgerConfirms() {
        let (run, p) = Self.triangle(.splice)
        run._rebalance(p, step: 0)
        run._confirmLedgerTransactions(p, through: 0)
        #expect(run.wallet == [350, 1000, 1000])
        #expect(run.ledgerFees == 200 && run.splicesInFlight == 450)
        #expect(run.ledger.balance[0] == 50)
        run._rebalance(p, step: 1)  // pending: no second splice
        run._confirmLedgerTransactions(p, through: 1)
        #expect(run.wallet == [350, 1000, 1000] && run.tally.rebalances == 1)
        run._confirmLedgerTransactions(p, through: 2)
        #expect(run.ledger.balance == [500, 500, 950, 500, 500, 500])
        #expect(run.capacity[0] == 1450 && run.capacity[2] == 1450)
        #expect(run.splicesInFlight == 0)
    }

    /// `reopen`, by hand: node 0 closes 0 – 1 (850 and 1950 in the
    /// wallets after the fee), and at the end of step 1 reopens it with 500
    /// from each side, paying the second fee.
    @Test func reopeningClosesThenFundsTheChannelFromBothWallets() {
        let (run, p) = Self.triangle(.reopen, delay: 1)
        run._rebalance(p, step: 0)
        run._confirmLedgerTransactions(p, through: 0)
        #expect(run.wallet == [850, 1950, 1000])
        #expect(run.closed[0] && run.closed[2] && run.ledger.balance[0] == 0 && run.ledger.balance[2] == 0)
        #expect(run.openCapacity == 2000 && run.openSides == 4)
        run._confirmLedgerTransactions(p, through: 1)
        #expect(run.wallet == [150, 1450, 1000])
        #expect(run.ledger.balance[0] == 500 && run.ledger.balance[2] == 500 && run.capacity[0] == 1000)
        #expect(!run.closed[0] && run.openCapacity == 3000 && run.ledgerFees == 400)
    }

    /// A node that cannot pay both ledger fees does not close.
    @Test func aNodeThatCannotPayBothFeesKeepsItsChannel() {
        let (run, p) = Self.triangle(.reopen, wallet: 300)
        run._rebalance(p, step: 0)
        #expect(!run.closed[0] && run.wallet == [300, 300, 300] && run.tally.rebalances == 0)
    }

    /// With channels far larger than any payment on a connected network,
    /// every payment succeeds, and the metrics follow from what a probe saw:
    /// `value_per_liquidity = Σ a / (T·Σ_e c_e)`, `mean_hops` the mean route length.
    @Test func metricsFollowFromThePayments() {
        let p = channelPoint([
            ("topology", .word("regular")), ("nodes", .number(30)), ("degree", .number(4)), ("steps", .number(50)),
            ("capacity", .number(1_000_000)), ("payments", .number(1)),
        ])
        let (outcomes, probes) = probedChannelRuns(p, keys: channelKeys(0..<4))
        for lane in 0..<4 {
            let records = probes[0].records[lane], outcome = outcomes[lane]
            let value = records.reduce(0) { $0 + $1.lastPayment.amount }
            let hops = records.reduce(0) { $0 + Double($1.lastPayment.route.count) }
            let locked = records[0].capacities.reduce(0, +) / 2
            #expect(records.allSatisfy { $0.lastPayment.succeeded })
            #expect(outcome[PaymentChannelsMetric.successRate] == 1)
            #expect(outcome[PaymentChannelsMetric.paymentsPerStep] == 1)
            #expect(outcome[PaymentChannelsMetric.noRouteShare] == 0)
            #expect(outcome[PaymentChannelsMetric.depletedShare] == 0)
            #expect(outcome[PaymentChannelsMetric.rebalances] == nil)
            let perLiquidity: Double = value / (50 * locked)
            #expect(abs(outcome[PaymentChannelsMetric.valuePerLiquidity]! - perLiquidity) <= 1e-12 * perLiquidity)
            let meanHops: Double = hops / 50
            #expect(abs(outcome[PaymentChannelsMetric.meanHops]! - meanHops) <= 1e-12)
            // Two ledger transactions per channel (60 channels), F = 200, over F·K·T.
            let overhead: Double = 2 * 60 * 200 / (200 * 50)
            #expect(outcome[PaymentChannelsMetric.ledgerOverhead] == overhead)
        }
    }

    /// Bad combinations name their keys.
    @Test func inconsistentPointsNameTheirKeys() {
        func keys(_ assignments: [(String, ParameterValue)]) -> [String] {
            do {
                _ = try PaymentChannelsParameters(assigning: assignments.map { (key: $0.0, value: $0.1) })
                return []
            } catch {
                if case .inconsistent(let keys, _) = error { return keys }
                return ["other: \(error)"]
            }
        }
        #expect(keys([("nodes", .number(6)), ("degree", .number(6))]) == ["degree", "nodes"])
        #expect(keys([("topology", .word("regular")), ("nodes", .number(7)), ("degree", .number(3))]) == ["nodes", "degree"])
        #expect(keys([("topology", .word("ba")), ("degree", .number(5))]) == ["topology", "degree"])
        #expect(keys([("pattern", .word("merchants")), ("nodes", .number(10)), ("degree", .number(4)), ("merchants", .number(10))]) == ["merchants", "nodes"])
        #expect(keys([("refill", .number(0.1))]) == ["refill", "threshold"])
        #expect(keys([("wallet", .number(1e15)), ("nodes", .number(100_000)), ("degree", .number(6))]) == ["nodes", "wallet", "capacity", "capacity_spread"])
    }
}
