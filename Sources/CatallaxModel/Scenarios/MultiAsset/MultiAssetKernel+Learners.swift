#if canImport(Glibc)
import Glibc
#endif
import CatallaxNumerics

// The learning agents of docs/MultiAsset.md, "Learning agents": agents
// 0 … L − 1 choose their positions with one LinearPolicy per lane.
extension MultiAssetKernel {
    /// Sizes (or resets) every lane's policy for `p` and fills the price ring
    /// with `P_0`; called after the opening's solve.
    @usableFromInline
    func _startLearners(_ p: MultiAssetParameters) {
        let l = p.learnerCount, f = p.featureCount, m = p.assets
        let reusable = _policies.count == V.scalarCount && _policies.allSatisfy {
            $0.learners == l && $0.featureCount == f && $0.actionCount == m
                && $0.noise.columns == p.learner.noiseCount(features: f, actions: m)
        }
        if reusable {
            for lane in 0..<V.scalarCount { _policies[lane].reset() }
        } else {
            _policies = (0..<V.scalarCount).map { _ in LinearPolicy(learners: l, features: f, actions: m, learner: p.learner) }
        }
        let opening = _row(.openingPrices)
        for slot in 0...p.memory {
            for j in 0..<m { _priceRing[slot * m + j] = opening[j] }
        }
    }

    /// Step 2 with learners: features `X_t`, exploration draws, actions
    /// `A_t` (one `dgemm` per lane) and the learners' targets `κ·V₀·A_t`.
    ///
    /// ```
    /// x_ℓ = (1, ln(P_tj/P_{t−m,j})/(s_j·√m) …, H_ℓj/(κV₀) …, (B_ℓ − B₀)/(κV₀²))
    /// A_t = X_t·W + σ·ε_t   (or X_ℓ·(W + σE_ℓ)),    target_ℓj = κ·V₀·A_ℓj
    /// ```
    @inlinable
    func _act(_ p: MultiAssetParameters, step t: Int, keys: LaneKeys<V>) {
        let l = p.learnerCount, m = p.assets, f = p.featureCount
        _formMomentum(p, step: t)
        _drawExploration(p, step: t, keys: keys)
        let momentum = _row(.momentum), demand = _row(.learnerDemand)
        let unit = p.reactivity * p.referenceValue, cashUnit = unit * p.referenceValue
        let noiseColumns = p.learner.noiseCount(features: f, actions: m)
        for lane in 0..<V.scalarCount {
            _policies[lane].features.withUnsafeMutableElements { x in
                for i in 0..<l { x[i] = 1 }
                for j in 0..<m {
                    let value = momentum[j][lane]
                    for i in 0..<l { x[i + l * (1 + j)] = value }
                    for i in 0..<l { x[i + l * (1 + m + j)] = _holdings[i * m + j][lane] / unit }
                }
                for i in 0..<l { x[i + l * (1 + 2 * m)] = (_balance[i][lane] - p.initialBalance) / cashUnit }
            }
            _policies[lane].noise.withUnsafeMutableElements { e in
                for index in 0..<(l * noiseColumns) { e[index] = _learnerNoise[index][lane] }
            }
            _policies[lane].formActions(p.learner, exploration: p.exploration)
            let actions = _policies[lane].actions.elements
            for i in 0..<l {
                for j in 0..<m { _learnerTargets[i * m + j][lane] = unit * actions[i + l * j] }
            }
        }
        for j in 0..<m { demand[j] = V() }
        for i in 0..<l {
            for j in 0..<m { demand[j] += _learnerTargets[i * m + j] }
        }
    }

    /// The momentum feature of every asset, lane by lane.
    ///
    /// ```
    /// x_j = clip(ln(P_tj / P_{t−m,j}) / (s_j·√m), ±5),   s_j² = C_jj/(t − 1)   (0 while t < 2 or s_j = 0)
    /// ```
    @inlinable
    func _formMomentum(_ p: MultiAssetParameters, step t: Int) {
        let m = p.assets, prices = _row(.prices), momentum = _row(.momentum)
        let oldest = ((t + 1) % (p.memory + 1)) * m
        let root = Double(p.memory).squareRoot()
        for j in 0..<m {
            for lane in 0..<V.scalarCount {
                let variance = t >= 2 ? _comoments[j * m + j][lane] / Double(t - 1) : 0
                let z = variance > 0 ? log(prices[j][lane] / _priceRing[oldest + j][lane]) / (variance.squareRoot() * root) : 0
                // Clipped: an sd from a few early returns can be near zero and the z-score huge.
                momentum[j][lane] = Swift.min(MultiAssetParameters.momentumClip, Swift.max(-MultiAssetParameters.momentumClip, z))
            }
        }
    }

    /// This step's exploration normals into ``_learnerNoise`` (`[column][learner]`).
    ///
    /// ```
    /// policy gradient: (ε_ℓ,2k, ε_ℓ,2k+1)  = Box–Muller of block (t, ℓ, exploration, k)
    /// ES:              (E_ℓ,2k, E_ℓ,2k+1)  = Box–Muller of block (t, ℓ, exploration, k),  ℓ even or the odd last;  E_{ℓ+1} = −E_ℓ
    /// ```
    @inlinable
    func _drawExploration(_ p: MultiAssetParameters, step t: Int, keys: LaneKeys<V>) {
        let l = p.learnerCount
        let columns = p.learner.noiseCount(features: p.featureCount, actions: p.assets)
        let step = UInt32(truncatingIfNeeded: t)
        let antithetic = p.learner == .evolutionStrategies
        var i = 0
        while i < l {
            for k in 0..<((columns + 1) / 2) {
                let (z1, z2): (V, V) = Philox4x32.standardNormals(
                    counter: DrawCounter(step: step, agent: UInt32(truncatingIfNeeded: i), purpose: .exploration, index: UInt32(k)).words, key0: keys.key0, key1: keys.key1)
                _learnerNoise[i + l * (2 * k)] = z1
                if 2 * k + 1 < columns { _learnerNoise[i + l * (2 * k + 1)] = z2 }
            }
            if antithetic && i + 1 < l {
                for c in 0..<columns { _learnerNoise[i + 1 + l * c] = -_learnerNoise[i + l * c] }
                i += 2
            } else {
                i += 1
            }
        }
    }

    /// Step 5 with learners: stores `P_{t+1}` in the ring, forms every
    /// learner's reward for the position it held into the step and, from
    /// step 1 on, updates each lane's policy; then makes this step's
    /// features and draws the previous ones.
    ///
    /// ```
    /// profit_ℓ  = Σ_j H_ℓj·(P_{t+1,j} − P_tj)
    /// utility_ℓ = profit_ℓ − λ_U·Σ_j H_ℓj²·Var_m(P_j)
    /// r_ℓ       = (profit or utility)/(κ·V₀²)
    /// ```
    @inlinable
    func _rewardAndLearn(_ p: MultiAssetParameters, step t: Int) {
        let l = p.learnerCount, m = p.assets
        let prices = _row(.prices), next = _row(.nextPrices), variance = _row(.priceVariance)
        let slot = ((t + 1) % (p.memory + 1)) * m
        for j in 0..<m { _priceRing[slot + j] = next[j] }
        let utility = p.reward == .utility
        if utility { _formPriceVariance(p) }
        let aversion = V(repeating: p.varianceAversion)
        let scale = 1 / (p.reactivity * p.referenceValue * p.referenceValue)
        for lane in 0..<V.scalarCount {
            _policies[lane].rewards.withUnsafeMutableElements { r in
                for i in 0..<l {
                    var reward = 0.0
                    for j in 0..<m {
                        let h = _holdings[i * m + j][lane]
                        reward += h * (next[j][lane] - prices[j][lane])
                        if utility { reward -= aversion[lane] * h * h * variance[j][lane] }
                    }
                    r[i] = reward * scale
                }
            }
            if t >= 1 { _policies[lane].learn(p.learner, learningRate: p.learningRate, exploration: p.exploration) }
            _policies[lane].advance()
        }
    }

    /// `Var_m(P_j)`, the population variance of the `m + 1` prices in the ring.
    @inlinable
    func _formPriceVariance(_ p: MultiAssetParameters) {
        let m = p.assets, slots = p.memory + 1, variance = _row(.priceVariance)
        let weight = V(repeating: 1 / Double(slots))
        for j in 0..<m {
            var mean = V()
            for s in 0..<slots { mean += _priceRing[s * m + j] }
            mean *= weight
            var sum = V()
            for s in 0..<slots {
                let d = _priceRing[s * m + j] - mean
                sum += d * d
            }
            variance[j] = sum * weight
        }
    }
}
