import CatallaxModel
import CatallaxNumerics
import PropertyBased
import Testing

@Suite struct BancorCurveTests {
    /// Bancor's own test state: supply 300 000, reserve 63 000, weight 21%.
    let bancor = try! BancorCurve(reserveRatio: 0.21, supply: 300_000, reserve: 63_000)

    /// Deposits and purchase returns to 6 decimals from Bancor's formula
    /// tests; its contract works in integers, so a 1e-6 absolute tolerance
    /// covers its rounding.
    static let purchaseOracle: [(deposit: Double, tokens: Double)] = [
        (1, 0.999994), (9, 8.999492), (25, 24.996082), (441, 439.785703), (63001, 47007.033514),
    ]

    @Test(arguments: purchaseOracle)
    func purchaseReturnMatchesBancorOracle(_ oracle: (deposit: Double, tokens: Double)) {
        let tokens = bancor.tokensMinted(forDeposit: oracle.deposit, atSupply: 300_000)
        #expect(abs(tokens - oracle.tokens) <= 1e-6, "deposit \(oracle.deposit): \(tokens)")
        let lanes = bancor.tokensMinted(forDeposit: SIMD4(repeating: oracle.deposit), atSupply: SIMD4(repeating: 300_000))
        #expect(abs(lanes[2] - oracle.tokens) <= 1e-6, "deposit \(oracle.deposit): \(lanes[2])")
    }

    // The same purchases and sales from mpmath at 50 digits (script in
    // docs/BancorCurve.md): the closed forms are far tighter than 1e-6.
    @Test func purchaseAndSaleReturnsMatchHighPrecision() {
        let tolerance = 1e-14
        expectClose(bancor.tokensMinted(forDeposit: 1, atSupply: 3e5), 0.99999373021811054, relative: tolerance)
        expectClose(bancor.tokensMinted(forDeposit: 9, atSupply: 3e5), 8.9994921861416054, relative: tolerance)
        expectClose(bancor.tokensMinted(forDeposit: 25, atSupply: 3e5), 24.996082276778310, relative: tolerance)
        expectClose(bancor.tokensMinted(forDeposit: 441, atSupply: 3e5), 439.78570314636366, relative: tolerance)
        expectClose(bancor.tokensMinted(forDeposit: 63001, atSupply: 3e5), 47007.033513865129, relative: tolerance)
        expectClose(bancor.refundForBurn(1, atSupply: 3e5), 0.999993730177971, relative: tolerance)
        expectClose(bancor.refundForBurn(1000, atSupply: 3e5), 993.74937127688725, relative: tolerance)
        expectClose(bancor.refundForBurn(150_000, atSupply: 3e5), 60677.988428733312, relative: tolerance)
    }

    @Test func reserveIsTheRatioOfMarketValue() {
        // R = r·S·f(S) at every supply, and the anchor state is on the curve.
        #expect(bancor.reserve(atSupply: 300_000) == 63_000)
        expectClose(bancor.price(atSupply: 300_000), 1, relative: 1e-15)
        for s in [1e3, 1e5, 4e5, 1e7] {
            expectClose(bancor.reserve(atSupply: s), 0.21 * s * bancor.price(atSupply: s), relative: 1e-14)
        }
    }

    @Test func fullReserveRatioIsAConstantPrice() throws {
        let flat = try BancorCurve(reserveRatio: 1, supply: 1000, reserve: 250)
        #expect(flat.price(atSupply: 0) == 0.25)
        #expect(flat.price(atSupply: 1e6) == 0.25)
        expectClose(flat.tokensMinted(forDeposit: 10, atSupply: 1000), 40, relative: 1e-15)
    }

    @Test func smallReserveRatioDoesNotOverflowTheCoefficient() throws {
        // r = 0.005: a·S^{200} with a = R₀/(r·S₀^{200}) would underflow a.
        let curve = try BancorCurve(reserveRatio: 0.005, supply: 1e6, reserve: 1e5)
        expectClose(curve.price(atSupply: 1e6), 1e5 / (0.005 * 1e6), relative: 1e-15)
        expectClose(curve.reserve(atSupply: 1.01e6), 1e5 * 7.3160178518299533, relative: 1e-13)
    }

    @Test func rejectsInvalidParameters() {
        expectRejects("reserveRatio") { try BancorCurve(reserveRatio: 0, supply: 1, reserve: 1) }
        expectRejects("reserveRatio") { try BancorCurve(reserveRatio: 1.2, supply: 1, reserve: 1) }
        expectRejects("reserveRatio") { try BancorCurve(reserveRatio: .nan, supply: 1, reserve: 1) }
        expectRejects("supply") { try BancorCurve(reserveRatio: 0.5, supply: 0, reserve: 1) }
        expectRejects("reserve") { try BancorCurve(reserveRatio: 0.5, supply: 1, reserve: -1) }
    }

    @Test func propertiesHoldOverWideParameters() throws {
        let parameters = zip(
            Gen.double(in: 0.05...1), logUniform(1...1e9), logUniform(1e-3...1e9), logUniform(1e-2...1e2))
        try seededCheck(parameters, count: 150, seed: 0xBA_4C0) { ratio, supply, reserve, scale in
            let curve = try BancorCurve(reserveRatio: ratio, supply: supply, reserve: reserve)
            checkAllProperties(curve, supply: supply * scale)
        }
    }
}
