#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CatallaxModel
import CatallaxNumerics
import PropertyBased
import Testing

@Suite struct SegmentedCurveTests {
    /// The reference segmented curve: `1e-5·S` up to 100 000 (price 1 at
    /// the joint), then `e^{1e-5·(S − 1e5)}`.
    let reference = try! SegmentedCurve(slope: 1e-5, basePrice: 0, breakpoint: 1e5, growthRate: 1e-5)
    /// A joint with a kink: the slopes differ on the two sides.
    let kinked = try! SegmentedCurve(slope: 3e-6, basePrice: 0.7, breakpoint: 5e4, growthRate: 2e-5)

    @Test func priceAndReserveAreContinuousAtTheJoint() {
        for curve in [reference, kinked] {
            let joint = curve.breakpoint
            let f1 = curve.slope * joint + curve.basePrice
            #expect(curve.price(atSupply: joint) == f1)
            expectClose(curve.price(atSupply: joint.nextUp), f1, relative: 1e-15)
            expectClose(curve.price(atSupply: joint.nextDown), f1, relative: 1e-15)
            let r1 = joint * (curve.basePrice + curve.slope * joint / 2)
            expectClose(curve.reserve(atSupply: joint), r1, relative: 2e-16)
            expectClose(curve.reserve(atSupply: joint.nextUp), r1, relative: 1e-15)
            let lanes = curve.price(atSupply: SIMD4(joint.nextDown, joint, joint.nextUp, 2 * joint))
            for lane in 0..<3 { expectClose(lanes[lane], f1, relative: 1e-15) }
        }
    }

    // Known answers computed with mpmath at 50 digits from the same double
    // parameters (docs/SegmentedCurve.md).
    @Test func matchesHighPrecisionKnownAnswers() {
        let tolerance = 2e-15
        expectClose(reference.tokensMinted(forDeposit: 100, atSupply: 1e5), 99.950033308353309, relative: tolerance)
        expectClose(reference.tokensMinted(forDeposit: 20_000, atSupply: 9e4), 19984.533496971612, relative: tolerance)
        expectClose(reference.tokensMinted(forDeposit: 1e-7, atSupply: 9e4), 1.1111111111104251e-7, relative: tolerance)
        expectClose(reference.refundForBurn(1000, atSupply: 1e5), 995.00000000000008, relative: tolerance)
        expectClose(reference.refundForBurn(30_000, atSupply: 1.1e5), 28517.091807564765, relative: tolerance)
        expectClose(reference.refundForBurn(1e-7, atSupply: 1.1e5), 1.1051709180750951e-7, relative: tolerance)
        expectClose(reference.reserve(atSupply: 1.5e5), 114872.12707001283, relative: tolerance)
        expectClose(reference.price(atSupply: 1.5e5), 1.6487212707001283, relative: tolerance)
        let s = SIMD4<Double>(1e5, 9e4, 9e4, 1e5)
        var price = reference.price(atSupply: s)
        let minted = reference.tokensMinted(forDeposit: SIMD4(100, 20_000, 1e-7, 0), atSupply: s, price: &price)
        expectClose(minted[0], 99.950033308353309, relative: tolerance)
        expectClose(minted[1], 19984.533496971612, relative: tolerance)
        expectClose(minted[2], 1.1111111111104251e-7, relative: tolerance)
        #expect(minted[3] == 0 && price[3] == 1)
        let refund = reference.refundForBurn(SIMD4(1000, 30_000, 1e-7, 0), atSupply: SIMD4(1e5, 1.1e5, 1.1e5, 1e5))
        expectClose(refund[0], 995.00000000000008, relative: tolerance)
        expectClose(refund[1], 28517.091807564765, relative: tolerance)
        expectClose(refund[2], 1.1051709180750951e-7, relative: tolerance)
        #expect(refund[3] == 0)
    }

    /// Each side is its sibling curve: below the joint the linear curve,
    /// above it the exponential curve shifted by the joint.
    @Test func eachSideIsItsSiblingCurve() throws {
        let line = try LinearCurve(slope: 3e-6, basePrice: 0.7)
        let f1 = line.price(atSupply: 5e4)
        let tail = try ExponentialCurve(basePrice: f1, growthRate: 2e-5)
        for s in [1e3, 2e4, 4.9e4] {
            #expect(kinked.price(atSupply: s) == line.price(atSupply: s))
            #expect(kinked.tokensMinted(forDeposit: 1, atSupply: s) == line.tokensMinted(forDeposit: 1, atSupply: s))
        }
        for s in [5.1e4, 1e5] {
            expectClose(kinked.price(atSupply: s), tail.price(atSupply: s - 5e4), relative: 1e-15)
            expectClose(kinked.refundForBurn(500, atSupply: s), tail.refundForBurn(500, atSupply: s - 5e4), relative: 1e-15)
        }
    }

    /// Trades that start, end or cross at the joint equal the split trade.
    @Test func tradesAcrossTheJointSplitExactly() {
        for curve in [reference, kinked] {
            let joint = curve.breakpoint
            let below = 0.9 * joint
            let toJoint = curve.costToMint(joint - below, atSupply: below)
            // Landing on the joint exactly.
            expectClose(curve.tokensMinted(forDeposit: toJoint, atSupply: below), joint - below, relative: 1e-15)
            // Crossing: the part to the joint plus the tail's mint from the joint.
            let crossing = curve.tokensMinted(forDeposit: toJoint + 50, atSupply: below)
            expectClose(crossing, joint - below + curve.tokensMinted(forDeposit: 50, atSupply: joint), relative: 1e-15)
            // Burning back across refunds the deposit.
            expectClose(curve.refundForBurn(crossing, atSupply: below + crossing), toJoint + 50, relative: 1e-14)
            CurveProperties.costIsAdditive(curve, supply: below, first: joint - below, second: 0.2 * joint)
            CurveProperties.costIsAdditive(curve, supply: below, first: 0.05 * joint, second: 0.2 * joint)
        }
    }

    @Test func rejectsInvalidParameters() {
        expectRejects("slope") { try SegmentedCurve(slope: -1, basePrice: 1, breakpoint: 1, growthRate: 1) }
        expectRejects("slope + basePrice") { try SegmentedCurve(slope: 0, basePrice: 0, breakpoint: 1, growthRate: 1) }
        expectRejects("breakpoint") { try SegmentedCurve(slope: 1, basePrice: 0, breakpoint: 0, growthRate: 1) }
        expectRejects("growthRate") { try SegmentedCurve(slope: 1, basePrice: 0, breakpoint: 1, growthRate: 0) }
        expectRejects("slope·breakpoint + basePrice") { try SegmentedCurve(slope: 1e300, basePrice: 0, breakpoint: 1e300, growthRate: 1) }
    }

    @Test func propertiesHoldOverWideParameters() throws {
        let parameters = zip(logUniform(1e-9...1e-3), Gen.double(in: 0...2), logUniform(10...1e6), logUniform(1e-7...1e-3),
                             Gen.double(in: 0.01...3))
        try seededCheck(parameters, count: 150, seed: 0x5E6) { slope, base, joint, growth, where_ in
            let curve = try SegmentedCurve(slope: slope, basePrice: base, breakpoint: joint, growthRate: growth)
            // Keep k·(s − S₁) moderate, so the tail's price stays a normal number.
            let supply = min(where_ * joint, joint + 50 / growth)
            checkAllProperties(curve, supply: supply)
            CurveProperties.tradeMatchesMintAndBurn(curve, SIMD8<Double>.self, supply: supply)
            CurveProperties.reserveMatchesQuadrature(curve, supply: supply, breakpoints: [joint])
        }
    }
}
