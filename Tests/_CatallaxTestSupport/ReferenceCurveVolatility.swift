import CatallaxModel
import CatallaxNumerics
import Foundation

/// The reference scenario written the plainest way: one run, scalar, agent
/// by agent, with the specification's own formulas (`S' = R⁻¹(R(S) + (1−φ)D)`,
/// `refund = R(S) − R(S−Q)`), drawing the same random numbers as the kernel.
/// The kernel must agree with it; it shares no code with the kernel but the
/// curve's scalar `reserve` and `supply(forReserve:)` and the generator.
public struct ReferenceCurveVolatility {
    public struct Result {
        public var prices: [Double]
        public var balances: [Double]
        public var holdings: [Double]
        public var treasury: Double
        public var volume: Double
        public var supply: Double
        /// Active agents per step.
        public var activeCounts: [Int]
    }

    public static func run(_ p: CurveVolatilityParameters, key: RunKey) -> Result {
        let curve = p.curve.bondingCurve
        let n = p.agents
        let nNoise = p.noiseTraders, nMomentum = p.momentumTraders
        let shockTokens = p.shock * p.initialSupply
        var supply = p.initialSupply
        var balances = Array(repeating: p.initialBalance, count: n)
        var holdings = Array(repeating: (p.initialSupply - shockTokens) / Double(n), count: n)
        var treasury = 0.0, volume = 0.0
        let v0 = curve.price(atSupply: p.initialSupply)
        var beliefs = Array(repeating: v0, count: n)
        for i in (nNoise + nMomentum)..<n {
            let w = block(step: 0, index: UInt32(i), purpose: .belief, key: key)
            let z = (-2 * Foundation.log(unit(w[0], w[1]))).squareRoot() * Foundation.cos(2 * Double.pi * unit(w[2], w[3]))
            beliefs[i] = v0 * Foundation.exp(p.beliefSpread * z)
        }
        var prices: [Double] = []
        var activeCounts: [Int] = []
        for t in 0..<p.steps {
            let price = curve.price(atSupply: supply)
            prices.append(price)
            let m = t >= p.lag ? Foundation.log(price / prices[t - p.lag]) : 0
            if p.shock > 0 && t == p.effectiveShockStep {
                let refund = curve.reserve(atSupply: supply) - curve.reserve(atSupply: supply - shockTokens)
                treasury += p.feeRate * refund
                volume += refund
                supply -= shockTokens
            }
            // The momentum traders' order this step; when it is zero they are
            // passed over (their orders would change nothing).
            var momentumBuy = 0.0, momentumSell = 0.0
            if m > p.momentumThreshold { momentumBuy = min(p.maxFraction, p.reactivity * m) }
            if m < -p.momentumThreshold { momentumSell = min(p.maxFraction, p.reactivity * -m) }
            let skipsMomentum = momentumBuy == 0 && momentumSell == 0
            // Active agents: the k-th one's first 32-bit uniform (word 0 or 2
            // of block k/2) gives the gap to the next, counting only the
            // agents walked over; the second (word 1 or 3) its noise draw.
            var active: [Int] = []
            var agent = -1
            var noiseDraws: [Int: Double] = [:]
            for k in 0... {
                let w = block(step: UInt32(t), index: UInt32(k / 2), purpose: .activity, key: key)
                let (gapWord, noiseWord) = k % 2 == 0 ? (w[0], w[1]) : (w[2], w[3])
                let gap = Foundation.log(unit(gapWord)) / Foundation.log1p(-p.activity)
                guard gap.isFinite else { break }
                var next = Double(agent) + 1 + gap.rounded(.down)
                if skipsMomentum && agent < nNoise && next >= Double(nNoise) { next += Double(nMomentum) }
                guard next < Double(n) else { break }
                agent = Int(next)
                active.append(agent)
                noiseDraws[agent] = unit(noiseWord)
            }
            activeCounts.append(active.count)
            for i in active {
                var buy = 0.0, sell = 0.0
                if i < nNoise {
                    let x = 2 * noiseDraws[i]!
                    if x < 1 { buy = x * p.maxFraction } else { sell = (x - 1) * p.maxFraction }
                } else if i < nNoise + nMomentum {
                    buy = momentumBuy
                    sell = momentumSell
                } else {
                    let g = (beliefs[i] - price) / beliefs[i]
                    if g > p.valueThreshold { buy = min(p.maxFraction, p.reactivity * g) }
                    if g < -p.valueThreshold { sell = min(p.maxFraction, p.reactivity * -g) }
                }
                if buy > 0 {
                    let d = buy * balances[i]
                    let newSupply = curve.supply(forReserve: curve.reserve(atSupply: supply) + (1 - p.feeRate) * d)
                    holdings[i] += newSupply - supply
                    balances[i] -= d
                    treasury += p.feeRate * d
                    volume += d
                    supply = newSupply
                } else if sell > 0 {
                    let q = min(sell * holdings[i], supply)
                    let refund = curve.reserve(atSupply: supply) - curve.reserve(atSupply: supply - q)
                    balances[i] += (1 - p.feeRate) * refund
                    treasury += p.feeRate * refund
                    volume += refund
                    holdings[i] -= q
                    supply -= q
                }
            }
        }
        prices.append(curve.price(atSupply: supply))
        return Result(prices: prices, balances: balances, holdings: holdings, treasury: treasury,
                      volume: volume, supply: supply, activeCounts: activeCounts)
    }

    static func block(step: UInt32, index: UInt32, purpose: DrawPurpose, key: RunKey) -> SIMD4<UInt32> {
        let (a, b, c, d) = Philox4x32.block(
            counter: DrawCounter(step: step, agent: index, purpose: purpose).words,
            key0: SIMD2<UInt64>(repeating: UInt64(key.words[0])), key1: SIMD2<UInt64>(repeating: UInt64(key.words[1])))
        return SIMD4(UInt32(a[0]), UInt32(b[0]), UInt32(c[0]), UInt32(d[0]))
    }

    /// `(k + ½)·2⁻⁵²` with `k` the top 52 bits of `(hi, lo)`.
    static func unit(_ hi: UInt32, _ lo: UInt32) -> Double {
        (Double((UInt64(hi) << 20) | (UInt64(lo) >> 12)) + 0.5) * 0x1p-52
    }

    /// `(w + ½)·2⁻³²`.
    static func unit(_ w: UInt32) -> Double {
        (Double(w) + 0.5) * 0x1p-32
    }
}
