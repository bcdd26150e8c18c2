#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CatallaxModel
import CatallaxNumerics
import Testing

/// A curve and the supplies at which the shared properties are checked.
struct CurveCase: Sendable, CustomTestStringConvertible {
    let name: String
    let curve: any BondingCurve
    /// Positive supplies, ascending, each more than `1e-5·s` away from a breakpoint.
    let supplies: [Double]
    /// Supplies where the price jumps or kinks (step and segmented curves),
    /// or a grid graded toward zero (root and inverse), for the quadrature.
    var breakpoints: [Double] = []

    /// `top·2⁻ⁱ`, `i = 1…80`: pieces that shrink toward `S = 0`.
    static func graded(below top: Double) -> [Double] { (1...80).map { top * pow(2, -Double($0)) }.reversed() }
    /// Whether the price falls with supply (the inverse curve).
    var priceFalls = false

    var testDescription: String { name }

    // Parameters are literals known to be valid; a throw here is a test failure.
    static let all: [CurveCase] = [
        CurveCase(
            name: "linear reference m=1e-5 b=0", curve: try! LinearCurve(slope: 1e-5, basePrice: 0),
            supplies: [1, 1e3, 1e5, 1e7]),
        CurveCase(
            name: "linear m=3e-6 b=0.7", curve: try! LinearCurve(slope: 3e-6, basePrice: 0.7),
            supplies: [1e-2, 1e5]),
        CurveCase(name: "linear constant b=2.5", curve: try! LinearCurve(slope: 0, basePrice: 2.5), supplies: [1, 1e5]),
        CurveCase(
            name: "exponential reference k=1e-5 a=e^-1", curve: try! ExponentialCurve(basePrice: exp(-1), growthRate: 1e-5),
            supplies: [1, 1e5, 1e6]),
        CurveCase(
            name: "exponential k·S=1000 a=e^-700", curve: try! ExponentialCurve(basePrice: exp(-700), growthRate: 0.01),
            supplies: [7e4, 1e5]),
        CurveCase(
            name: "sigmoid reference K=2 k=2e-5 S0=1e5",
            curve: try! SigmoidCurve(maxPrice: 2, steepness: 2e-5, midpoint: 1e5), supplies: [1, 1e5, 3e5, 1e6]),
        CurveCase(
            name: "sigmoid k·S0=600", curve: try! SigmoidCurve(maxPrice: 3, steepness: 0.006, midpoint: 1e5),
            supplies: [1, 5e4, 1e5, 1.5e5]),
        CurveCase(
            name: "power reference n=2 a=1e-10", curve: try! PowerCurve(coefficient: 1e-10, exponent: 2),
            supplies: [1, 1e5, 1e7]),
        CurveCase(name: "power constant n=0", curve: try! PowerCurve(coefficient: 0.37, exponent: 0), supplies: [1, 1e5]),
        CurveCase(
            name: "power n=2.5 a=0.37", curve: try! PowerCurve(coefficient: 0.37, exponent: 2.5), supplies: [7.25, 1e3]),
        CurveCase(
            name: "bancor r=0.21", curve: try! BancorCurve(reserveRatio: 0.21, supply: 300_000, reserve: 63_000),
            supplies: [1e3, 3e5, 1e7]),
        CurveCase(
            name: "bancor r=0.02", curve: try! BancorCurve(reserveRatio: 0.02, supply: 1e6, reserve: 1e4),
            supplies: [1e6, 2e6]),
        CurveCase(
            name: "augmented κ=2 R=S=1", curve: try! AugmentedBondingCurve(kappa: 2, supply: 1, reserve: 1),
            supplies: [1, 2.0.squareRoot()]),
        CurveCase(
            name: "augmented κ=6 hatch", curve: try! AugmentedBondingCurve(kappa: 6, supply: 1e6, reserve: 6.5e5),
            supplies: [1e5, 1e6, 3e6]),
        CurveCase(name: "root reference k=1/√1e5", curve: try! RootCurve(level: 1 / 1e5.squareRoot()), supplies: [1, 1e5, 1e7],
                  breakpoints: graded(below: 1e7)),
        CurveCase(name: "root k=2", curve: try! RootCurve(level: 2), supplies: [1e-3, 9, 1e8], breakpoints: graded(below: 1e8)),
        CurveCase(name: "inverse reference k=100001", curve: try! InverseCurve(level: 100_001), supplies: [1, 1e5, 1e7],
                  breakpoints: graded(below: 1e7), priceFalls: true),
        CurveCase(name: "inverse k=1", curve: try! InverseCurve(level: 1), supplies: [1e-3, exp(1) - 1, 1e6],
                  breakpoints: graded(below: 1e6), priceFalls: true),
        CurveCase(name: "step reference b=0.25 c=30000", curve: try! StepCurve(basePrice: 0.25, stepWidth: 30_000),
                  supplies: [1, 1e5, 2.5e5], breakpoints: (1...9).map { 30_000 * Double($0) }),
        CurveCase(name: "step b=1 c=10", curve: try! StepCurve(basePrice: 1, stepWidth: 10), supplies: [5, 25, 123.4],
                  breakpoints: (1...15).map { 10 * Double($0) }),
        CurveCase(name: "segmented reference (smooth joint)",
                  curve: try! SegmentedCurve(slope: 1e-5, basePrice: 0, breakpoint: 1e5, growthRate: 1e-5),
                  supplies: [1, 5e4, 1.5e5, 4e5], breakpoints: [1e5]),
        CurveCase(name: "segmented kinked m=3e-6 b=0.7 S1=5e4 k=2e-5",
                  curve: try! SegmentedCurve(slope: 3e-6, basePrice: 0.7, breakpoint: 5e4, growthRate: 2e-5),
                  supplies: [1e3, 4e4, 6e4, 2e5], breakpoints: [5e4]),
    ]
}

/// The properties of `CurveProperties` on every curve of `CurveCase.all`.
@Suite struct BondingCurvePropertyTests {
    @Test(arguments: CurveCase.all)
    func reserveMatchesQuadratureOfPrice(_ c: CurveCase) {
        for s in c.supplies { CurveProperties.reserveMatchesQuadrature(c.curve, supply: s, breakpoints: c.breakpoints) }
    }

    @Test(arguments: CurveCase.all)
    func reserveInverseRoundTrips(_ c: CurveCase) {
        for s in c.supplies { CurveProperties.supplyInvertsReserve(c.curve, supply: s) }
        #expect(c.curve.reserve(atSupply: 0) == 0)
        #expect(c.curve.supply(forReserve: 0) == 0)
    }

    @Test(arguments: CurveCase.all)
    func mintThenBurnReturnsDeposit(_ c: CurveCase) {
        for s in c.supplies {
            for fraction in CurveProperties.depositFractions {
                let d = fraction * s * c.curve.price(atSupply: s)
                CurveProperties.mintThenBurnReturnsDeposit(c.curve, supply: s, deposit: d)
            }
        }
    }

    @Test(arguments: CurveCase.all)
    func mintFromZeroSupplyInvertsReserve(_ c: CurveCase) {
        let s = c.supplies.last!
        let reserve = c.curve.reserve(atSupply: s)
        expectClose(c.curve.tokensMinted(forDeposit: reserve, atSupply: 0), s, relative: 1e-12)
        expectClose(c.curve.costToMint(s, atSupply: 0), reserve, relative: 1e-12)
    }

    @Test(arguments: CurveCase.all)
    func burnRefundsWhatMintingBackCosts(_ c: CurveCase) {
        for s in c.supplies {
            for fraction in CurveProperties.burnFractions {
                CurveProperties.burnMirrorsMint(c.curve, supply: s, tokens: fraction * s)
            }
        }
    }

    @Test(arguments: CurveCase.all)
    func burningTheWholeSupplyRefundsTheReserve(_ c: CurveCase) {
        for s in c.supplies {
            expectClose(c.curve.refundForBurn(s, atSupply: s), c.curve.reserve(atSupply: s), relative: 1e-12)
        }
    }

    @Test(arguments: CurveCase.all)
    func costIsAdditive(_ c: CurveCase) {
        for s in c.supplies {
            CurveProperties.costIsAdditive(c.curve, supply: s, first: 0.1 * s, second: 0.27 * s)
            CurveProperties.costIsAdditive(c.curve, supply: s, first: 1e-9 * s, second: 0.02 * s)
            CurveProperties.costIsAdditive(c.curve, supply: s, first: 0.3 * s, second: 1e-12 * s)
        }
    }

    @Test(arguments: CurveCase.all)
    func tinyTradesKeepRelativeAccuracy(_ c: CurveCase) {
        for s in c.supplies { CurveProperties.tinyTradesKeepRelativeAccuracy(c.curve, supply: s) }
    }

    @Test(arguments: CurveCase.all)
    func reserveIncreasesAndPriceMovesOneWayWithSupply(_ c: CurveCase) {
        let top = 1.2 * c.supplies.last!
        let grid = (0...200).map { top * Double($0) / 200 }
        CurveProperties.increases(c.curve, along: grid, priceFalls: c.priceFalls)
    }

    @Test(arguments: CurveCase.all)
    func tradeMatchesMintAndBurnOnSIMD4AndSIMD8(_ c: CurveCase) {
        for s in c.supplies {
            CurveProperties.tradeMatchesMintAndBurn(c.curve, SIMD4<Double>.self, supply: s)
            CurveProperties.tradeMatchesMintAndBurn(c.curve, SIMD8<Double>.self, supply: s)
        }
    }

    @Test(arguments: CurveCase.all)
    func lanesMatchScalarOnSIMD4AndSIMD8(_ c: CurveCase) {
        for s in c.supplies {
            CurveProperties.lanesMatchScalar(c.curve, SIMD4<Double>.self, supply: s)
            CurveProperties.lanesMatchScalar(c.curve, SIMD8<Double>.self, supply: s)
        }
    }

    @Test(arguments: CurveCase.all)
    func zeroOrdersGiveExactlyZero(_ c: CurveCase) {
        for s in c.supplies {
            CurveProperties.zeroOrdersGiveZero(c.curve, SIMD4<Double>.self, supply: s)
            CurveProperties.zeroOrdersGiveZero(c.curve, SIMD8<Double>.self, supply: s)
        }
    }

    @Test(arguments: CurveCase.all)
    func carriedPriceTracksSupplyOverManyOrders(_ c: CurveCase) {
        for s in c.supplies {
            CurveProperties.carriedPriceTracksSupply(c.curve, SIMD4<Double>.self, supply: s)
        }
    }

    @Test(arguments: CurveCase.all)
    func tradedPositionTracksSupplyOverManyOrders(_ c: CurveCase) {
        for s in c.supplies {
            CurveProperties.tradedPositionTracksSupply(c.curve, SIMD4<Double>.self, supply: s)
            CurveProperties.tradedPositionTracksSupply(c.curve, SIMD8<Double>.self, supply: s)
        }
    }
}
