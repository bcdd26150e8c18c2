#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CatallaxModel
import CatallaxNumerics
import PropertyBased
import Testing

@Suite struct ExponentialCurveTests {
    /// The reference scenario's exponential curve: price 1 at supply 100 000.
    let reference = try! ExponentialCurve(basePrice: exp(-1), growthRate: 1e-5)
    /// `k·S = 1000` at supply 100 000, where `e^{kS}` alone overflows.
    let steep = try! ExponentialCurve(basePrice: exp(-700), growthRate: 0.01)

    @Test func referencePriceIsOneAtInitialSupply() {
        expectClose(reference.price(atSupply: 100_000), 1, relative: 1e-15)
    }

    // Known answers computed with mpmath at 50 digits from the same double
    // parameters (script in docs/ExponentialCurve.md).
    @Test func matchesHighPrecisionKnownAnswers() {
        let tolerance = 1e-15
        expectClose(reference.reserve(atSupply: 1e5), 63212.05588285577, relative: tolerance)
        expectClose(reference.tokensMinted(forDeposit: 100, atSupply: 1e5), 99.950033308353312, relative: tolerance)
        expectClose(reference.tokensMinted(forDeposit: 1e-7, atSupply: 1e5), 9.9999999999949981e-08, relative: tolerance)
        expectClose(reference.refundForBurn(1000, atSupply: 1e5), 995.01662508319475, relative: tolerance)
        expectClose(reference.refundForBurn(1e-7, atSupply: 1e5), 9.9999999999950007e-08, relative: tolerance)
        expectClose(reference.costToMint(1000, atSupply: 1e5), 1005.0167084168058, relative: tolerance)
        expectClose(reference.costToMint(1e-7, atSupply: 1e5), 1.0000000000005001e-07, relative: tolerance)
        expectClose(reference.supply(forReserve: 12345.6), 28937.179512668979, relative: tolerance)
    }

    /// With `a = e^{−700}` and `k·S = 1000` the answers are finite; the only
    /// error left is the rounding of the exponent `ln a + k·S ≈ 300`
    /// (about `1000·ε` relative).
    @Test func largeGrowthTimesSupplyStaysFiniteAndAccurate() {
        let tolerance = 1e-12
        expectClose(steep.price(atSupply: 1e5), 1.9424263952412965e+130, relative: tolerance)
        expectClose(steep.reserve(atSupply: 1e5), 1.9424263952412962e+132, relative: tolerance)
        expectClose(steep.tokensMinted(forDeposit: 1e130, atSupply: 1e5), 0.51349935473257757, relative: tolerance)
        expectClose(steep.refundForBurn(10, atSupply: 1e5), 1.8484631104626544e+131, relative: tolerance)
        expectClose(steep.supply(forReserve: 1e130), 99473.089190323779, relative: tolerance)
        let s = SIMD4<Double>(1e5, 1e5, 0, 0)
        var price = steep.price(atSupply: s)
        expectClose(price[0], 1.9424263952412965e+130, relative: tolerance)
        let minted = steep.tokensMinted(forDeposit: SIMD4(1e130, 0, 1e130, 0), atSupply: s, price: &price)
        expectClose(minted[0], 0.51349935473257757, relative: tolerance)
        expectClose(price[0], steep.price(atSupply: 1e5 + minted[0]), relative: tolerance)
        // From zero supply the ratio k·d/P = 1e128/e^{−700} overflows; the
        // scaled form still gives R⁻¹(d).
        expectClose(minted[2], 99473.089190323779, relative: tolerance)
        let refund = steep.refundForBurn(SIMD4(10, 0, 0, 0), atSupply: SIMD4(repeating: 1e5))
        expectClose(refund[0], 1.8484631104626544e+131, relative: tolerance)
    }

    /// A burn of `k·q = 50` leaves the price `f(s − q)`: `P·(1 + expm1(−kq))`
    /// would round it to zero.
    @Test func largeBurnLeavesExactPrice() {
        let s = SIMD4<Double>(repeating: 1e5)
        var price = steep.price(atSupply: s)
        let q = SIMD4<Double>(5000, 4000, 100, 0)
        _ = steep.refundForBurn(q, atSupply: s, price: &price)
        for lane in 0..<3 {
            expectClose(price[lane], steep.price(atSupply: 1e5 - q[lane]), relative: 1e-12)
            #expect(price[lane] > 0)
        }
    }

    @Test func rejectsInvalidParameters() {
        expectRejects("basePrice") { try ExponentialCurve(basePrice: 0, growthRate: 1e-5) }
        expectRejects("basePrice") { try ExponentialCurve(basePrice: -1, growthRate: 1e-5) }
        expectRejects("basePrice") { try ExponentialCurve(basePrice: .infinity, growthRate: 1e-5) }
        expectRejects("growthRate") { try ExponentialCurve(basePrice: 1, growthRate: 0) }
        expectRejects("growthRate") { try ExponentialCurve(basePrice: 1, growthRate: -1e-5) }
        expectRejects("growthRate") { try ExponentialCurve(basePrice: 1, growthRate: .nan) }
    }

    @Test func propertiesHoldOverWideParameters() throws {
        // ln a in [−700, 50], k·S in [0, 1000], with ln a + k·S ≤ 300 so
        // prices stay finite after the largest trades checked (+37% supply).
        let parameters = zip(logUniform(1e-9...1e-1), Gen.double(in: 0...1000), Gen.double(in: -700...50))
        try seededCheck(parameters, count: 150, seed: 0xE4_0E47) { rate, growth, logBase in
            let curve = try ExponentialCurve(basePrice: exp(min(logBase, 300 - growth)), growthRate: rate)
            checkAllProperties(curve, supply: max(growth, 1e-6) / rate)
        }
    }
}
