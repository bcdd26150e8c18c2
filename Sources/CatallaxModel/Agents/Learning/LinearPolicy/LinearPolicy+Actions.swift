import CatallaxNumerics

extension LinearPolicy {
    /// Forms this step's actions from ``features``, ``weights`` and ``noise``.
    ///
    /// ```
    /// A = X·W                         one dgemm (β = 0)
    /// A_ij += σ·ε_ij                  policy gradient
    /// A_ij += σ·Σ_f X_if·E_i[f + F·j] evolution strategies
    /// ```
    /// - Parameters:
    ///   - learner: The rule, which says how the noise enters.
    ///   - exploration: `σ ≥ 0`.
    /// - Complexity: O(L·F·M).
    public mutating func formActions(_ learner: LinearPolicyLearner, exploration σ: Double) {
        // Shapes are fixed at init, so the product cannot mismatch.
        try! actions.formProduct(features, weights)
        let l = learners, f = featureCount, m = actionCount
        let x = features.elements, e = noise.elements
        actions.withUnsafeMutableElements { a in
            x.withUnsafeBufferPointer { x in
                e.withUnsafeBufferPointer { e in
                    switch learner {
                    case .policyGradient:
                        for index in 0..<(l * m) { a[index] += σ * e[index] }
                    case .evolutionStrategies:
                        // E is L × F·M column-major: entry (i, f + F·j) at i + L·(f + F·j).
                        for j in 0..<m {
                            for i in 0..<l {
                                var sum = 0.0
                                for k in 0..<f { sum += x[i + l * k] * e[i + l * (k + f * j)] }
                                a[i + l * j] += σ * sum
                            }
                        }
                    }
                }
            }
        }
    }
}
