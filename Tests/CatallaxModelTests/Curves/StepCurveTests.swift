import CatallaxModel
import CatallaxNumerics
import PropertyBased
import Testing

@Suite struct StepCurveTests {
    /// The reference step curve: price 1 on the step [90 000, 120 000).
    let reference = try! StepCurve(basePrice: 0.25, stepWidth: 30_000)

    /// `R(S)` as an exact sum of rectangles, step by step (an oracle that
    /// shares no formula with the curve: a loop, not the closed form).
    /// Summed with Kahan compensation (up to 45 000 rectangles).
    static func rectangles(_ curve: StepCurve, from low: Double, to high: Double) -> Double {
        var total = 0.0, compensation = 0.0
        var index = max(0, (low / curve.stepWidth).rounded(.down) - 1)
        while index * curve.stepWidth < high {
            let width = min(high, (index + 1) * curve.stepWidth) - max(low, index * curve.stepWidth)
            if width > 0 {
                let term = curve.basePrice * (index + 1) * width - compensation
                let next = total + term
                compensation = (next - total) - term
                total = next
            }
            index += 1
        }
        return total
    }

    @Test func knownValuesByHand() throws {
        let curve = try StepCurve(basePrice: 1, stepWidth: 10)
        // R(25) = 10·1 + 10·2 + 5·3 = 45.
        #expect(curve.reserve(atSupply: 25) == 45)
        #expect(curve.price(atSupply: 25) == 3)
        #expect(curve.price(atSupply: 20) == 3 && curve.price(atSupply: 19.999) == 2)
        #expect(curve.supply(forReserve: 45) == 25)
        #expect(curve.tokensMinted(forDeposit: 45, atSupply: 0) == 25)
        // From 25: 5 tokens at 3, 10 at 4, 2 at 5 cost 15 + 40 + 10 = 65.
        #expect(curve.costToMint(17, atSupply: 25) == 65)
        #expect(curve.tokensMinted(forDeposit: 65, atSupply: 25) == 17)
        #expect(curve.refundForBurn(17, atSupply: 42) == 65)
        // Burning 25 of 25 refunds the whole reserve.
        #expect(curve.refundForBurn(25, atSupply: 25) == 45)
    }

    // The reference curve's answers, worked by hand in docs/StepCurve.md
    // (and reproduced with mpmath).
    @Test func referenceKnownAnswers() {
        #expect(reference.price(atSupply: 1e5) == 1)
        #expect(reference.reserve(atSupply: 1e5) == 55_000)
        #expect(reference.tokensMinted(forDeposit: 100, atSupply: 1e5) == 100)
        expectClose(reference.tokensMinted(forDeposit: 1e5, atSupply: 1e5), 20_000 + 30_000 + 42_500 / 1.5, relative: 2e-16)
        #expect(reference.refundForBurn(1000, atSupply: 1e5) == 1000)
        #expect(reference.refundForBurn(50_000, atSupply: 1e5) == 37_500)
        expectClose(reference.supply(forReserve: 12_345.6), 39_691.2, relative: 2e-16)
        let minted = reference.tokensMinted(forDeposit: SIMD4(100, 1e5, 0, 1e-7), atSupply: SIMD4(repeating: 1e5))
        #expect(minted[0] == 100 && minted[2] == 0 && minted[3] == 1e-7)
        expectClose(minted[1], 20_000 + 30_000 + 42_500 / 1.5, relative: 2e-16)
        let refund = reference.refundForBurn(SIMD4(1000, 50_000, 0, 1e5), atSupply: SIMD4(repeating: 1e5))
        #expect(refund == SIMD4(1000, 37_500, 0, 55_000))
    }

    /// Trades that end exactly on a step boundary, or start on one, take
    /// the right price on each side.
    @Test func tradesEndingOrStartingOnAStep() {
        // 20 000 currency from 1e5 fills the step [9e4, 1.2e5) exactly.
        #expect(reference.tokensMinted(forDeposit: 20_000, atSupply: 1e5) == 20_000)
        #expect(reference.price(atSupply: 1.2e5) == 1.25)
        var price = SIMD2<Double>(repeating: 1)
        let minted = reference.tokensMinted(forDeposit: SIMD2(20_000, 20_000 + 1.25), atSupply: SIMD2(repeating: 1e5), price: &price)
        #expect(minted == SIMD2(20_000, 20_001))
        #expect(price == SIMD2(1.25, 1.25))
        // Burning from a boundary goes straight to the step below.
        #expect(reference.refundForBurn(1, atSupply: 1.2e5) == 1)
        #expect(reference.refundForBurn(30_001, atSupply: 1.2e5) == 30_000 + 0.75)
    }

    @Test func reserveEqualsTheSumOfRectangles() throws {
        for curve in [reference, try StepCurve(basePrice: 1, stepWidth: 10), try StepCurve(basePrice: 3e-4, stepWidth: 7.3)] {
            for s in [0, 0.5, 1, 7.3, 10, 29.2, 1e3, 1e5, 3.3e5] {
                expectClose(curve.reserve(atSupply: s), Self.rectangles(curve, from: 0, to: s), relative: 1e-13, "R(\(s))")
                expectClose(curve.costToMint(0.37 * s + 1, atSupply: s), Self.rectangles(curve, from: s, to: 1.37 * s + 1),
                            relative: 1e-13, "cost at \(s)")
            }
        }
    }

    @Test func rejectsInvalidParameters() {
        expectRejects("basePrice") { try StepCurve(basePrice: 0, stepWidth: 1) }
        expectRejects("basePrice") { try StepCurve(basePrice: .nan, stepWidth: 1) }
        expectRejects("stepWidth") { try StepCurve(basePrice: 1, stepWidth: -1) }
        expectRejects("stepWidth") { try StepCurve(basePrice: 1, stepWidth: .infinity) }
        expectRejects("basePrice·stepWidth") { try StepCurve(basePrice: 1e300, stepWidth: 1e300) }
    }

    /// Wide parameters: the scalar properties at supplies inside a step,
    /// and lanes, trades and the rectangle oracle also at supplies on a
    /// boundary (`c·j`, rounded).
    ///
    /// The scalar round trips keep away from boundaries by design: a trade
    /// of `1e-12·s` that straddles one changes price within it, and the
    /// rounding of `s ± q` (an ulp of `s`) moves where, so mint-then-burn
    /// can only agree to `ulp(s)·b/d`, about `1e-4` relative for such a
    /// trade. That is the supply's own rounding, not the formulas'; trades
    /// that start or end exactly on a representable boundary are exact
    /// (`tradesEndingOrStartingOnAStep`).
    @Test func propertiesHoldOverWideParameters() throws {
        let parameters = zip(logUniform(1e-6...1e3), logUniform(1...1e6), Gen.double(in: 0...1), Gen.int(in: 1...300))
        try seededCheck(parameters, count: 150, seed: 0x57E9) { base, width, part, steps in
            let curve = try StepCurve(basePrice: base, stepWidth: width)
            let inside = width * (Double(steps) + 0.01 + 0.98 * part)
            CurveProperties.scalarProperties(curve, supply: inside, tolerance: 1e-12)
            for supply in [inside, width * Double(steps)] {
                CurveProperties.lanesMatchScalar(curve, SIMD8<Double>.self, supply: supply)
                CurveProperties.tradeMatchesMintAndBurn(curve, SIMD4<Double>.self, supply: supply)
                CurveProperties.zeroOrdersGiveZero(curve, SIMD4<Double>.self, supply: supply)
                expectClose(curve.reserve(atSupply: supply), Self.rectangles(curve, from: 0, to: supply), relative: 1e-13)
            }
        }
    }
}
