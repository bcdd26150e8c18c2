@testable import CatallaxOptimize
import CatallaxSweep
import Testing

/// Known answers for Morris's estimators (`docs/Sensitivity.md`).
@Suite struct MorrisElementaryEffectsTests {
    static func effects(k: Int, r: Int = 20, seed: UInt64 = 2007, _ model: ([Double]) -> Double) -> [ElementaryEffects] {
        var rng = SplitMix64(seed: seed)
        let design = MorrisDesign(parameterCount: k, trajectoryCount: r, using: &rng)
        return design.elementaryEffects(of: design.rows().map(model))
    }

    @Test func linearModelEffectsAreItsCoefficients() {
        // EE = aᵢ on every step: μ = aᵢ, μ* = |aᵢ|, σ = 0, up to rounding.
        let a = [3.0, -2, 0.5, 0, 10]
        let effects = Self.effects(k: 5) { SensitivityTestFunctions.linear($0, a: a) }
        for (i, effect) in effects.enumerated() {
            #expect(abs(effect.absoluteMean - abs(a[i])) <= 1e-13 * 10, "μ*\(i + 1) = \(effect.absoluteMean)")
            #expect(abs(effect.mean - a[i]) <= 1e-13 * 10, "μ\(i + 1) = \(effect.mean)")
            #expect(effect.standardDeviation <= 1e-13 * 10, "σ\(i + 1) = \(effect.standardDeviation)")
        }
    }

    @Test func anInteractionShowsAsSpreadAndANonMonotoneEffectAsCancellation() {
        // f = u₁u₂ + (u₃ − ½)²: u₁'s effect is u₂, which varies (σ > 0);
        // u₃'s effects are ±Δ·(…) symmetric about ½, so μ cancels while μ* does not.
        let effects = Self.effects(k: 4, r: 40) { $0[0] * $0[1] + ($0[2] - 0.5) * ($0[2] - 0.5) }
        #expect(effects[0].standardDeviation > 0.1)
        #expect(abs(effects[2].mean) < effects[2].absoluteMean)
        #expect(effects[3] == ElementaryEffects(mean: 0, absoluteMean: 0, standardDeviation: 0))
    }

    @Test func ishigamiScreeningRanksTheThirdParameterByItsInteraction() {
        // x₃ acts only through b·x₃⁴·sin x₁: its σ is of the order of its μ*.
        let effects = Self.effects(k: 3, r: 50) { SensitivityTestFunctions.ishigami($0) }
        #expect(effects[2].absoluteMean > 0)
        #expect(effects[2].standardDeviation > 0.5 * effects[2].absoluteMean)
    }

    @Test func theSameSeedGivesBitIdenticalEffects() {
        let model: ([Double]) -> Double = { SensitivityTestFunctions.ishigami($0) }
        #expect(Self.effects(k: 3, seed: 8, model) == Self.effects(k: 3, seed: 8, model))
        #expect(Self.effects(k: 3, seed: 8, model) != Self.effects(k: 3, seed: 9, model))
    }
}
