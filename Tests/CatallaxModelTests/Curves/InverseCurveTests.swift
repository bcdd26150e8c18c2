#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CatallaxModel
import CatallaxNumerics
import PropertyBased
import Testing

@Suite struct InverseCurveTests {
    /// The reference inverse curve: price 1 at supply 100 000.
    let reference = try! InverseCurve(level: 100_001)

    @Test func knownValuesByHand() throws {
        let curve = try InverseCurve(level: 1)
        // R(e − 1) = ln e = 1; f(e − 1) = 1/e; R⁻¹(1) = e − 1.
        expectClose(curve.reserve(atSupply: exp(1) - 1), 1, relative: 4e-16)
        expectClose(curve.price(atSupply: exp(1) - 1), exp(-1), relative: 4e-16)
        expectClose(curve.supply(forReserve: 1), exp(1) - 1, relative: 4e-16)
        // From 1 to 3: ln(4/2) = ln 2; minting ln 2 at 1 doubles 1 + S.
        expectClose(curve.costToMint(2, atSupply: 1), log(2), relative: 4e-16)
        expectClose(curve.tokensMinted(forDeposit: log(2), atSupply: 1), 2, relative: 4e-16)
        expectClose(curve.refundForBurn(2, atSupply: 3), log(2), relative: 4e-16)
        #expect(reference.price(atSupply: 1e5) == 1)
    }

    // Known answers computed with mpmath at 50 digits from the same double
    // parameters (script in docs/InverseCurve.md).
    @Test func matchesHighPrecisionKnownAnswers() {
        let tolerance = 2e-15
        expectClose(reference.reserve(atSupply: 1e5), 1151305.0594274878, relative: tolerance)
        expectClose(reference.tokensMinted(forDeposit: 100, atSupply: 1e5), 100.05001617050571, relative: tolerance)
        expectClose(reference.tokensMinted(forDeposit: 1e-7, atSupply: 1e5), 1.0000000000004999e-07, relative: tolerance)
        expectClose(reference.refundForBurn(1000, atSupply: 1e5), 1005.0335346764068, relative: tolerance)
        expectClose(reference.refundForBurn(1e-7, atSupply: 1e5), 1.0000000000004999e-07, relative: tolerance)
        expectClose(reference.supply(forReserve: 12345.6), 0.13139882507047841, relative: tolerance)
        var price = SIMD4<Double>(repeating: 1)
        let minted = reference.tokensMinted(forDeposit: SIMD4(100, 1e-7, 0, 100), atSupply: SIMD4(repeating: 1e5), price: &price)
        expectClose(minted[0], 100.05001617050571, relative: tolerance)
        expectClose(minted[1], 1.0000000000004999e-07, relative: tolerance)
        #expect(minted[2] == 0 && price[2] == 1)
        expectClose(price[0], reference.price(atSupply: 1e5 + minted[0]), relative: 1e-15)
        let refund = reference.refundForBurn(SIMD4(1000, 1e-7, 0, 1e5), atSupply: SIMD4(repeating: 1e5))
        expectClose(refund[0], 1005.0335346764068, relative: tolerance)
        expectClose(refund[1], 1.0000000000004999e-07, relative: tolerance)
        #expect(refund[2] == 0)
        expectClose(refund[3], 1151305.0594274878, relative: tolerance)
    }

    /// Buying lowers the price and selling raises it: the opposite of every
    /// other family, with the reserve still increasing.
    @Test func buyingLowersThePriceSellingRaisesIt() {
        var price = reference.price(atSupply: SIMD2<Double>(repeating: 1e5))
        let minted = reference.tokensMinted(forDeposit: SIMD2(1000, 0), atSupply: SIMD2(repeating: 1e5), price: &price)
        #expect(minted[0] > 1000 && price[0] < 1)
        var after = reference.price(atSupply: SIMD2<Double>(repeating: 1e5))
        _ = reference.refundForBurn(SIMD2(1000, 0), atSupply: SIMD2(repeating: 1e5), price: &after)
        #expect(after[0] > 1 && after[1] == 1)
    }

    @Test func rejectsInvalidParameters() {
        expectRejects("level") { try InverseCurve(level: 0) }
        expectRejects("level") { try InverseCurve(level: -3) }
        expectRejects("level") { try InverseCurve(level: .nan) }
    }

    @Test func propertiesHoldOverWideParameters() throws {
        let parameters = zip(logUniform(1e-6...1e9), logUniform(1e-3...1e8))
        try seededCheck(parameters, count: 150, seed: 0x1_4E7) { level, supply in
            let curve = try InverseCurve(level: level)
            checkAllProperties(curve, supply: supply)
            CurveProperties.tradeMatchesMintAndBurn(curve, SIMD8<Double>.self, supply: supply)
            CurveProperties.increases(curve, along: [0, 0.5 * supply, supply, 2 * supply], priceFalls: true)
        }
    }
}
