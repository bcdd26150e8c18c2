#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import CatallaxModel

/// Known answers (b) and (c) of `docs/TokenLaunch.md`.
@Suite struct PriceControllerTests {
    /// The plant `y = g·θ + y₀` under `θ ← θ + K·e`, `n` controls; the
    /// errors before each control.
    static func errors(gain g: Double, kp: Double, controls n: Int) -> [Double] {
        var controller = PriceController(law: .proportional, proportionalGain: kp, bandLow: 1, bandHigh: 1)
        var theta = 0.2, errors: [Double] = []
        for _ in 0..<n {
            let y = g * theta + 0.3
            errors.append(controller.error(measured: y))
            controller.adjust(&theta, measured: y)
        }
        return errors
    }

    /// `e' = (1 − K·g)·e` control by control, to rounding.
    @Test(arguments: [0.5, 1.5, 1.99, 2, 2.5])
    func theErrorFollowsTheRecursion(kg: Double) {
        let g = 0.8, e = Self.errors(gain: g, kp: kg / g, controls: 40)
        for n in 1..<e.count {
            #expect(abs(e[n] - (1 - kg) * e[n - 1]) <= 1e-12 * max(1, abs(e[n - 1])))
        }
    }

    /// Converges for `0 < K·g < 2`; at 2 it oscillates without decaying; at 2.5 it diverges.
    @Test func convergesExactlyWhenTheLoopGainIsBetweenZeroAndTwo() {
        let g = 0.8
        func ratio(_ kg: Double, after n: Int) -> Double {
            let e = Self.errors(gain: g, kp: kg / g, controls: n + 1)
            return abs(e[n] / e[0])
        }
        #expect(ratio(0.5, after: 50) < 1e-14)
        #expect(ratio(1.5, after: 50) < 1e-14)
        #expect(ratio(1.99, after: 2000) < 1e-8)       // 0.99²⁰⁰⁰ ≈ 1.9e-9
        #expect(abs(ratio(1.99, after: 50) - 0.605_006) < 1e-5)
        let critical = Self.errors(gain: g, kp: 2 / g, controls: 200)
        #expect(abs(abs(critical[199] / critical[0]) - 1) < 1e-9)   // ±e₀ forever
        #expect(critical[198] * critical[199] < 0)
        #expect(ratio(2.5, after: 50) > 1e8)                          // 1.5⁵⁰ ≈ 6.4e8
    }

    /// The leaky integral of a constant error: `I_n = e·(1 − (1 − λ)ⁿ)/λ → e/λ`.
    @Test func theLeakBoundsTheIntegral() {
        var c = PriceController(law: .proportionalIntegral, proportionalGain: 0, integralGain: 1, leak: 0.1,
                                bandLow: 1, bandHigh: 1)
        var expected = 0.0
        for n in 1...300 {
            _ = c.output(measured: 0.5)
            expected = 0.5 * (1 - pow(0.9, Double(n))) / 0.1
            #expect(abs(c.integral - expected) <= 1e-12 * 5)
        }
        #expect(abs(c.integral - 5) < 1e-12)
    }

    @Test func theOutputAndTheParameterStayInTheirBounds() {
        var c = PriceController(law: .proportionalIntegral, proportionalGain: 10, integralGain: 1, leak: 0,
                                maxAdjustment: 0.05, bandLow: 0.98, bandHigh: 1.02)
        #expect(c.error(measured: 1.01) == 0)
        #expect(abs(c.error(measured: 0.9) - 0.08) < 1e-15)
        #expect(c.output(measured: 0.5) == 0.05)
        var level = 1.0
        for _ in 0..<100 { c.adjust(&level, measured: 3, lowest: 0.25, highest: 4) }
        #expect(level == 0.25)
    }
}
