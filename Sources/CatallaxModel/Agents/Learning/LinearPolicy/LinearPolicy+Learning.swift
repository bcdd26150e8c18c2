import CatallaxNumerics

extension LinearPolicy {
    /// One online update from ``rewards`` of the actions formed with
    /// ``previousFeatures`` and ``previousNoise`` (`docs/LinearPolicy.md`).
    ///
    /// ```
    /// policy gradient:      W ← W + (α/(L·σ))·X⁻ᵀ·((r − b) ⊙ ε⁻)   (dgemm, β = 1);  then b ← b + (r̄ − b)/k
    /// evolution strategies: W ← W + (α/(n·σ))·E⁻ᵀ·r′               (dgemm);  r′_i = r_i for the n = 2⌊L/2⌋ paired learners, else 0
    /// ```
    /// `α = 0` leaves `W` bit for bit unchanged (no product is added).
    /// - Parameters:
    ///   - learner: The rule.
    ///   - learningRate: `α ≥ 0`.
    ///   - exploration: `σ > 0`.
    /// - Complexity: O(L·F·M).
    public mutating func learn(_ learner: LinearPolicyLearner, learningRate α: Double, exploration σ: Double) {
        let l = learners
        guard l > 0 else { return }
        updates += 1
        switch learner {
        case .policyGradient:
            var mean = 0.0
            let r = rewards.elements, eps = previousNoise.elements, b = baseline, m = actionCount
            _advantage.withUnsafeMutableElements { g in
                r.withUnsafeBufferPointer { r in
                    eps.withUnsafeBufferPointer { eps in
                        for i in 0..<l { mean += r[i] }
                        for j in 0..<m {
                            for i in 0..<l { g[i + l * j] = (r[i] - b) * eps[i + l * j] }
                        }
                    }
                }
            }
            if α != 0 {
                // Shapes are fixed at init, so the product cannot mismatch.
                try! weights.formProduct(previousFeatures, _advantage, transposingA: true, alpha: α / (Double(l) * σ), beta: 1)
            }
            baseline += (mean / Double(l) - baseline) / Double(updates)
        case .evolutionStrategies:
            let paired = l - l % 2
            guard paired > 0, α != 0 else { return }
            let r = rewards.elements
            _advantage.withUnsafeMutableElements { rr in
                for i in 0..<l { rr[i] = i < paired ? r[i] : 0 }
            }
            try! _weightStep.formProduct(previousNoise, _advantage, transposingA: true, alpha: α / (Double(paired) * σ))
            let step = _weightStep.elements
            weights.withUnsafeMutableElements { w in
                for index in 0..<w.count { w[index] += step[index] }
            }
        }
    }
}
