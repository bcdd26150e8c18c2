import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The known answers (a), (b), (d), (e), (f), (g) of `docs/ResourceArbitrage.md`
/// on economies written out by hand; every number below is the page's,
/// and the code must reproduce it. Unless said otherwise `ε_D = 0.25`,
/// `ε_S = 0.5`, `p̄ = 40`, `γ = 1`, ample capacity.
@Suite struct ResourceArbitrageKnownAnswerTests {
    /// (a) Nodes (8, 128) and (16, 128), cost 2: `k = 4` under both updates;
    /// at rest `x* = 24`, `p = (10, 12)`, the gap is the cost, `G = 72`, no profit.
    @Test(arguments: ArbitrageUpdate.allCases)
    func twoNodesSettleAtTheTransportCostGap(_ update: ArbitrageUpdate) {
        let economy = HandEconomy.pair()
        let (run, steps) = economy.run(economy.point(steps: 10, update: update))
        #expect(run.rate == [4, 4])
        let rest = steps[steps.count - 1]
        #expect(close(rest.flows[0], 24) && rest.flows[1] == 0, "\(rest.flows)")
        #expect(close(rest.prices[0], 10) && close(rest.prices[1], 12), "\(rest.prices)")
        #expect(close(rest.prices[1] - rest.prices[0], 2))
        let m = run.market
        #expect(close(m[0].demand(atPrice: rest.prices[0]), 120) && close(m[0].supply(atPrice: rest.prices[0]), 144))
        #expect(close(m[1].demand(atPrice: rest.prices[1]), 136) && close(m[1].supply(atPrice: rest.prices[1]), 112))
        #expect(close(run.gain, 72), "G = \(run.gain)")
        #expect(abs((rest.prices[1] - rest.prices[0] - 2) * rest.flows[0]) <= 1e-9, "profit at rest")
        // The closed form x* = clip(k(π₁ − π₀ − c), 0, u) and G = x*(π₁ − π₀ − c) − x*²/(2k).
        let k = 4.0, autarkyGap = 16.0 - 8 - 2
        let xStar = min(max(k * autarkyGap, 0), 1e9)
        let closedGain: Double = xStar * autarkyGap - xStar * xStar / (2 * k)
        #expect(xStar == 24 && closedGain == 72)
    }

    /// (a) with `u = 12`: the link fills, `p = (9, 14)`, the gap is
    /// `c + μ = 5` with shadow price `μ = 3`, the agent earns 36 a step, `G = 54`.
    @Test(arguments: ArbitrageUpdate.allCases)
    func aFullLinkEarnsACongestionRent(_ update: ArbitrageUpdate) {
        let economy = HandEconomy.pair(capacity: 12)
        let (run, steps) = economy.run(economy.point(steps: 10, update: update))
        let rest = steps[steps.count - 1]
        #expect(rest.flows == [12, 0])
        #expect(close(rest.prices[0], 9) && close(rest.prices[1], 14), "\(rest.prices)")
        let gap = rest.prices[1] - rest.prices[0]
        #expect(close(gap, 5) && close(gap - 2, 3))
        #expect(close((gap - 2) * rest.flows[0], 36))
        #expect(close(run.gain, 54), "G = \(run.gain)")
        #expect(run.violation == 0)
    }

    /// (b) The line (6, 96) – (10, 160) – (20, 160), costs 1: the rest
    /// state with ample capacity and with `u₁₂ = 36`, and the first
    /// sequential step by hand.
    @Test func aLineOfThreeByHand() {
        let ample = HandEconomy.line()
        let (run, steps) = ample.run(ample.point(steps: 60))
        #expect(run.market.map(\.slope) == [12, 12, 6])
        #expect(run.market.map(\.floorImports) == [72, 120, 120])
        let rest = steps[steps.count - 1]
        // Directions 0: 0→1, 1: 1→0, 2: 1→2, 3: 2→1.
        #expect(close(rest.flows[0], 43.2) && close(rest.flows[2], 50.4) && rest.flows[1] == 0 && rest.flows[3] == 0, "\(rest.flows)")
        #expect(zip(rest.prices, [9.6, 10.6, 11.6]).allSatisfy { close($0, $1) }, "\(rest.prices)")
        let m = run.netImports
        #expect(close(run.market[2].payoff(netImports: m[2]), 796.32) && close(run.market[0].payoff(netImports: m[0]), -336.96))
        #expect(close(run.market[1].payoff(netImports: m[1]), -74.16))
        #expect(close(run.gain, 291.6), "G = \(run.gain)")

        // The first step: x₀₁ = 6·3 = 18, then x₁₂ = 4·(20 − 8.5 − 1) = 42.
        #expect(steps[1].flows == [18, 0, 42, 0])
        #expect(steps[1].prices == [7.5, 12, 13])
        #expect(steps[0].violation == 9 && steps[1].violation == 3.5)

        let capped = HandEconomy.line(capacity12: 36)
        let (cappedRun, cappedSteps) = capped.run(capped.point(steps: 60))
        let full = cappedSteps[cappedSteps.count - 1]
        #expect(close(full.flows[0], 36) && full.flows[2] == 36, "\(full.flows)")
        #expect(zip(full.prices, [9, 10, 14]).allSatisfy { close($0, $1) }, "\(full.prices)")
        #expect(close(full.prices[2] - full.prices[1] - 1, 3))
        var profit = 0.0
        for d in 0..<4 { profit += (full.prices[Int(cappedRun.network.head[d])] - full.prices[Int(cappedRun.tail[d])] - 1) * full.flows[d] }
        #expect(close(profit, 108))
        #expect(close(cappedRun.gain, 270), "G = \(cappedRun.gain)")
    }

    /// Whether every node of `network` is reached from node 0.
    static func isConnected(_ network: Network) -> Bool {
        var seen = [Bool](repeating: false, count: network.nodeCount), stack = [0]
        seen[0] = true
        while let u = stack.popLast() {
            for d in network.directions(from: u) where !seen[Int(network.head[d])] {
                seen[Int(network.head[d])] = true
                stack.append(Int(network.head[d]))
            }
        }
        return !seen.contains(false)
    }

    /// (d) With no transport cost and ample capacity a connected network at
    /// rest has the single price `p* = Σ_i q_i / Σ_i (q_i/π_i)`: 10.4 on the
    /// line of (b), and on random `regular` and `ba` networks (`N = 50`, `d = 4`).
    @Test(arguments: [nil, ChannelTopology.regular, .ba])
    func zeroTransportCostGivesOnePrice(_ topology: ChannelTopology?) {
        let run: ResourceArbitrageRun
        if let topology {
            let p = arbitragePoint([("topology", .word(topology.rawValue)), ("nodes", .number(50)), ("degree", .number(4)),
                                    ("transport_cost", .number(0)), ("capacity", .number(1e9)), ("steps", .number(4000))])
            run = drawnArbitrageRun(p, replicate: 0)
            #expect(Self.isConnected(run.network))
        } else {
            let line = HandEconomy.line(cost: 0)
            run = line.run(line.point(steps: 200)).run
        }
        let excess = run.market.reduce(0) { $0 + $1.floorImports }, slopes = run.market.reduce(0) { $0 + $1.slope }
        let single = excess / slopes
        if topology == nil { #expect(close(single, 10.4)) }
        // The conditions under which p* is the equilibrium: inside (0, p̄) and below every choke price.
        #expect(single > 0 && single < run.point.priceCap)
        #expect(run.market.allSatisfy { single < $0.demandIntercept / $0.demandSlope })
        #expect(run.price.allSatisfy { abs($0 - single) <= 1e-9 }, "p* = \(single), prices \(run.price.min()!) … \(run.price.max()!)")
        #expect(run.outcome()[ResourceArbitrageMetric.finalDispersion]! <= 1e-9)
    }

    /// (d) With costs and ample capacity, at rest no route earns anything:
    /// `p_j − p_i ≤ C(i, j)`, the cheapest transport cost from `i` to `j`.
    @Test(arguments: [ChannelTopology.regular, .ba])
    func noRouteIsProfitableAtRest(_ topology: ChannelTopology) {
        let p = arbitragePoint([("topology", .word(topology.rawValue)), ("nodes", .number(50)), ("degree", .number(4)),
                                ("capacity", .number(1e9)), ("steps", .number(4000))])
        let run = drawnArbitrageRun(p, replicate: 0)
        #expect(run.violation <= 1e-9, "V(T − 1) = \(run.violation)")
        var tightest = Double.infinity
        for i in 0..<p.nodes {
            let paths = CheapestPaths(network: run.network, weights: run.cost, from: i)
            for j in 0..<p.nodes where j != i {
                tightest = min(tightest, paths.cost[j] - (run.price[j] - run.price[i]))
                #expect(run.price[j] - run.price[i] <= paths.cost[j] + 1e-8, "\(i) → \(j)")
            }
        }
        // Some route is used at its cost (the bound is tight), so the check can fail.
        #expect(abs(tightest) <= 1e-8)
    }

    /// (e) On (a) with ample capacity, under both updates, the gap after `t`
    /// steps is `6(1 − γ)^t` and `x_t = 24(1 − (1 − γ)^t)`, the reverse
    /// direction empty; `steps_to_converge` at `ε = 0.01` is 23, 10, 1, 10.
    @Test(arguments: ArbitrageUpdate.allCases, [(0.25, 23.0), (0.5, 10), (1, 1), (1.5, 10)])
    func twoNodeGapShrinksByOneMinusGamma(_ update: ArbitrageUpdate, _ rate: (gamma: Double, steps: Double)) {
        let economy = HandEconomy.pair()
        let p = economy.point(steps: 40, update: update, gamma: rate.gamma)
        let (run, steps) = economy.run(p)
        for (t, s) in steps.enumerated() {
            let factor = power(1 - rate.gamma, t)
            #expect(abs(s.violation - 6 * abs(factor)) <= 1e-12, "t = \(t): V = \(s.violation)")
            #expect(abs(s.flows[0] - 24 * (1 - factor)) <= 1e-11 && s.flows[1] == 0, "t = \(t): x = \(s.flows)")
        }
        let outcome = run.outcome()
        #expect(value(outcome, .stepsToConverge) == rate.steps)
        #expect(value(outcome, .converged) == 1)
    }

    /// (e) `γ = 2` on (a): `sequential` cycles, `x = 48` (reverse 16), then
    /// 32, 16, 32, … with `V = 2` for ever; `simultaneous` grows; neither converges.
    @Test func twiceTheStepNeverSettles() {
        let economy = HandEconomy.pair()
        let (run, steps) = economy.run(economy.point(steps: 30, update: .sequential, gamma: 2))
        #expect(steps[1].flows == [48, 16])
        for t in 2..<30 { #expect(steps[t].flows[0] == (t % 2 == 0 ? 32 : 16) && steps[t].flows[1] == 0, "t = \(t): \(steps[t].flows)") }
        #expect(steps[1...].allSatisfy { close($0.violation, 2) })
        #expect(value(run.outcome(), .converged) == 0)

        let (together, grown) = economy.run(economy.point(steps: 30, update: .simultaneous, gamma: 2))
        // V = 6, 6, 14, 14, …: the overshoot grows.
        #expect(grown[2].violation > grown[0].violation && grown[1...].allSatisfy { $0.violation >= 6 }, "\(grown.prefix(6).map(\.violation))")
        #expect(value(together.outcome(), .timeAtRest) == 0)
        #expect(value(together.outcome(), .converged) == 0)
    }

    /// (e) The line of (b), `γ = 1`: `sequential` (`k = 6, 4`) shrinks `V`
    /// by 1/6 a step from step 2 on (`V = 9, 3.5, 0.583…`, 5 steps);
    /// `simultaneous` (`k = 4, 3`) by 7/12 (`V = 9, 3.25, 1.896…`, 12 steps).
    @Test func lineRatesOfBothUpdates() {
        let line = HandEconomy.line()
        let cases: [(ArbitrageUpdate, [Double], Double, [Double], Double)] = [
            (.sequential, [6, 6, 4, 4], 1.0 / 6, [9, 3.5, 3.5 / 6], 5),
            (.simultaneous, [4, 4, 3, 3], 7.0 / 12, [9, 3.25, 3.25 * 7 / 12], 12),
        ]
        for (update, rates, factor, first, converged) in cases {
            let (run, steps) = line.run(line.point(steps: 30, update: update))
            #expect(run.rate == rates, "\(update)")
            for t in 0..<3 { #expect(close(steps[t].violation, first[t]), "\(update) t = \(t): V = \(steps[t].violation)") }
            for t in 2..<9 { #expect(close(steps[t].violation / steps[t - 1].violation, factor, 1e-7), "\(update) t = \(t)") }
            #expect(value(run.outcome(), .stepsToConverge) == converged, "\(update)")
        }
    }

    /// (f) `p̄ = 20`, nodes (8, 128) and (24, 192), cost 4, `T = 4`: node 1
    /// starts at the cap with 24 unmet; the first move is 32, then 48.
    @Test func theCapRationsAndArbitrageRelievesIt() {
        let economy = HandEconomy(nodes: [(8, 128), (24, 192)], links: [(0, 1)], costs: [4], capacities: [1e9])
        let (run, steps) = economy.run(economy.point(steps: 4, cap: 20))
        #expect(run.market[1].slope == 6 && run.market[1].floorImports == 144)
        #expect(zip(steps.map { $0.flows[0] }, [0, 32, 48, 48]).allSatisfy { close($0, $1) }, "\(steps.map { $0.flows[0] })")
        let prices: [[Double]] = [[8, 20], [32.0 / 3, 56.0 / 3], [12, 16], [12, 16]]
        for t in 0..<4 { #expect(zip(steps[t].prices, prices[t]).allSatisfy { close($0, $1) }, "t = \(t): \(steps[t].prices)") }
        #expect(zip(steps.map(\.violation), [8, 4, 0, 0]).allSatisfy { close($0, $1) }, "\(steps.map(\.violation))")
        #expect(steps[0].unmet == [0, 24] && steps[1...].allSatisfy { $0.unmet == [0, 0] })
        let demand: [[Double]] = [[128, 200], [352.0 / 3, 608.0 / 3], [112, 208], [112, 208]]
        for t in 0..<4 { #expect(zip(steps[t].demand, demand[t]).allSatisfy { close($0, $1) }, "t = \(t): \(steps[t].demand)") }
        let outcome = run.outcome()
        #expect(value(outcome, .stepsToConverge) == 2)
        #expect(close(value(outcome, .unmetDemand), 24.0 / 1288) && abs(value(outcome, .unmetDemand) - 0.018634) < 5e-7)
    }

    /// (g) Every metric of (a), `γ = 1`, `T = 10`, from its definition.
    @Test func metricsFollowFromTheFlows() {
        let ample = HandEconomy.pair()
        let outcome = ample.run(ample.point(steps: 10)).run.outcome()
        let expected: [(ResourceArbitrageMetric, Double)] = [
            (.autarkyDispersion, 1.0 / 3), (.finalDispersion, 1.0 / 11), (.priceDispersion, (1.0 / 3 + 9.0 / 11) / 10),
            (.stepsToConverge, 1), (.converged, 1), (.timeAtRest, 0.9), (.meanViolation, 0.6), (.arbitrageProfit, 0),
            (.volumeMoved, 21.6), (.welfareGain, 72.0 * 9 / 20), (.welfareCapture, 0.9), (.flowLinkShare, 1),
            (.capacityBoundShare, 0), (.unmetDemand, 0),
        ]
        for (metric, number) in expected { #expect(abs(value(outcome, metric) - number) <= 1e-9, "\(metric.rawValue) = \(value(outcome, metric))") }
        #expect(abs(value(outcome, .priceDispersion) - 0.115152) < 5e-7 && abs(value(outcome, .welfareGain) - 32.4) < 1e-9)
        #expect(outcome.failure == nil)

        let full = HandEconomy.pair(capacity: 12)
        let congested = full.run(full.point(steps: 10)).run.outcome()
        let rents: [(ResourceArbitrageMetric, Double)] = [
            (.arbitrageProfit, 32.4), (.volumeMoved, 10.8), (.welfareGain, 24.3), (.finalDispersion, 2.5 / 11.5), (.capacityBoundShare, 1),
        ]
        for (metric, number) in rents { #expect(abs(value(congested, metric) - number) <= 1e-9, "\(metric.rawValue) = \(value(congested, metric))") }
        #expect(abs(value(congested, .finalDispersion) - 0.217391) < 5e-7)
    }
}

/// `x^n` by repeated multiplication, exact for the known answers' factors.
func power(_ x: Double, _ n: Int) -> Double {
    var y = 1.0
    for _ in 0..<n { y *= x }
    return y
}
