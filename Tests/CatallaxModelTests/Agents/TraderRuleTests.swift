import CatallaxModel
import CatallaxNumerics
import Foundation
import PropertyBased
import Testing

/// `REFERENCE-SCENARIO.md` step 2 for one active agent, restated in plain
/// scalar Swift: the yardstick ``TraderRule`` is checked against.
private enum ReferenceStep2 {
    /// The buy and sell fraction of active agent `i`, with the noise
    /// trader's draw `u ∈ (0, 1)` read as `x = 2u` (`x < 1` buys, fraction
    /// `q_max·(x mod 1)`).
    static func decision(
        agent i: Int, _ p: TraderPopulation, noiseDraw u: Double, belief v: Double, price: Double, momentum m: Double
    ) -> (buy: Double, sell: Double) {
        if i < p.noiseTraders {
            let x = 2 * u
            return x < 1 ? (p.maxFraction * x, 0) : (0, p.maxFraction * (x - 1))
        }
        let isMomentum = i < p.noiseTraders + p.momentumTraders
        let signal = isMomentum ? m : (v - price) / v
        let threshold = isMomentum ? p.momentumThreshold : p.valueThreshold
        if signal > threshold { return (min(p.maxFraction, p.reactivity * signal), 0) }
        if signal < -threshold { return (0, min(p.maxFraction, p.reactivity * abs(signal))) }
        return (0, 0)
    }

    /// The next active agent after `i`: a geometric gap of inactive agents,
    /// `⌊ln u / ln(1 − p_act)⌋`.
    static func nextActiveAgent(after i: Double, gapDraw u: Double, activity: Double) -> Double {
        i + 1 + (Foundation.log(u) / Foundation.log1p(-activity)).rounded(.down)
    }
}

/// SplitMix64, for seeded property tests.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// One lane's decision, read out of a ``TraderDecision``.
private struct LaneDecision: Equatable {
    var buy: Double, sell: Double, isNoise: Bool, isMomentum: Bool
}

/// The rule's decision for each `(agent, u, belief, momentum)` case, all
/// at `price`, evaluated `V.scalarCount` lanes at a time.
private func decisions<V: LaneVector>(
    _ rule: TraderRule, _ lanes: V.Type, agents: [Double], noiseDraws: [Double], beliefs: [Double], price: Double,
    momentum: [Double]
) -> [LaneDecision] {
    var out: [LaneDecision] = []
    for start in stride(from: 0, to: agents.count, by: V.scalarCount) {
        var agent = V(repeating: 0), u = V(repeating: 0.5), belief = V(repeating: 1), m = V()
        for lane in 0..<V.scalarCount where start + lane < agents.count {
            agent[lane] = agents[start + lane]
            u[lane] = noiseDraws[start + lane]
            belief[lane] = beliefs[start + lane]
            m[lane] = momentum[start + lane]
        }
        // One momentum signal per lane, as one lane is one run.
        let d = rule.decision(ofAgent: agent, noiseDraw: u,
                              valueGap: TraderRule.valueGap(belief: belief, price: V(repeating: price)),
                              momentum: rule.momentumFractions(signal: m))
        for lane in 0..<V.scalarCount where start + lane < agents.count {
            out.append(LaneDecision(buy: d.buyFraction[lane], sell: d.sellFraction[lane], isNoise: d.isNoise[lane],
                                    isMomentum: d.isMomentum[lane]))
        }
    }
    return out
}

/// The rule's decision for one agent.
private func decision(
    _ p: TraderPopulation, agent: Int, noiseDraw u: Double = 0.5, belief: Double = 1, price: Double = 1, momentum: Double = 0
) -> LaneDecision {
    decisions(TraderRule(p), SIMD4<Double>.self, agents: [Double(agent)], noiseDraws: [u], beliefs: [belief], price: price,
              momentum: [momentum])[0]
}

@Suite struct TraderRuleTests {
    /// The reference population: agents 0–599 noise, 600–799 momentum, 800–999 fundamentalists.
    let reference = TraderPopulation()

    @Test func constantsFollowThePopulation() {
        var p = TraderPopulation()
        p.agents = 10
        p.noiseShare = 0.25  // ⌊2.5 + ½⌋ = 3
        p.momentumShare = 0.25
        let rule = TraderRule(p)
        #expect(rule.agents == 10 && rule.lastAgent == 9)
        #expect(rule.noiseEnd == 3 && rule.momentumEnd == 6)
        #expect(rule.fundamentalistStart == 6 && rule.lastFundamentalist == 3)
        #expect(rule.maxFraction == 0.1 && rule.reactivity == 1)
        #expect(rule.momentumThreshold == 0.01 && rule.valueThreshold == 0.02)
    }

    @Test func agentTypesFollowTheIndex() {
        for (agent, noise, momentum) in [(0, true, false), (599, true, false), (600, false, true), (799, false, true),
                                         (800, false, false), (999, false, false)] {
            let d = decision(reference, agent: agent)
            #expect(d.isNoise == noise && d.isMomentum == momentum, "agent \(agent)")
        }
    }

    @Test func noiseTraderSideAndFractionComeFromItsDraw() {
        // x = 2u: 0.5 buys q_max·0.5, 1.5 sells q_max·0.5; the signals are ignored.
        #expect(decision(reference, agent: 0, noiseDraw: 0.25, belief: 2, momentum: -1)
            == LaneDecision(buy: 0.05, sell: 0, isNoise: true, isMomentum: false))
        #expect(decision(reference, agent: 599, noiseDraw: 0.75, belief: 0.5, momentum: 1)
            == LaneDecision(buy: 0, sell: 0.05, isNoise: true, isMomentum: false))
        let top = decision(reference, agent: 3, noiseDraw: 1 - 0x1p-53)
        #expect(top.buy == 0 && top.sell < reference.maxFraction)
    }

    @Test func momentumTraderFollowsTheSignal() {
        // m = ±1/16: κ·|m| = 0.0625, under q_max = 0.1.
        #expect(decision(reference, agent: 600, momentum: 0.0625).buy == 0.0625)
        #expect(decision(reference, agent: 600, momentum: 0.0625).sell == 0)
        #expect(decision(reference, agent: 799, momentum: -0.0625).sell == 0.0625)
        #expect(decision(reference, agent: 799, momentum: -0.0625).buy == 0)
        // Its belief and draw are ignored.
        #expect(decision(reference, agent: 700, noiseDraw: 0.1, belief: 100, momentum: 0.0625).buy == 0.0625)
    }

    @Test func momentumTraderWaitsInsideItsThreshold() {
        // |m| ≤ θ_m = 0.01: nothing, the threshold itself included (strict comparison).
        for m in [0.0, 0.0078125, -0.0078125, 0.01, -0.01] {
            let d = decision(reference, agent: 650, momentum: m)
            #expect(d.buy == 0 && d.sell == 0, "m = \(m)")
        }
        #expect(decision(reference, agent: 650, momentum: 0.01.nextUp).buy == 0.01.nextUp)
        #expect(decision(reference, agent: 650, momentum: (-0.01).nextDown).sell == 0.01.nextUp)
    }

    @Test func momentumFractionIsCappedAtMaxFraction() {
        #expect(decision(reference, agent: 600, momentum: 0.5).buy == 0.1)
        #expect(decision(reference, agent: 600, momentum: -3).sell == 0.1)
        var p = reference
        p.reactivity = 4  // κ·m = 0.125 > q_max
        #expect(decision(p, agent: 600, momentum: 0.03125).buy == 0.1)
        p.reactivity = 2  // κ·m = 0.0625 < q_max
        #expect(decision(p, agent: 600, momentum: 0.03125).buy == 0.0625)
        p.maxFraction = 0.25
        p.reactivity = 8
        #expect(decision(p, agent: 600, momentum: -0.0625).sell == 0.25)
    }

    @Test func momentumNaNSignalDoesNothing() {
        let (buy, sell) = TraderRule(reference).momentumFractions(signal: SIMD4<Double>(repeating: .nan))
        #expect(buy == SIMD4() && sell == SIMD4())
    }

    @Test func fundamentalistTradesTowardItsBelief() {
        // g = (V − P)/V = (2 − 1.875)/2 = 1/16 buys; (2 − 2.125)/2 = −1/16 sells.
        #expect(decision(reference, agent: 800, belief: 2, price: 1.875)
            == LaneDecision(buy: 0.0625, sell: 0, isNoise: false, isMomentum: false))
        #expect(decision(reference, agent: 999, belief: 2, price: 2.125)
            == LaneDecision(buy: 0, sell: 0.0625, isNoise: false, isMomentum: false))
        // Its momentum signal and draw are ignored.
        #expect(decision(reference, agent: 900, noiseDraw: 0.1, belief: 2, price: 1.875, momentum: -1).buy == 0.0625)
    }

    @Test func fundamentalistWaitsInsideItsThreshold() {
        // |g| = 1/64 < θ_f = 0.02, and |g| = θ_f exactly (strict comparison).
        for price in [2 - 0.03125, 2 + 0.03125, 2.0] {
            let d = decision(reference, agent: 850, belief: 2, price: price)
            #expect(d.buy == 0 && d.sell == 0, "P = \(price)")
        }
        var p = reference
        p.valueThreshold = 0.0625
        let edge = decision(p, agent: 850, belief: 2, price: 1.875)
        #expect(edge.buy == 0 && edge.sell == 0)
    }

    @Test func fundamentalistFractionIsCappedAtMaxFraction() {
        // g = 1/2 and g = −1/2.
        #expect(decision(reference, agent: 800, belief: 2, price: 1).buy == 0.1)
        #expect(decision(reference, agent: 800, belief: 2, price: 3).sell == 0.1)
        var p = reference
        p.maxFraction = 0.25
        p.reactivity = 0.25  // κ·g = 0.125 under the cap
        #expect(decision(p, agent: 800, belief: 2, price: 1).buy == 0.125)
    }

    @Test func decisionsEqualTheScalarRestatementOnEveryLaneWidth() {
        var rng = SeededGenerator(state: 2024)
        var p = reference
        p.agents = 40
        p.noiseShare = 0.3
        p.momentumShare = 0.3
        let count = 4001  // not a multiple of any lane width
        var agents: [Double] = [], draws: [Double] = [], beliefs: [Double] = [], momentum: [Double] = []
        for _ in 0..<count {
            agents.append(Double(Int.random(in: 0..<p.agents, using: &rng)))
            draws.append(Double.random(in: 0x1p-53..<1, using: &rng))
            beliefs.append(Double.random(in: 0.5...2, using: &rng))
            momentum.append(Double.random(in: -0.2...0.2, using: &rng))
        }
        let price = 1.1
        var expected: [LaneDecision] = []
        for c in 0..<count {
            let i = Int(agents[c])
            let d = ReferenceStep2.decision(agent: i, p, noiseDraw: draws[c], belief: beliefs[c], price: price,
                                            momentum: momentum[c])
            expected.append(LaneDecision(buy: d.buy, sell: d.sell, isNoise: i < p.noiseTraders,
                                         isMomentum: i >= p.noiseTraders && i < p.noiseTraders + p.momentumTraders))
        }
        let rule = TraderRule(p)
        #expect(decisions(rule, SIMD2<Double>.self, agents: agents, noiseDraws: draws, beliefs: beliefs, price: price,
                          momentum: momentum) == expected)
        #expect(decisions(rule, SIMD4<Double>.self, agents: agents, noiseDraws: draws, beliefs: beliefs, price: price,
                          momentum: momentum) == expected)
        #expect(decisions(rule, SIMD8<Double>.self, agents: agents, noiseDraws: draws, beliefs: beliefs, price: price,
                          momentum: momentum) == expected)
        // At most one side per agent, each within [0, q_max].
        #expect(expected.allSatisfy { ($0.buy == 0 || $0.sell == 0) && (0...p.maxFraction).contains($0.buy + $0.sell) })
    }

    @Test func valueGapFromTheReciprocalIsWithinRoundingOfTheDefinition() async {
        // 1 − P·(1/V) against (V − P)/V: each rounds two or three times, so
        // they differ by at most about (3 + 5·P/V)·ε, a few units of the
        // operands' scale rather than of g.
        await propertyCheck(count: 300, input: Gen.double(in: 0.01...100), Gen.double(in: 0.01...100)) { belief, price in
            let exact = TraderRule.valueGap(belief: SIMD2(repeating: belief), price: SIMD2(repeating: price))[0]
            let fromReciprocal = TraderRule.valueGap(inverseBelief: SIMD2(repeating: 1 / belief),
                                                     price: SIMD2(repeating: price))[0]
            #expect(abs(fromReciprocal - exact) <= 8 * Double.ulpOfOne * max(1, price / belief))
        }
        // Exact where every step is: V = 2, P = 1.875 gives g = 1/16 both ways.
        #expect(TraderRule.valueGap(inverseBelief: SIMD2(repeating: 0.5), price: SIMD2(repeating: 1.875))
            == SIMD2(repeating: 0.0625))
    }

    @Test func nextActiveAgentSkipsTheGap() {
        let rule = TraderRule(reference)
        var agent = SIMD4<Double>(repeating: -1)
        agent = rule.nextActiveAgent(after: agent, gap: SIMD4(43, 6, 0, 6))
        #expect(agent == SIMD4(43, 6, 0, 6))
        agent = rule.nextActiveAgent(after: agent, gap: SIMD4(0, 43, 6, 0))
        #expect(agent == SIMD4(44, 50, 7, 7))
    }

    @Test func walkWithTheGapTableEqualsTheScalarRestatement() {
        var rng = SeededGenerator(state: 99)
        for activity in [0.01, 0.1, 0.37, 0.9] {
            var p = reference
            p.activity = activity
            let rule = TraderRule(p)
            let gaps = ActivityGapTable.forWalk(overAgents: p.agents, activity: activity, reusing: nil)
            for _ in 0..<2000 {
                let u = Double.random(in: 0x1p-53..<1, using: &rng)
                let i = Double(Int.random(in: -1..<1000, using: &rng))
                let next = rule.nextActiveAgent(after: SIMD2<Double>(repeating: i), gap: gaps.gap(forDraw: SIMD2(repeating: u)))
                // Past the end (capped gaps), every index ≥ N is the same.
                let expected = ReferenceStep2.nextActiveAgent(after: i, gapDraw: u, activity: activity)
                #expect(next[0] == expected || (next[0] >= 1000 && expected >= 1000), "p_act = \(activity), u = \(u)")
            }
        }
    }

    @Test func activeShareIsTheActivity() {
        // 10⁵ agents at p_act = 0.1: 10⁴ active on average, σ ≈ 95; allow 5σ.
        var p = reference
        p.agents = 100_000
        let rule = TraderRule(p)
        let gaps = ActivityGapTable.forWalk(overAgents: p.agents, activity: p.activity, reusing: nil)
        var rng = SeededGenerator(state: 7)
        var agent = SIMD2<Double>(repeating: -1)
        var active = 0
        while true {
            let u = SIMD2(repeating: Double.random(in: 0x1p-53..<1, using: &rng))
            agent = rule.nextActiveAgent(after: agent, gap: gaps.gap(forDraw: u))
            if !rule.isAgent(agent)[0] { break }
            active += 1
        }
        #expect(abs(active - 10_000) < 475)
    }

    @Test func activityAtTheEndsOfItsDomain() {
        var p = reference
        p.activity = 1
        let always = TraderRule(p)
        let everyone = ActivityGapTable.forWalk(overAgents: p.agents, activity: 1, reusing: nil)
        let draws = SIMD4(0x1p-53, 0.5, 0.9, 1 - 0x1p-53)
        #expect(always.nextActiveAgent(after: SIMD4(-1, 0, 5, 998), gap: everyone.gap(forDraw: draws)) == SIMD4(0, 1, 6, 999))
        p.activity = 0
        let never = TraderRule(p)
        let nobody = ActivityGapTable.forWalk(overAgents: p.agents, activity: 0, reusing: nil)
        let next = never.nextActiveAgent(after: SIMD4<Double>(repeating: -1), gap: nobody.gap(forDraw: draws))
        #expect(!any(never.isAgent(next)))
    }

    @Test func isAgentMarksIndicesBelowN() {
        let rule = TraderRule(reference)
        #expect(rule.isAgent(SIMD4<Double>(0, 999, 1000, .infinity)) == SIMDMask<SIMD4<Int64>>([true, true, false, false]))
    }

    @Test func bufferOffsetsClampToTheLastRowAndAddTheLane() {
        let rule = TraderRule(reference)
        let agents = SIMD4<Double>(0, 999, 1000, .infinity)
        let previous = rule.bufferOffsets(ofAgents: agents, lastRow: rule.lastAgent).agent
        #expect(previous == SIMD4<UInt64>(0, 999 * 4 + 1, 999 * 4 + 2, 999 * 4 + 3))
        let scratch = rule.bufferOffsets(ofAgents: agents, lastRow: rule.agents).agent
        #expect(scratch == SIMD4<UInt64>(0, 999 * 4 + 1, 1000 * 4 + 2, 1000 * 4 + 3))
    }

    @Test func beliefOffsetsAreTheFundamentalistsOwnAndClamped() {
        let rule = TraderRule(reference)
        // Fundamentalists 800… read their own belief; other agents belief 0;
        // past the end, the last one.
        let agents = SIMD8<Double>(800, 801, 999, 0, 799, 5000, 1000, .infinity)
        let offsets = rule.bufferOffsets(ofAgents: agents, lastRow: rule.agents).belief
        #expect(offsets == SIMD8<UInt64>(0, 1 * 8 + 1, 199 * 8 + 2, 3, 4, 199 * 8 + 5, 199 * 8 + 6, 199 * 8 + 7))
    }

    @Test func beliefOffsetsWithoutFundamentalistsAreTheLane() {
        var p = reference
        p.noiseShare = 0.5
        p.momentumShare = 0.5
        let rule = TraderRule(p)
        #expect(p.fundamentalists == 0 && rule.lastFundamentalist == 0)
        let offsets = rule.bufferOffsets(ofAgents: SIMD4<Double>(0, 500, 999, 1000), lastRow: rule.agents)
        #expect(offsets.belief == SIMD4<UInt64>(0, 1, 2, 3))
    }

    @Test func skippingMomentumWalksOverTheMomentumTradersOnly() {
        // N = 1000: noise 0…599, momentum 600…799, fundamentalists 800…999.
        let rule = TraderRule(reference)
        let skip = SIMDMask<SIMD4<Int64>>([true, true, true, false])
        // A gap of 0 steps to the next index, past the range on skipping lanes.
        let next = rule.nextActiveAgent(after: SIMD4(599, 800, 100, 599), gap: SIMD4(repeating: 0), skippingMomentum: skip)
        #expect(next == SIMD4(800, 801, 101, 600))
        // Larger gaps count only the agents walked over.
        let g = rule.nextActiveAgent(after: SIMD4<Double>(595, 590, 810, 595), gap: SIMD4(repeating: 6), skippingMomentum: skip)
        #expect(g == SIMD4(802, 597, 817, 602))
    }
}
