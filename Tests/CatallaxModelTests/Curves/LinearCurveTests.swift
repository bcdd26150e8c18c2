import CatallaxModel
import CatallaxNumerics
import PropertyBased
import Testing

@Suite struct LinearCurveTests {
    /// The reference scenario's linear curve: price 1 at supply 100 000.
    let reference = try! LinearCurve(slope: 1e-5, basePrice: 0)

    @Test func referencePriceIsOneAtInitialSupply() {
        expectClose(reference.price(atSupply: 100_000), 1, relative: 1e-15)
    }

    // Known answers computed with mpmath at 50 digits from the same double
    // parameters (script in docs/LinearCurve.md).
    @Test func matchesHighPrecisionKnownAnswers() throws {
        let tolerance = 4e-16
        expectClose(reference.reserve(atSupply: 1e5), 50000.000000000007, relative: tolerance)
        expectClose(reference.tokensMinted(forDeposit: 100, atSupply: 1e5), 99.950049937587366, relative: tolerance)
        expectClose(reference.tokensMinted(forDeposit: 1e-7, atSupply: 1e5), 9.9999999999949981e-08, relative: tolerance)
        expectClose(reference.refundForBurn(1000, atSupply: 1e5), 995.00000000000011, relative: tolerance)
        expectClose(reference.refundForBurn(1e-7, atSupply: 1e5), 9.9999999999950007e-08, relative: tolerance)
        expectClose(reference.costToMint(1000, atSupply: 1e5), 1005.0000000000001, relative: tolerance)
        expectClose(reference.costToMint(1e-7, atSupply: 1e5), 1.0000000000005001e-07, relative: tolerance)
        let offset = try LinearCurve(slope: 3e-6, basePrice: 0.7)
        expectClose(offset.reserve(atSupply: 1e5), 85000, relative: tolerance)
        expectClose(offset.supply(forReserve: 1234.5), 1756.9566499929549, relative: tolerance)
        expectClose(offset.tokensMinted(forDeposit: 100, atSupply: 1e5), 99.985004498313216, relative: tolerance)
    }

    @Test func lanesMatchKnownAnswers() {
        let minted = reference.tokensMinted(forDeposit: SIMD4(100, 1e-7, 0, 100), atSupply: SIMD4(repeating: 1e5))
        expectClose(minted[0], 99.950049937587366, relative: 1e-15)
        expectClose(minted[1], 9.9999999999949981e-08, relative: 1e-15)
        #expect(minted[2] == 0)
        let refund = reference.refundForBurn(SIMD4(1000, 1e-7, 0, 1e5), atSupply: SIMD4(repeating: 1e5))
        expectClose(refund[0], 995.00000000000011, relative: 1e-15)
        expectClose(refund[1], 9.9999999999950007e-08, relative: 1e-15)
        #expect(refund[2] == 0)
        expectClose(refund[3], 50000.000000000007, relative: 1e-15)
    }

    /// `(−b + √(b² + 2m·d))/m` loses every digit when `m·d ≪ b²`; the
    /// rationalized root keeps them.
    @Test func rationalizedRootKeepsDigitsWhereTextbookRootCancels() throws {
        let curve = try LinearCurve(slope: 1e-12, basePrice: 1)
        let d = 1e-3
        // Δ = d/b − m·d²/(2b³) + m²·d³/(2b⁵) − …
        let expected = d - 1e-12 * d * d / 2
        expectClose(curve.tokensMinted(forDeposit: d, atSupply: 0), expected, relative: 1e-15)
        expectClose(curve.supply(forReserve: d), expected, relative: 1e-15)
        let textbook = (-1 + (1 + 2 * 1e-12 * d).squareRoot()) / 1e-12
        #expect(abs(textbook - expected) > 1e-6 * expected)
    }

    @Test func constantPriceMintsDepositOverPrice() throws {
        let curve = try LinearCurve(slope: 0, basePrice: 2.5)
        #expect(curve.tokensMinted(forDeposit: 10, atSupply: 123) == 4)
        #expect(curve.refundForBurn(4, atSupply: 123) == 10)
        #expect(curve.reserve(atSupply: 4) == 10)
    }

    @Test func mintsFromZeroSupplyWithZeroBasePrice() {
        // f = m·S: R⁻¹(d) = √(2d/m); at s = 0 the price is 0, not a divisor.
        expectClose(reference.tokensMinted(forDeposit: 50_000, atSupply: 0), 1e5, relative: 1e-15)
        let minted = reference.tokensMinted(forDeposit: SIMD8(repeating: 50_000), atSupply: SIMD8(repeating: 0))
        for lane in minted.indices { expectClose(minted[lane], 1e5, relative: 1e-15) }
    }

    @Test func rejectsInvalidParameters() {
        expectRejects("slope") { try LinearCurve(slope: -1e-5, basePrice: 1) }
        expectRejects("slope") { try LinearCurve(slope: .nan, basePrice: 1) }
        expectRejects("basePrice") { try LinearCurve(slope: 1, basePrice: -0.5) }
        expectRejects("basePrice") { try LinearCurve(slope: 1, basePrice: .infinity) }
        expectRejects("slope + basePrice") { try LinearCurve(slope: 0, basePrice: 0) }
    }

    @Test func errorDescriptionIsASentenceNamingParameterAndDomain() {
        let error = CurveError.invalidParameter(
            curve: "LinearCurve", parameter: "slope", value: -1, allowed: "a finite number ≥ 0")
        #expect(error.description == "LinearCurve parameter `slope` is -1.0, but it must be a finite number ≥ 0.")
    }

    @Test func propertiesHoldOverWideParameters() throws {
        let parameters = zip(
            logUniform(1e-12...1e2), Gen.double(in: 0...1), logUniform(1e-6...1e3), logUniform(1e-3...1e8))
        try seededCheck(parameters, count: 150, seed: 0x11AE_A4) { slope, coin, base, supply in
            let curve = try LinearCurve(slope: slope, basePrice: coin < 0.3 ? 0 : base)
            checkAllProperties(curve, supply: supply)
        }
    }
}
