import CatallaxModel
import CatallaxNumerics
import Testing

/// Known answers of the two training rules (docs/LinearPolicy.md, Known answers).
@Suite struct LinearPolicyConvergenceTests {
    /// REINFORCE's single-update estimate `ΔW/α = X⁻ᵀ((r − b) ⊙ ε)/(L·σ)` has, for
    /// `r_i = −‖A_i − A*_i‖²` and `A = XW + σε`, the mean
    /// `∇_W J = −(2/L)·Xᵀ(XW − A*)`, the gradient of `J(W) = mean_i E[r_i]`.
    @Test func thePolicyGradientEstimateIsUnbiasedOnAQuadraticReward() {
        let l = 8, f = 3, m = 2, sigma = 0.2, draws = 20_000
        var normals = PolicyTestNormals(seed: 11)
        let x = normals.matrix(rows: l, columns: f), w = normals.matrix(rows: f, columns: m)
        let target = normals.matrix(rows: l, columns: m)
        var analytic = Matrix(rows: f, columns: m, repeating: 0)
        for k in 0..<f {
            for j in 0..<m {
                var sum = 0.0
                for i in 0..<l {
                    var mean = 0.0
                    for q in 0..<f { mean += x[i, q] * w[q, j] }
                    sum += x[i, k] * (mean - target[i, j])
                }
                analytic[k, j] = -2 * sum / Double(l)
            }
        }
        var policy = LinearPolicy(learners: l, features: f, actions: m, learner: .policyGradient)
        var sums = [Double](repeating: 0, count: f * m), squares = sums
        for _ in 0..<draws {
            policy.reset()
            policy.setWeights(w)
            policy.setFeatures(x)
            policy.setNoise(normals.matrix(rows: l, columns: m).elements)
            policy.formActions(.policyGradient, exploration: sigma)
            let rewards = (0..<l).map { i in
                -(0..<m).reduce(0.0) { s, j in let d = policy.actions[i, j] - target[i, j]; return s + d * d }
            }
            policy.advance()
            policy.setRewards(rewards)
            policy.learn(.policyGradient, learningRate: 1, exploration: sigma)
            for index in 0..<(f * m) {
                let estimate = policy.weights.elements[index] - w.elements[index]
                sums[index] += estimate
                squares[index] += estimate * estimate
            }
        }
        for index in 0..<(f * m) {
            let mean = sums[index] / Double(draws)
            let variance = (squares[index] / Double(draws) - mean * mean) * Double(draws) / Double(draws - 1)
            let standardError = (variance / Double(draws)).squareRoot()
            #expect(abs(mean - analytic.elements[index]) <= 4 * standardError,
                    "entry \(index): mean \(mean), analytic \(analytic.elements[index]), se \(standardError)")
        }
    }

    /// Antithetic ES on `r_k = −‖W + σE_k − W*‖²`: a pair's reward difference is
    /// exactly `−4σ⟨E_k, W − W*⟩`, so each update is `W − W* ← (I − (4α/n)·Σ_pairs E_k E_kᵀ)(W − W*)`,
    /// a contraction of at least `1 − 2α(1 − √(FM/p))² ≈ 0.97` per update for
    /// `p = 32` pairs, `FM = 6`, `α = 0.05` (Marchenko–Pastur edge): 400
    /// updates leave under `0.97⁴⁰⁰ ≈ 5e−6` of the start, so `1e−3` is safe.
    @Test func evolutionStrategiesConvergeOnAQuadratic() throws {
        let l = 64, f = 3, m = 2, sigma = 0.1, alpha = 0.05
        var normals = PolicyTestNormals(seed: 12)
        let optimum = try Matrix(rows: f, columns: m, columnMajor: [1, -2, 0.5, 3, -1, 0.25])
        var policy = LinearPolicy(learners: l, features: f, actions: m, learner: .evolutionStrategies)
        for _ in 0..<400 {
            var e = [Double](repeating: 0, count: l * f * m)
            for pair in 0..<(l / 2) {
                for c in 0..<(f * m) {
                    let z = normals.next()
                    e[2 * pair + l * c] = z
                    e[2 * pair + 1 + l * c] = -z
                }
            }
            let rewards = (0..<l).map { i in
                -(0..<(f * m)).reduce(0.0) { s, c in
                    let d = policy.weights.elements[c] + sigma * e[i + l * c] - optimum.elements[c]
                    return s + d * d
                }
            }
            policy.setNoise(e)
            policy.advance()
            policy.setRewards(rewards)
            policy.learn(.evolutionStrategies, learningRate: alpha, exploration: sigma)
        }
        var gap = 0.0, norm = 0.0
        for c in 0..<(f * m) {
            gap += (policy.weights.elements[c] - optimum.elements[c]) * (policy.weights.elements[c] - optimum.elements[c])
            norm += optimum.elements[c] * optimum.elements[c]
        }
        #expect(gap.squareRoot() <= 1e-3 * norm.squareRoot(), "‖W − W*‖ = \(gap.squareRoot())")
    }
}
