import CatallaxModel
import CatallaxNumerics
import PropertyBased
import Testing

@Suite struct RootCurveTests {
    /// The reference root curve: price 1 at supply 100 000.
    let reference = try! RootCurve(level: 1 / 100_000.0.squareRoot())

    @Test func knownValuesByHand() throws {
        let curve = try RootCurve(level: 2)
        // R(9) = (2·2/3)·9^{3/2} = (4/3)·27 = 36; f(9) = 6; R⁻¹(36) = 9.
        expectClose(curve.reserve(atSupply: 9), 36, relative: 4e-16)
        #expect(curve.price(atSupply: 9) == 6)
        expectClose(curve.supply(forReserve: 36), 9, relative: 4e-16)
        expectClose(curve.tokensMinted(forDeposit: 36, atSupply: 0), 9, relative: 4e-16)
        // From 9 to 16: (4/3)·(64 − 27) = 148/3.
        expectClose(curve.costToMint(7, atSupply: 9), 148.0 / 3, relative: 4e-16)
        expectClose(curve.tokensMinted(forDeposit: 148.0 / 3, atSupply: 9), 7, relative: 4e-16)
        expectClose(curve.refundForBurn(7, atSupply: 16), 148.0 / 3, relative: 4e-16)
    }

    // Known answers computed with mpmath at 50 digits from the same double
    // parameters (script in docs/RootCurve.md).
    @Test func matchesHighPrecisionKnownAnswers() {
        let tolerance = 2e-15
        expectClose(reference.price(atSupply: 1e5), 1, relative: 2e-16)
        expectClose(reference.reserve(atSupply: 1e5), 66666.666666666659, relative: tolerance)
        expectClose(reference.tokensMinted(forDeposit: 100, atSupply: 1e5), 99.975016652097913, relative: tolerance)
        expectClose(reference.tokensMinted(forDeposit: 1e-7, atSupply: 1e5), 9.9999999999975007e-08, relative: tolerance)
        expectClose(reference.refundForBurn(1000, atSupply: 1e5), 997.49581762974954, relative: tolerance)
        expectClose(reference.refundForBurn(1e-7, atSupply: 1e5), 9.9999999999974984e-08, relative: tolerance)
        expectClose(reference.supply(forReserve: 12345.6), 32488.947359894916, relative: tolerance)
        let minted = reference.tokensMinted(forDeposit: SIMD4(100, 1e-7, 0, 100), atSupply: SIMD4(repeating: 1e5))
        expectClose(minted[0], 99.975016652097913, relative: tolerance)
        expectClose(minted[1], 9.9999999999975007e-08, relative: tolerance)
        #expect(minted[2] == 0)
        let refund = reference.refundForBurn(SIMD4(1000, 1e-7, 0, 1e5), atSupply: SIMD4(repeating: 1e5))
        expectClose(refund[0], 997.49581762974954, relative: tolerance)
        expectClose(refund[1], 9.9999999999974984e-08, relative: tolerance)
        #expect(refund[2] == 0)
        expectClose(refund[3], 66666.666666666659, relative: tolerance)
    }

    /// The root curve is the power curve with n = ½ and a = k: the two
    /// implementations agree to a few ulps.
    @Test func agreesWithPowerCurveOfExponentOneHalf() throws {
        let power = try PowerCurve(coefficient: reference.level, exponent: 0.5)
        for s in [1.0, 1e3, 1e5, 1e7] {
            expectClose(reference.reserve(atSupply: s), power.reserve(atSupply: s), relative: 1e-14)
            expectClose(reference.tokensMinted(forDeposit: 0.01 * s, atSupply: s), power.tokensMinted(forDeposit: 0.01 * s, atSupply: s),
                        relative: 1e-14)
            expectClose(reference.refundForBurn(0.3 * s, atSupply: s), power.refundForBurn(0.3 * s, atSupply: s), relative: 1e-14)
        }
    }

    /// `∛(1 + ρ) − 1` loses every digit for `ρ = 1e-12`; the rationalized
    /// form keeps them (the second-order term of the expansion is visible).
    @Test func tinyMintKeepsDigitsWhereTheTextbookFormCancels() {
        let s = 1e5, d = 1e-12 * reference.reserve(atSupply: 1e5)
        let ratio = d / reference.reserve(atSupply: s)
        // Δ = s·((1 + ρ)^{2/3} − 1) = s·(2ρ/3 − ρ²/9 + …)
        let expected = s * (2 * ratio / 3 - ratio * ratio / 9)
        expectClose(reference.tokensMinted(forDeposit: d, atSupply: s), expected, relative: 1e-15)
        let textbook = reference.supply(forReserve: reference.reserve(atSupply: s) + d) - s
        #expect(abs(textbook - expected) > 1e-6 * expected)
    }

    @Test func hugeDepositsAndEmptyCurveMintTheInverse() {
        let s = SIMD4<Double>(0, 1e-6, 1, 1e5)
        let d = SIMD4<Double>(50, 1e30, 1e25, 1e40)
        let minted = reference.tokensMinted(forDeposit: d, atSupply: s)
        for lane in s.indices {
            let expected = reference.supply(forReserve: reference.reserve(atSupply: s[lane]) + d[lane]) - s[lane]
            expectClose(minted[lane], expected, relative: 1e-13, "lane \(lane)")
            expectClose(reference.tokensMinted(forDeposit: d[lane], atSupply: s[lane]), expected, relative: 1e-13)
        }
    }

    @Test func rejectsInvalidParameters() {
        expectRejects("level") { try RootCurve(level: 0) }
        expectRejects("level") { try RootCurve(level: -1) }
        expectRejects("level") { try RootCurve(level: .nan) }
        expectRejects("level") { try RootCurve(level: .infinity) }
    }

    @Test func propertiesHoldOverWideParameters() throws {
        let parameters = zip(logUniform(1e-8...1e3), logUniform(1e-3...1e8))
        try seededCheck(parameters, count: 150, seed: 0x2007) { level, supply in
            let curve = try RootCurve(level: level)
            checkAllProperties(curve, supply: supply)
            CurveProperties.tradeMatchesMintAndBurn(curve, SIMD8<Double>.self, supply: supply)
        }
    }
}
