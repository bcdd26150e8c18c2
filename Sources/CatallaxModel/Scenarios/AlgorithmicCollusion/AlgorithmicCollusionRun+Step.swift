import CatallaxNumerics

extension AlgorithmicCollusionRun {
    /// One engine step `t`: the periods `t·B … (t+1)·B − 1`, or fewer if the
    /// session converges or reaches the cap (`docs/AlgorithmicCollusion.md`,
    /// "One step"). A stopped session idles.
    ///
    /// Per period `τ`: each firm's ε-greedy choice from the block
    /// `(τ, j, exploration, 0)` (firm `2j` words 0–1, firm `2j + 1` words
    /// 2–3: explore iff `w < ε·2³²`, random price `⌊w'·m/2³²⌋`); the next
    /// state; each firm's update with the bootstrap read first; the
    /// convergence counter. `ε = exp(−β·t·B)` at the step's start, then
    /// `ε ← ε·e^{−β}` each period. The blocks of eight periods are computed
    /// at once on SIMD lanes (`Philox4x32.blocks`), the same bits as one
    /// scalar block a period: the scalar block was 44% of a period's time.
    @inlinable mutating func step(_ t: Int) {
        guard !stopped else { return }
        let p = point
        let n = p.firms, m = p.prices, window = p.convergenceWindow
        let end = Swift.min((t + 1) * p.periodsPerStep, p.maxPeriods)
        let keep = 1 - p.learningRate, rate = p.learningRate, δ = p.discount
        let decay = exploration.decayPerPeriod, key = self.key
        let mm = UInt64(m)
        let pairs = (n + 1) / 2
        var ε = exploration.probability(atPeriod: period)
        var s = state, τ = period, u = stableFor
        var priceSum = 0.0
        let start = τ
        var didConverge = false
        let profits = grid.profits, prices = grid.prices
        profits.withUnsafeBufferPointer { profit in
            prices.withUnsafeBufferPointer { price in
                learners.withTables { q in
                    var action = SIMD4<Int>()
                    // The blocks of the next eight periods, pairs 0 and 1
                    // (`Philox4x32.blocks`, the same bits as one block a period).
                    typealias Words = SIMD8<UInt64>
                    var pair0 = (Words(), Words(), Words(), Words()), pair1 = pair0
                    var slot = Words.scalarCount
                    while τ < end {
                        if slot == Words.scalarCount {
                            let first = UInt32(truncatingIfNeeded: τ), purpose = DrawPurpose.exploration.rawValue
                            pair0 = Philox4x32.blocks(first: first, counter1: 0, counter2: purpose, counter3: 0, key: key)
                            if pairs > 1 { pair1 = Philox4x32.blocks(first: first, counter1: 1, counter2: purpose, counter3: 0, key: key) }
                            slot = 0
                        }
                        let threshold = ε * 0x1p32
                        for j in 0..<pairs {
                            let block = j == 0 ? pair0 : pair1
                            let first = 2 &* j
                            action[first] = q.choose(agent: first, state: s, explores: Double(block.0[slot]) < threshold,
                                                     randomAction: Int(truncatingIfNeeded: (block.1[slot] &* mm) >> 32))
                            if first &+ 1 < n {
                                action[first &+ 1] = q.choose(
                                    agent: first &+ 1, state: s, explores: Double(block.2[slot]) < threshold,
                                    randomAction: Int(truncatingIfNeeded: (block.3[slot] &* mm) >> 32))
                            }
                        }
                        slot &+= 1
                        var next = 0
                        for i in 0..<n { next = next &* m &+ action[i] }
                        var changed = false
                        for i in 0..<n {
                            let target = profit[next &* n &+ i] + δ * q.maxValue(agent: i, state: next)
                            if q.update(agent: i, state: s, action: action[i], target: target, keep: keep, rate: rate) { changed = true }
                            priceSum += price[action[i]]
                        }
                        s = next
                        τ &+= 1
                        ε *= decay
                        u = changed ? 0 : u &+ 1
                        if u >= window {
                            didConverge = true
                            break
                        }
                    }
                }
            }
        }
        state = s
        period = τ
        stableFor = u
        converged = didConverge
        stopped = didConverge || τ >= p.maxPeriods
        if τ > start { lastMeanPrice = priceSum / (Double(n) * Double(τ - start)) }
        lastStep = t
    }
}
