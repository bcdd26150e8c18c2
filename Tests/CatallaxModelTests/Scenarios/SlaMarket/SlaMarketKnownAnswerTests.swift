import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The known answers of `docs/SlaMarket.md`: (a) the deterrence switch,
/// (b) one contract's money by hand, (c) the bargained price in the kernel
/// and (e) the breach rate of a fixed population.
@Suite struct SlaMarketKnownAnswerTests {
    static func metric(_ outcome: RunOutcome, _ m: SlaMarketMetric) -> Double { outcome[m] ?? .nan }

    // MARK: (a)

    /// All providers strategic with `c = 1`, `p_d = 0.25`: they skip exactly
    /// when `k < c̄/p_d = 4` (at `k = 4` the tie works).
    @Test(arguments: SlaAgreement.allCases)
    func strategicProvidersCheatExactlyBelowTheBeckerThreshold(_ agreement: SlaAgreement) {
        for k in [2, 3.9, 4, 4.1, 8] {
            let p = slaPoint([("share_flaky", 0), ("share_cheating", 0), ("share_strategic", 1), ("cost_spread", 0), ("cost", 1),
                              ("p_detect", 0.25), ("miss_reliable", 0.02), ("requesters", 100), ("providers", 25), ("steps", 200),
                              ("collateral", k)], agreement: agreement)
            let outcomes = ScenarioBatchRunner.outcomes(ScenarioParameters(p), keys: slaKeys(0..<4), laneWidth: 4)
            for o in outcomes {
                #expect(o.failure == nil)
                let breach = Self.metric(o, .breachRate)
                if p.cost > p.detection * k {
                    #expect(Self.metric(o, .strategicCheatRate) == 1, "k = \(k)")
                    #expect(breach == 1, "k = \(k)")
                } else {
                    #expect(Self.metric(o, .strategicCheatRate) == 0, "k = \(k)")
                    #expect(breach == Self.metric(o, .missRate), "k = \(k): working providers breach only by missing")
                    // #S ≥ #A − R·D: at most R·D contracts are still open at the end.
                    let settled = Self.metric(o, .contractsPerStep) * Double(p.steps) - Double(p.requesters * p.duration)
                    #expect(settled > 9000)
                    let q = p.missReliable
                    #expect(abs(breach - q) <= 3.29 * (q * (1 - q) / settled).squareRoot(), "k = \(k): breach rate \(breach)")
                }
            }
        }
    }

    /// `σ_c = 0.2`, `p_d = 0.2`, `k = 4`: the share of strategic providers
    /// that skip is `P(c_j > 0.8) = Φ(ln 1.25/0.2) = 0.867729`; at the
    /// defaults (`p_d·k = c̄`) it is `Φ(0) = ½`.
    @Test func theSkippingShareFollowsTheCostLaw() throws {
        for (k, share) in [(4.0, 0.867_729), (5.0, 0.5)] {
            let p = slaPoint([("share_flaky", 0), ("share_cheating", 0), ("share_strategic", 1), ("providers", 1000), ("requesters", 1),
                              ("steps", 1), ("p_detect", 0.2), ("collateral", k)])
            let (_, probe) = probedSlaRun(p, keys: slaKeys(0..<1))
            let record = try #require(probe.records[0].last)
            let skipping = Double(record.skips.filter { $0 }.count)
            let expected = 1000 * share, spread = 3.29 * (1000 * share * (1 - share)).squareRoot()
            #expect(abs(skipping - expected) <= spread, "k = \(k): \(skipping) skip, \(expected) ± \(spread) expected")
        }
    }

    // MARK: (b)

    /// One requester, one provider, price 2, collateral 6, fee 1/16.
    static func oneContract(_ assignments: [(String, Double)]) -> SlaMarketParameters {
        slaPoint([("requesters", 1), ("providers", 1), ("duration", 1), ("steps", 2), ("request_rate", 1), ("menu", 1), ("capacity", 1),
                  ("cost", 1), ("cost_spread", 0), ("markup", 1), ("value", 5), ("collateral", 6), ("fee", 1.0 / 16),
                  ("requester_wallet", 10), ("provider_wallet", 8), ("share_flaky", 0), ("share_cheating", 0), ("share_strategic", 0)]
                 + assignments)
    }

    /// The accounts `(W_i, W_j, escrow, Y, X)` after each step, and the metrics.
    static func accounts(_ p: SlaMarketParameters) -> (steps: [[Double]], outcome: RunOutcome, records: [SlaStepRecord]) {
        let (outcomes, probe) = probedSlaRun(p, keys: slaKeys(0..<1))
        #expect(probe.violations.isEmpty, "\(probe.violations)")
        let records = probe.records[0]
        for r in records { #expect(r.money == 18) }
        let steps = records.map { [$0.requesterWallets[0], $0.providerWallets[0], $0.escrow, $0.protocolAccount, $0.outsideAccount] }
        return (steps, outcomes[0], records)
    }

    @Test func oneContractMovesWhatTheOutcomeSays() {
        // 1 fulfilled: audited and clean, then signed again at score 4/3.
        let fulfilled = Self.accounts(Self.oneContract([("miss_reliable", 0), ("p_detect", 1)]))
        #expect(fulfilled.steps == [[8, 1, 8, 0, 1], [6, 1.875, 8, 0.125, 2]] as [[Double]])
        #expect(fulfilled.records[1].reputations == [2.0 / 3] as [Double])
        #expect(Self.metric(fulfilled.outcome, .honestProfit) == (0.875 / 2) as Double)
        #expect(Self.metric(fulfilled.outcome, .requesterSurplus) == 1.5)
        #expect(Self.metric(fulfilled.outcome, .disputeRate) == 1 && Self.metric(fulfilled.outcome, .breachRate) == 0)

        // 2 honest miss: the price credited back, no slashing; score 5/3 − 2 < 0, unmatched.
        let missed = Self.accounts(Self.oneContract([("miss_reliable", 1), ("p_detect", 0)]))
        #expect(missed.steps == [[8, 1, 8, 0, 1], [10, 7, 0, 0, 1]] as [[Double]])
        #expect(missed.records[1].reputations == [1.0 / 3] && missed.records[1].left == [false])
        #expect(Self.metric(missed.outcome, .honestProfit) == -0.5 && Self.metric(missed.outcome, .requesterSurplus) == 0)
        #expect(Self.metric(missed.outcome, .breachRate) == 1 && Self.metric(missed.outcome, .missRate) == 1)
        #expect(Self.metric(missed.outcome, .refunds) == 1 && Self.metric(missed.outcome, .unmatchedRate) == 0.5)

        // 3 fraud proven: the collateral refunds the price, the rest goes to Y; the cheat leaves.
        let proven = Self.accounts(Self.oneContract([("share_cheating", 1), ("miss_cheat", 0), ("p_detect", 1)]))
        #expect(proven.steps == [[8, 2, 8, 0, 0], [10, 3.875, 0, 4.125, 0]] as [[Double]])
        #expect(proven.records[1].left == [true])
        #expect(Self.metric(proven.outcome, .cheaterProfit) == -4.125 / 2 && Self.metric(proven.outcome, .requesterSurplus) == 0)
        #expect(Self.metric(proven.outcome, .penaltiesPaid) == 3 && Self.metric(proven.outcome, .fraudCaught) == 1)
        #expect(Self.metric(proven.outcome, .cheatersSurviving) == 0)

        // 4 fraud not proven: paid in full, reputation up, signs again and skips again.
        let hidden = Self.accounts(Self.oneContract([("share_cheating", 1), ("miss_cheat", 0), ("p_detect", 0)]))
        #expect(hidden.steps == [[8, 2, 8, 0, 0], [6, 3.875, 8, 0.125, 0]] as [[Double]])
        #expect(hidden.records[1].reputations == [2.0 / 3] as [Double])
        #expect(Self.metric(hidden.outcome, .breachRate) == 1 && Self.metric(hidden.outcome, .missRate) == 0)
        #expect(Self.metric(hidden.outcome, .fraudCaught) == 0 && Self.metric(hidden.outcome, .cheaterProfit) == 0.9375)
        #expect(Self.metric(hidden.outcome, .requesterSurplus) == -1)

        // 5 partial refund: k = 1.5 < p refunds 1.5; the provider can still fund a contract and stays.
        let partial = Self.accounts(Self.oneContract([("share_cheating", 1), ("miss_cheat", 0), ("p_detect", 1), ("collateral", 1.5)]))
        #expect(partial.steps == [[8, 6.5, 3.5, 0, 0], [9.5, 8.375, 0, 0.125, 0]] as [[Double]])
        #expect(partial.records[1].left == [false])
    }

    /// Identical candidates (no cost spread, no history) tie, and the
    /// requester takes the first drawn: `j = ⌊w·P/2³²⌋`, `w` word 0 of the
    /// block `(0, 0, request, 1)` (`docs/SlaMarket.md`, "Draw order").
    @Test func aTieGoesToTheFirstCandidateDrawn() throws {
        let p = slaPoint([("requesters", 1), ("providers", 8), ("menu", 4), ("steps", 1), ("request_rate", 1), ("cost_spread", 0)])
        for replicate in 0..<4 {
            let key = RunKey(seed: 15, replicate: UInt64(replicate))
            let w = Philox4x32.block(counter: DrawCounter(step: 0, agent: 0, purpose: .request, index: 1).words, key: key.words)[0]
            let first = Int((UInt64(w) * 8) >> 32)
            let (_, probe) = probedSlaRun(p, keys: [key])
            let wallets = try #require(probe.records[0].last).providerWallets
            let signed = wallets.indices.filter { wallets[$0] < p.providerWallet }
            #expect(signed == [first], "replicate \(replicate)")
        }
    }

    // MARK: (c)

    /// With `N = 3` the first contract's price is `1 + (1 − 0.92)·(½·4 − 1)`;
    /// with `N = 1` the requester takes the whole pie and pays the cost.
    @Test func theKernelPricesTheBargainingSplit() {
        func firstPrice(rounds: Double) -> Double {
            let p = slaPoint([("requesters", 1), ("providers", 1), ("steps", 1), ("request_rate", 1), ("menu", 1), ("cost", 1),
                              ("cost_spread", 0), ("value", 4), ("rounds", rounds)], agreement: .alternating)
            let (outcomes, probe) = probedSlaRun(p, keys: slaKeys(0..<1))
            #expect(probe.violations.isEmpty)
            #expect(Self.metric(outcomes[0], .contractsPerStep) == 1)
            return Self.metric(outcomes[0], .meanPrice)
        }
        #expect(abs(firstPrice(rounds: 3) - 1.08) < 1e-12)
        #expect(firstPrice(rounds: 1) == 1)
    }

    // MARK: (e)

    /// Matching blind to everything: each contract's provider is uniform and
    /// independent of its outcome, so breaches, misses, audits and frauds are
    /// binomial with the mixture's probabilities.
    @Test func breachRateMatchesTheMixture() {
        let p = slaPoint([("providers", 100), ("requesters", 200), ("request_rate", 1), ("duration", 1), ("steps", 200), ("menu", 1),
                          ("capacity", 200), ("requester_wallet", 1e6), ("provider_wallet", 1e6), ("value", 1e6),
                          ("share_flaky", 0.2), ("share_cheating", 0.2), ("share_strategic", 0.1), ("miss_reliable", 0.02),
                          ("miss_flaky", 0.3), ("miss_cheat", 0.5), ("p_detect", 0.25), ("collateral", 2), ("cost_spread", 0)])
        let o = ScenarioBatchRunner.outcomes(ScenarioParameters(p), keys: slaKeys(0..<1), laneWidth: 2)[0]
        #expect(o.failure == nil)
        // Every request signs, so #A = R·T and #S = R·(T − D).
        #expect(Self.metric(o, .unmatchedRate) == 0 && Self.metric(o, .contractsPerStep) == 200)
        let signed = 200.0 * 200, settled = 200.0 * 199
        let n = p.providerCounts, providers = Double(p.providers)
        let strategicSkips = p.cost > p.detection * p.collateral
        let shares = [Double(n.reliable), Double(n.flaky), Double(n.cheating), Double(n.strategic)].map { $0 / providers }
        let breach = [p.missReliable, p.missFlaky, 1, strategicSkips ? 1 : p.missReliable]
        let miss = [p.missReliable, p.missFlaky, p.missCheat, p.missReliable]
        let skipped = [0, 0, 1, strategicSkips ? 1 : 0.0]
        func mix(_ rates: [Double]) -> Double { zip(shares, rates).map(*).reduce(0, +) }
        func within(_ metric: SlaMarketMetric, _ expected: Double, on count: Double) {
            let observed = Self.metric(o, metric), spread = 3.29 * (expected * (1 - expected) / count).squareRoot()
            #expect(abs(observed - expected) <= spread, "\(metric.rawValue): \(observed), expected \(expected) ± \(spread)")
        }
        #expect(abs(mix(breach) - 0.370) < 1e-12 && abs(mix(miss) - 0.172) < 1e-12)
        within(.breachRate, mix(breach), on: settled)
        within(.missRate, mix(miss), on: settled)
        within(.disputeRate, p.detection, on: settled)
        within(.cheaterShare, shares[2], on: signed)
        within(.fraudCaught, p.detection, on: mix(skipped) * settled)
    }
}
