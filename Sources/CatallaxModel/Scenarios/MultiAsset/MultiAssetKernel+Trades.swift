import CatallaxNumerics

extension MultiAssetKernel {
    /// Step 4 for every lane: every agent moves to its target position at
    /// the new prices `P` (``_AssetRow/nextPrices``), the market maker takes
    /// the other side.
    ///
    /// ```
    /// h*_ij = κ(1 + g)·V_ij − κg·S_i − w_j,   S_i = Σ_k V_ik,   w_j = κ((1 + g)P_j − gΣ_k P_k)
    /// h*_ℓj = κ·V₀·A_ℓj                       learners ℓ < L (their policy's action)
    /// ΔH_ij = h*_ij − H_ij,   H_ij ← h*_ij,   B_i −= Σ_j P_j·ΔH_ij
    /// I_j −= Σ_i ΔH_ij,   B_mm += Σ_i Σ_j P_j·ΔH_ij,   volume += Σ_i Σ_j |ΔH_ij|·P_j
    /// ```
    /// Also sums `Σ_i H_ij`, `Σ_i |H_ij|` for the conservation check.
    @inlinable
    func _trade(_ p: MultiAssetParameters, volume: inout V) {
        let m = p.assets
        let prices = _row(.nextPrices), offsets = _row(.priceOffsets), flow = _row(.flow)
        let holdingSums = _row(.holdingSums), holdingScales = _row(.holdingScales)
        let g = p._crossWeight
        let ownWeight = V(repeating: p.reactivity * (1 + g)), crossWeight = V(repeating: p.reactivity * g)
        var priceTotal = V()
        for j in 0..<m { priceTotal += prices[j] }
        for j in 0..<m {
            offsets[j] = ownWeight * prices[j] - crossWeight * priceTotal
            flow[j] = V()
            holdingSums[j] = V()
            holdingScales[j] = V()
        }
        let beliefs = _beliefs.baseAddress!, holdings = _holdings.baseAddress!
        var paid = V(), traded = V()
        for i in 0..<p.agents {
            let row = i * m
            var beliefTotal = V()
            for j in 0..<m { beliefTotal += beliefs[row + j] }
            let crossPart = crossWeight * beliefTotal
            var spend = V()
            for j in 0..<m {
                // A learner's target is its policy's (set by _act); a belief agent's its demand.
                let target = i < _learners ? _learnerTargets[row + j] : ownWeight * beliefs[row + j] - crossPart - offsets[j]
                let delta = target - holdings[row + j]
                holdings[row + j] = target
                spend += prices[j] * delta
                traded += V.maximum(delta, -delta) * prices[j]
                flow[j] += delta
                holdingSums[j] += target
                holdingScales[j] += V.maximum(target, -target)
            }
            _balance[i] -= spend
            paid += spend
            _firstHoldings[i] = holdings[row]
        }
        _makerCash += paid
        let inventory = _row(.inventory)
        for j in 0..<m { inventory[j] -= flow[j] }
        volume += traded
    }

    /// Step 5: conservation of every asset and of cash, lane by lane.
    ///
    /// ```
    /// |Σ_i H_ij + I_j| ≤ 1e−9·(Σ_i |H_ij| + |I_j|)
    /// |Σ_i B_i + B_mm − N·B₀| ≤ 1e−9·max(N·B₀, Σ_i |B_i| + |B_mm|)
    /// ```
    @inlinable
    func _checkConservation(_ p: MultiAssetParameters, step: Int, runCount: Int) {
        let totals = _cashTotals(p)
        for lane in 0..<runCount where _failures[lane] == nil {
            if let violation = _conservationViolation(p, lane: lane, cash: totals.cash[lane], cashScale: totals.scale[lane]) {
                _fail(lane: lane, "\(violation) at step \(step)")
            }
        }
    }

    /// `Σ_i B_i` and `Σ_i |B_i|` of every lane, across lanes at once.
    @inlinable
    func _cashTotals(_ p: MultiAssetParameters) -> (cash: V, scale: V) {
        var cash = V(), cashScale = V()
        for i in 0..<p.agents {
            let b = _balance[i]
            cash += b
            cashScale += V.maximum(b, -b)
        }
        return (cash, cashScale)
    }

    /// The first conservation law that fails in `lane`, to a relative 1e-9,
    /// given the lane's `Σ B_i` and `Σ |B_i|`:
    /// ```
    /// Σ_i H_ij + inventory_j = 0,   Σ_i B_i + maker cash = N·B₀
    /// ```
    @usableFromInline
    func _conservationViolation(_ p: MultiAssetParameters, lane: Int, cash: Double, cashScale: Double) -> String? {
        let inventory = _row(.inventory), holdingSums = _row(.holdingSums), holdingScales = _row(.holdingScales)
        for j in 0..<p.assets {
            let gap = abs(holdingSums[j][lane] + inventory[j][lane])
            if !(gap <= 1e-9 * (holdingScales[j][lane] + abs(inventory[j][lane]))) {
                return "asset \(j) is not conserved (Σ H + inventory = \(holdingSums[j][lane] + inventory[j][lane]))"
            }
        }
        let startingCash = Double(p.agents) * p.initialBalance
        let cashGap = abs(cash + _makerCash[lane] - startingCash)
        if !(cashGap <= 1e-9 * Swift.max(startingCash, cashScale + abs(_makerCash[lane]))) {
            return "cash is not conserved (Σ B + maker cash − N·B₀ = \(cash + _makerCash[lane] - startingCash))"
        }
        return nil
    }
}
