import CatallaxModel
import CatallaxNumerics
import Testing

/// The dgemm forward pass and gradient against naive loops (docs/LinearPolicy.md, Known answers).
@Suite struct LinearPolicyProductTests {
    let l = 37, f = 6, m = 3

    @Test func theForwardGemmEqualsTheNaiveLoop() {
        var normals = PolicyTestNormals(seed: 1)
        let x = normals.matrix(rows: l, columns: f), w = normals.matrix(rows: f, columns: m)
        let eps = normals.matrix(rows: l, columns: m)
        var policy = LinearPolicy(learners: l, features: f, actions: m, learner: .policyGradient)
        policy.setWeights(w)
        policy.setFeatures(x)
        policy.setNoise(eps.elements)
        policy.formActions(.policyGradient, exploration: 0.3)
        var naive = Matrix(rows: l, columns: m, repeating: 0)
        for i in 0..<l {
            for j in 0..<m {
                var sum = 0.0
                for k in 0..<f { sum += x[i, k] * w[k, j] }
                naive[i, j] = sum + 0.3 * eps[i, j]
            }
        }
        #expect(relativeDifference(policy.actions, naive) <= 1e-12)
    }

    @Test func theEvolutionStrategiesActionsEqualThePerturbedWeights() {
        var normals = PolicyTestNormals(seed: 2)
        let x = normals.matrix(rows: l, columns: f), w = normals.matrix(rows: f, columns: m)
        let e = normals.matrix(rows: l, columns: f * m)
        var policy = LinearPolicy(learners: l, features: f, actions: m, learner: .evolutionStrategies)
        policy.setWeights(w)
        policy.setFeatures(x)
        policy.setNoise(e.elements)
        policy.formActions(.evolutionStrategies, exploration: 0.2)
        var naive = Matrix(rows: l, columns: m, repeating: 0)
        for i in 0..<l {
            for j in 0..<m {
                var sum = 0.0
                for k in 0..<f { sum += x[i, k] * (w[k, j] + 0.2 * e[i, k + f * j]) }
                naive[i, j] = sum
            }
        }
        #expect(relativeDifference(policy.actions, naive) <= 1e-12)
    }

    @Test func thePolicyGradientGemmEqualsTheNaiveLoop() {
        var normals = PolicyTestNormals(seed: 3)
        let x = normals.matrix(rows: l, columns: f), w = normals.matrix(rows: f, columns: m)
        let eps = normals.matrix(rows: l, columns: m), r = (0..<l).map { _ in normals.next() }
        let alpha = 0.07, sigma = 0.3
        var policy = LinearPolicy(learners: l, features: f, actions: m, learner: .policyGradient)
        policy.setWeights(w)
        policy.setFeatures(x)
        policy.setNoise(eps.elements)
        policy.advance()
        policy.setRewards(r)
        policy.learn(.policyGradient, learningRate: alpha, exploration: sigma)
        // The first update's baseline is 0.
        var naive = w
        for k in 0..<f {
            for j in 0..<m {
                var sum = 0.0
                for i in 0..<l { sum += x[i, k] * r[i] * eps[i, j] }
                naive[k, j] += alpha / (Double(l) * sigma) * sum
            }
        }
        #expect(relativeDifference(policy.weights, naive) <= 1e-12)
        #expect(policy.baseline == r.reduce(0, +) / Double(l))
    }

    @Test func theEvolutionStrategiesGemmEqualsTheNaiveLoop() {
        var normals = PolicyTestNormals(seed: 4)
        let w = normals.matrix(rows: f, columns: m)
        let e = normals.matrix(rows: l, columns: f * m), r = (0..<l).map { _ in normals.next() }
        let alpha = 0.07, sigma = 0.3, paired = l - l % 2
        var policy = LinearPolicy(learners: l, features: f, actions: m, learner: .evolutionStrategies)
        policy.setWeights(w)
        policy.setNoise(e.elements)
        policy.advance()
        policy.setRewards(r)
        policy.learn(.evolutionStrategies, learningRate: alpha, exploration: sigma)
        var naive = w
        for k in 0..<f {
            for j in 0..<m {
                var sum = 0.0
                for i in 0..<paired { sum += r[i] * e[i, k + f * j] }
                naive[k, j] += alpha / (Double(paired) * sigma) * sum
            }
        }
        #expect(relativeDifference(policy.weights, naive) <= 1e-12)
    }

    @Test(arguments: [LinearPolicyLearner.policyGradient, .evolutionStrategies])
    func aZeroLearningRateLeavesTheWeightsUnchanged(learner: LinearPolicyLearner) {
        var normals = PolicyTestNormals(seed: 5)
        let w = normals.matrix(rows: f, columns: m)
        var policy = LinearPolicy(learners: l, features: f, actions: m, learner: learner)
        policy.setWeights(w)
        let columns = learner.noiseCount(features: f, actions: m)
        for _ in 0..<20 {
            policy.setFeatures(normals.matrix(rows: l, columns: f))
            policy.setNoise(normals.matrix(rows: l, columns: columns).elements)
            policy.formActions(learner, exploration: 0.5)
            policy.advance()
            policy.setRewards((0..<l).map { _ in 1 + normals.next() })
            policy.learn(learner, learningRate: 0, exploration: 0.5)
        }
        #expect(policy.weights == w)
        #expect(policy.updates == 20)
    }
}
