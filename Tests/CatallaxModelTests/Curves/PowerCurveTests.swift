import CatallaxModel
import CatallaxNumerics
import PropertyBased
import Testing

@Suite struct PowerCurveTests {
    /// The reference scenario's power curve: price 1 at supply 100 000.
    let reference = try! PowerCurve(coefficient: 1e-10, exponent: 2)

    @Test func referencePriceIsOneAtInitialSupply() {
        expectClose(reference.price(atSupply: 100_000), 1, relative: 1e-15)
        expectClose(reference.price(atSupply: SIMD4<Double>(repeating: 100_000))[0], 1, relative: 1e-15)
    }

    // Known answers computed with mpmath at 50 digits from the same double
    // parameters (script in docs/PowerCurve.md).
    @Test func matchesHighPrecisionKnownAnswers() throws {
        let tolerance = 2e-15
        expectClose(reference.reserve(atSupply: 1e5), 33333.333333333336, relative: tolerance)
        expectClose(reference.tokensMinted(forDeposit: 100, atSupply: 1e5), 99.900166334064963, relative: tolerance)
        expectClose(reference.tokensMinted(forDeposit: 1e-7, atSupply: 1e5), 9.9999999999899993e-08, relative: tolerance)
        expectClose(reference.refundForBurn(1000, atSupply: 1e5), 990.03333333333342, relative: tolerance)
        expectClose(reference.refundForBurn(1e-7, atSupply: 1e5), 9.9999999999899993e-08, relative: tolerance)
        expectClose(reference.costToMint(1000, atSupply: 1e5), 1010.0333333333334, relative: tolerance)
        expectClose(reference.costToMint(1e-7, atSupply: 1e5), 1.000000000001e-07, relative: tolerance)
        expectClose(reference.supply(forReserve: 12345.6), 71814.33646315799, relative: tolerance)
        expectClose(reference.tokensMinted(forDeposit: 50, atSupply: 0), 11447.142425533319, relative: tolerance)
        let fractional = try PowerCurve(coefficient: 0.37, exponent: 2.5)
        expectClose(fractional.price(atSupply: 7.25), 52.365679157376363, relative: tolerance)
        expectClose(fractional.reserve(atSupply: 7.25), 108.47176396885104, relative: tolerance)
        expectClose(fractional.tokensMinted(forDeposit: 3, atSupply: 7.25), 0.056732334648856381, relative: tolerance)
        expectClose(fractional.refundForBurn(7, atSupply: 7.25), 108.4709380759939, relative: tolerance)
    }

    /// From zero supply the lanes mint `R⁻¹(d)`, for deposits far below and
    /// far above the curve's anchor reserve (both branches of `e^u`).
    @Test func lanesMintFromZeroSupplyAcrossScales() {
        let deposits = SIMD8<Double>(1e-30, 1e-10, 1e-3, 1, 50, 1e6, 1e20, 1e40)
        let minted = reference.tokensMinted(forDeposit: deposits, atSupply: .zero)
        for lane in deposits.indices {
            // R⁻¹(d) = (3d/a)^{1/3}, by the C library's pow.
            let expected = reference.supply(forReserve: deposits[lane])
            expectClose(minted[lane], expected, relative: 1e-13, "deposit \(deposits[lane])")
        }
        expectClose(minted[4], 11447.142425533319, relative: 1e-13)
    }

    /// A deposit more than `2⁶⁰` times the reserve takes the from-zero
    /// branch and still returns new supply minus old.
    @Test func hugeDepositOverReserveMintsNewSupplyMinusOld() {
        let s = SIMD4<Double>(1, 10, 1e3, 1e5)
        let d = SIMD4<Double>(repeating: 1e30)
        let minted = reference.tokensMinted(forDeposit: d, atSupply: s)
        for lane in s.indices {
            let expected = reference.supply(forReserve: reference.reserve(atSupply: s[lane]) + 1e30) - s[lane]
            expectClose(minted[lane], expected, relative: 1e-13)
            expectClose(reference.tokensMinted(forDeposit: 1e30, atSupply: s[lane]), expected, relative: 1e-13)
        }
    }

    @Test func exponentZeroIsAConstantPrice() throws {
        let flat = try PowerCurve(coefficient: 0.37, exponent: 0)
        for s in [0, 1, 1e5] { #expect(flat.price(atSupply: s) == 0.37) }
        #expect(flat.price(atSupply: SIMD4<Double>(0, 1, 2, 3)) == SIMD4(repeating: 0.37))
        expectClose(flat.tokensMinted(forDeposit: 3.7, atSupply: 5), 10, relative: 1e-15)
        expectClose(flat.reserve(atSupply: 10), 3.7, relative: 1e-15)
        var price = SIMD4<Double>(repeating: 0.37)
        let refund = flat.refundForBurn(SIMD4(5, 5, 0, 1), atSupply: SIMD4(5, 10, 5, 5), price: &price)
        expectClose(refund[0], 1.85, relative: 1e-15)
        #expect(price == SIMD4(repeating: 0.37))
    }

    @Test func burningEverythingLeavesPriceAtZeroSupply() {
        var price = reference.price(atSupply: SIMD4<Double>(repeating: 1e5))
        let refund = reference.refundForBurn(SIMD4(repeating: 1e5), atSupply: SIMD4(repeating: 1e5), price: &price)
        #expect(price == .zero)
        for lane in refund.indices { expectClose(refund[lane], reference.reserve(atSupply: 1e5), relative: 1e-15) }
    }

    @Test func rejectsInvalidParameters() {
        expectRejects("coefficient") { try PowerCurve(coefficient: 0, exponent: 2) }
        expectRejects("coefficient") { try PowerCurve(coefficient: .nan, exponent: 2) }
        expectRejects("exponent") { try PowerCurve(coefficient: 1, exponent: -0.5) }
        expectRejects("exponent") { try PowerCurve(coefficient: 1, exponent: .infinity) }
    }

    @Test func propertiesHoldOverWideParameters() throws {
        let parameters = zip(Gen.double(in: 0...8), logUniform(1e-30...1e5), logUniform(1e-3...1e8))
        try seededCheck(parameters, count: 150, seed: 0x90_3E4) { exponent, coefficient, supply in
            let curve = try PowerCurve(coefficient: coefficient, exponent: exponent)
            checkAllProperties(curve, supply: supply)
        }
    }
}
