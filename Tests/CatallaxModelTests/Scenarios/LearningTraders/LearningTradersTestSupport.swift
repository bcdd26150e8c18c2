import Foundation
import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// A point from `key = value` assignments over the defaults (the tests'
/// points are inside every domain and consistent).
func learningPoint(_ words: [(String, String)] = [], _ numbers: [(String, Double)] = []) -> LearningTradersParameters {
    do {
        return try LearningTradersParameters(assigning: words.map { (key: $0.0, value: .word($0.1)) }
            + numbers.map { (key: $0.0, value: .number($0.1)) })
    } catch {
        preconditionFailure("\(error)")
    }
}

func learningKeys(_ replicates: Range<Int>, seed: UInt64 = 16) -> [RunKey] {
    replicates.map { RunKey(seed: seed, replicate: UInt64($0)) }
}

/// One lane after one step: the price, the cash, the learners' tables.
struct LearningStepRecord {
    var price: Double
    var cash: [Double]
    var tables: TabularQLearner
    var actions: [Int]
}

typealias LearningProbe<Lanes: LaneVector> = RecordingProbe<Lanes, LearningTradersState<Lanes>, LearningStepRecord>

/// Runs `keys` (at most two) in one batch of two lanes with a ``LearningProbe``.
/// For small points only: the kernel is specialized here, in the test build.
func probedLearningRun(_ p: LearningTradersParameters, keys: [RunKey]) -> (outcomes: [RunOutcome], probe: LearningProbe<SIMD2<Double>>) {
    let kernel = LearningTradersKernel<SIMD2<Double>>(sizedFor: p)
    var probe = LearningProbe<SIMD2<Double>>(runCount: keys.count) { s, lane in
        LearningStepRecord(price: s.price(lane: lane), cash: s.cash(lane: lane), tables: s.learnerTables(lane: lane),
                           actions: s.learnerActions(lane: lane))
    }
    let outcomes = kernel.run(p, keys: LaneKeys(keys), runCount: keys.count, observer: &probe)
    return (outcomes, probe)
}

/// The rule-only economy of `docs/LearningTraders.md` ("Agents", "Execution",
/// "Draw order") written out plainly, with the whole price path kept: the
/// prices `P_1 … P_T` of the run keyed by `key` on the linear curve `curve`.
func ruleOnlyPrices(_ p: LearningTradersParameters, key: RunKey, curve: LinearCurve) -> [Double] {
    var ledger = CurveLedger()
    ledger.supply = p.initialSupply
    ledger.reserve = curve.reserve(atSupply: p.initialSupply)
    ledger.cash = [Double](repeating: p.initialCash, count: p.agents)
    ledger.tokens = [Double](repeating: p.initialTokens, count: p.agents)
    ledger.passiveTokens = p.passiveTokens
    let v0 = curve.price(atSupply: p.initialSupply)
    let noise = p.noiseTraders, momentum = p.momentumTraders
    let beliefs = (0..<p.fundamentalists).map { f in
        v0 * exp(p.beliefSpread * Philox4x32.standardNormals(block: key.block(step: 0, agent: noise + momentum + f, purpose: .belief, index: 0)).0)
    }
    let trial = BernoulliThreshold(probability: p.activity)
    var prices = [v0]
    var queue = OrderQueue()
    for t in 0..<p.steps {
        let price = prices[t]
        let m = t < p.lag ? 0 : log(price / prices[t - p.lag])
        queue.removeAll()
        for i in 0..<p.agents {
            let block = key.block(step: t, agent: i, purpose: .decision, index: 0)
            guard trial.accepts(block[0]) else { continue }
            var fraction = 0.0, buy = false
            if i < noise {
                fraction = Philox4x32.unitInterval(hi: block[2], lo: block[3]) * p.maxFraction
                buy = block[1] < 0x8000_0000
            } else if i < noise + momentum {
                if m > p.momentumThreshold { (fraction, buy) = (min(p.maxFraction, p.reactivity * m), true) }
                if m < -p.momentumThreshold { (fraction, buy) = (min(p.maxFraction, p.reactivity * -m), false) }
            } else {
                let g = (beliefs[i - noise - momentum] - price) / beliefs[i - noise - momentum]
                if g > p.valueThreshold { (fraction, buy) = (min(p.maxFraction, p.reactivity * g), true) }
                if g < -p.valueThreshold { (fraction, buy) = (min(p.maxFraction, p.reactivity * -g), false) }
            }
            let q = buy ? fraction * ledger.cash[i] / price : fraction * ledger.tokens[i]
            if q > 0 { queue.insert(account: i, tokens: buy ? q : -q) }
        }
        if p.execution == .callAuction {
            ledger.clearInBatch(&queue, on: curve, fee: p.fee, reward: 0)
        } else {
            ledger.executeSerially(&queue, on: curve, fee: p.fee, reward: 0)
        }
        prices.append(curve.price(atSupply: ledger.supply))
    }
    return Array(prices.dropFirst())
}

/// The reference linear curve `f = m·S` with `m = 10⁻⁵`.
let learningReferenceLine = try! LinearCurve(slope: 1e-5, basePrice: 0)
