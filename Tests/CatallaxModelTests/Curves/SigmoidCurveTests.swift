#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CatallaxModel
import CatallaxNumerics
import PropertyBased
import Testing

@Suite struct SigmoidCurveTests {
    /// The reference scenario's sigmoid curve: price 1 at supply 100 000.
    let reference = try! SigmoidCurve(maxPrice: 2, steepness: 2e-5, midpoint: 1e5)
    /// `k·S₀ = 600`, the edge of the domain: price `≈ 8e−261` at zero supply.
    let edge = try! SigmoidCurve(maxPrice: 3, steepness: 0.006, midpoint: 1e5)
    /// `1 + e^{−x} = 1 + e^{100}` at zero supply, for the clamped branches.
    let steep = try! SigmoidCurve(maxPrice: 1, steepness: 0.01, midpoint: 1e4)

    @Test func referencePriceIsOneAtInitialSupply() {
        #expect(reference.price(atSupply: 100_000) == 1)
        #expect(reference.price(atSupply: SIMD4<Double>(repeating: 100_000)) == SIMD4(repeating: 1))
    }

    // Known answers computed with mpmath at 60 digits from the same double
    // parameters (script in docs/SigmoidCurve.md).
    @Test func matchesHighPrecisionKnownAnswers() {
        let tolerance = 2e-15
        expectClose(reference.reserve(atSupply: 1e5), 56621.916951697276, relative: tolerance)
        expectClose(reference.tokensMinted(forDeposit: 100, atSupply: 1e5), 99.950049945895756, relative: tolerance)
        expectClose(reference.tokensMinted(forDeposit: 1e-7, atSupply: 1e5), 9.9999999999949994e-08, relative: tolerance)
        expectClose(reference.refundForBurn(1000, atSupply: 1e5), 995.00008333111123, relative: tolerance)
        expectClose(reference.refundForBurn(1e-7, atSupply: 1e5), 9.9999999999949994e-08, relative: tolerance)
        expectClose(reference.costToMint(1000, atSupply: 1e5), 1004.9999166688888, relative: tolerance)
        expectClose(reference.costToMint(1e-7, atSupply: 1e5), 1.0000000000005e-07, relative: tolerance)
        expectClose(reference.supply(forReserve: 12345.6), 37152.165988610992, relative: tolerance)
        // c = k·d/K = 1000: the mint's expm1 is clamped at 100.
        expectClose(reference.tokensMinted(forDeposit: 1e8, atSupply: 1e5), 50034657.359027997, relative: tolerance)
    }

    /// At the domain edge the price spans 260 decades; every answer keeps
    /// its relative accuracy (up to `|x|·ε` from rounding `x = k(s − S₀)`).
    @Test func domainEdgeKeepsRelativeAccuracy() {
        let tolerance = 1e-12
        expectClose(edge.price(atSupply: 0), 7.9511896590128334e-261, relative: tolerance)
        expectClose(edge.price(atSupply: 5e4), 1.5444600667235945e-130, relative: tolerance)
        expectClose(edge.reserve(atSupply: 5e4), 2.5741001112059907e-128, relative: tolerance)
        expectClose(edge.reserve(atSupply: 1e5), 346.57359027997262, relative: tolerance)
        expectClose(edge.supply(forReserve: 1e-200), 22211.395550461446, relative: tolerance)
        expectClose(edge.supply(forReserve: 1e3), 100309.09775702185, relative: tolerance)
        expectClose(edge.tokensMinted(forDeposit: 1e5, atSupply: 0), 133333.33333333334, relative: tolerance)
        expectClose(edge.refundForBurn(1e3, atSupply: 1.5e5), 3000, relative: tolerance)
        expectClose(edge.refundForBurn(100, atSupply: 5e4), 1.1614040177052155e-128, relative: tolerance)
        let s = SIMD4<Double>(0, 0, 1.5e5, 5e4)
        var price = edge.price(atSupply: s)
        expectClose(price[0], 7.9511896590128334e-261, relative: tolerance)
        let minted = edge.tokensMinted(forDeposit: SIMD4(1e5, 1e-200, 0, 0), atSupply: s, price: &price)
        expectClose(minted[0], 133333.33333333334, relative: tolerance)
        expectClose(minted[1], 22211.395550461446, relative: tolerance)
        let refund = edge.refundForBurn(SIMD4(0, 0, 1e3, 100), atSupply: s)
        expectClose(refund[2], 3000, relative: tolerance)
        expectClose(refund[3], 1.1614040177052155e-128, relative: tolerance)
    }

    /// Burns with `k·q > 700` and mints with `k·d/K > 100` take the clamped
    /// branches, exact to double precision.
    @Test func clampedBranchesAreExact() {
        let tolerance = 1e-13
        expectClose(steep.refundForBurn(9e4, atSupply: 99_000), 88999.995460110076, relative: tolerance)
        expectClose(steep.costToMint(9e4, atSupply: 9000), 88999.995460110076, relative: tolerance)
        expectClose(steep.reserve(atSupply: 99_000), 89000, relative: tolerance)
        expectClose(steep.tokensMinted(forDeposit: 15_000, atSupply: 0), 25000, relative: tolerance)
        expectClose(steep.tokensMinted(forDeposit: 15_000, atSupply: 9000), 16000.004539889922, relative: tolerance)
        let s = SIMD8<Double>(0, 9000, 99_000, 99_000, 0, 9000, 99_000, 0)
        var mintPrice = steep.price(atSupply: s)
        var burnPrice = mintPrice
        let minted = steep.tokensMinted(forDeposit: SIMD8(15_000, 15_000, 0, 0, 15_000, 15_000, 0, 0), atSupply: s, price: &mintPrice)
        let refund = steep.refundForBurn(SIMD8(0, 0, 9e4, 9e4, 0, 0, 9e4, 0), atSupply: s, price: &burnPrice)
        for lane in [0, 4] { expectClose(minted[lane], 25000, relative: tolerance) }
        for lane in [1, 5] { expectClose(minted[lane], 16000.004539889922, relative: tolerance) }
        for lane in [2, 3, 6] {
            expectClose(refund[lane], 88999.995460110076, relative: tolerance)
            expectClose(burnPrice[lane], steep.price(atSupply: 9000), relative: tolerance)
        }
    }

    @Test func priceApproachesCeilingWithoutExceedingIt() {
        for s in [1e5, 1e6, 1e7, 1e9, 1e12] {
            #expect(reference.price(atSupply: s) <= 2)
        }
        #expect(reference.price(atSupply: 1e9) == 2)
        // Far past the midpoint every further token costs K.
        expectClose(reference.costToMint(10, atSupply: 1e9), 20, relative: 1e-15)
    }

    @Test func rejectsInvalidParameters() {
        expectRejects("maxPrice") { try SigmoidCurve(maxPrice: 0, steepness: 2e-5, midpoint: 1e5) }
        expectRejects("maxPrice") { try SigmoidCurve(maxPrice: .infinity, steepness: 2e-5, midpoint: 1e5) }
        expectRejects("steepness") { try SigmoidCurve(maxPrice: 2, steepness: 0, midpoint: 1e5) }
        expectRejects("steepness") { try SigmoidCurve(maxPrice: 2, steepness: -1, midpoint: 1e5) }
        expectRejects("midpoint") { try SigmoidCurve(maxPrice: 2, steepness: 2e-5, midpoint: .nan) }
        expectRejects("steepness·midpoint") { try SigmoidCurve(maxPrice: 2, steepness: 0.01, midpoint: 60_001) }
        expectRejects("maxPrice/(1 + e^{steepness·midpoint})") {
            try SigmoidCurve(maxPrice: 1e-300, steepness: 1e-3, midpoint: 1e5)
        }
    }

    @Test func acceptsNegativeMidpoint() throws {
        // S₀ < 0: the curve starts above K/2 and saturates.
        let curve = try SigmoidCurve(maxPrice: 2, steepness: 1e-3, midpoint: -1e3)
        expectClose(curve.price(atSupply: 0), 2 / (1 + exp(-1.0)), relative: 1e-15)
        CurveProperties.scalarProperties(curve, supply: 500)
    }

    @Test func propertiesHoldOverWideParameters() throws {
        // k·S₀ in [−50, 600]; k·s in [0, 1200], so x = k(s − S₀) spans
        // [−600, 1250].
        let parameters = zip(
            logUniform(1e-3...1e3), logUniform(1e-9...1e-1), Gen.double(in: -50...600), Gen.double(in: 0...1200))
        try seededCheck(parameters, count: 150, seed: 0x5_1610) { maxPrice, steepness, midpointX, supplyX in
            let curve = try SigmoidCurve(maxPrice: maxPrice, steepness: steepness, midpoint: midpointX / steepness)
            checkAllProperties(curve, supply: max(supplyX, 1e-6) / steepness)
        }
    }
}
