#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CatallaxModel
import CatallaxNumerics
import PropertyBased
import Testing

@Suite struct AugmentedBondingCurveTests {
    /// The Commons Stack ABC test state: `R = 1, S = 1, κ = 2`, so `V = 1`.
    let unit = try! AugmentedBondingCurve(kappa: 2, supply: 1, reserve: 1)

    @Test func commonsStackOraclesHold() {
        #expect(unit.price(atSupply: 1) == 2)
        #expect(unit.invariant == 1)
        // Raising the reserve to 2: S = √2, P = κR/S = 2√2.
        expectClose(unit.supply(forReserve: 2), 2.0.squareRoot(), relative: 1e-15)
        expectClose(unit.price(atSupply: 2.0.squareRoot()), 2 * 2.0.squareRoot(), relative: 1e-15)
        expectClose(unit.tokensMinted(forDeposit: 1, atSupply: 1), 2.0.squareRoot() - 1, relative: 1e-15)
        // Burning 0.5 of the supply of 1 returns R(1) − R(0.5) = 1 − 0.25.
        #expect(unit.refundForBurn(0.5, atSupply: 1) == 0.75)
        let refund = unit.refundForBurn(SIMD4(repeating: 0.5), atSupply: SIMD4(repeating: 1))
        expectClose(refund[0], 0.75, relative: 1e-15)
    }

    @Test func priceIsKappaReserveOverSupply() throws {
        let curve = try AugmentedBondingCurve(kappa: 6, supply: 1e6, reserve: 6.5e5)
        for s in [1e4, 1e6, 3e6] {
            expectClose(curve.price(atSupply: s), 6 * curve.reserve(atSupply: s) / s, relative: 1e-14)
        }
    }

    @Test func hatchSplitsRaiseBetweenReserveAndFundingPool() throws {
        let market = try AugmentedBondingMarket(
            hatchRaise: 1e6, hatchPrice: 0.5, hatchTribute: 0.35, kappa: 6, entryTribute: 0.05, exitTribute: 0.1)
        #expect(market.supply == 2e6)
        #expect(market.reserve == 6.5e5)
        #expect(market.fundingPool == 3.5e5)
        // Open price κ·(1 − θ)·p₀ and invariant S₀^κ/R₀.
        expectClose(market.price, 6 * 0.65 * 0.5, relative: 1e-15)
        expectClose(market.curve.invariant, pow(2e6, 6) / 6.5e5, relative: 1e-13)
    }

    @Test func tradesConserveCurrencyAndInvariant() throws {
        var market = try AugmentedBondingMarket(
            hatchRaise: 1e6, hatchPrice: 0.5, hatchTribute: 0.35, kappa: 6, entryTribute: 0.05, exitTribute: 0.1)
        let opening = market.reserve + market.fundingPool
        var paidIn = 0.0, paidOut = 0.0, held = 0.0
        for step in 0..<100 {
            if step % 3 == 2 {
                let tokens = 0.4 * held
                paidOut += market.sell(tokens: tokens)
                held -= tokens
            } else {
                let deposit = 1000 * Double(step % 7 + 1)
                held += market.buy(deposit: deposit)
                paidIn += deposit
            }
            expectClose(market.reserve, market.curve.reserve(atSupply: market.supply), relative: 1e-12)
        }
        expectClose(market.reserve + market.fundingPool + paidOut, opening + paidIn, relative: 1e-14)
        expectClose(market.supply, 2e6 + held, relative: 1e-14)
        let invariant = exp(6 * log(market.supply) - log(market.reserve))
        expectClose(invariant, market.curve.invariant, relative: 1e-12)
    }

    @Test func tributesGoToFundingPool() throws {
        var market = try AugmentedBondingMarket(
            curve: unit, fundingPool: 0, entryTribute: 0.2, exitTribute: 0.5)
        let minted = market.buy(deposit: 1.25)
        // 0.25 tribute, 1 bonded: R 1 → 2, S 1 → √2.
        #expect(market.fundingPool == 0.25)
        expectClose(minted, 2.0.squareRoot() - 1, relative: 1e-15)
        expectClose(market.reserve, 2, relative: 1e-15)
        let returned = market.sell(tokens: minted)
        // Burning back to S = 1 releases 1; half is the exit tribute.
        expectClose(returned, 0.5, relative: 1e-14)
        expectClose(market.fundingPool, 0.75, relative: 1e-14)
        expectClose(market.reserve, 1, relative: 1e-14)
    }

    @Test func untributedBuyThenSellReturnsDeposit() throws {
        var market = try AugmentedBondingMarket(curve: unit, fundingPool: 0, entryTribute: 0, exitTribute: 0)
        for deposit in [1e-9, 0.3, 7.0] {
            let minted = market.buy(deposit: deposit)
            expectClose(market.sell(tokens: minted), deposit, relative: 1e-13)
        }
    }

    @Test func rejectsInvalidParameters() {
        expectRejects("kappa") { try AugmentedBondingCurve(kappa: 0.5, supply: 1, reserve: 1) }
        expectRejects("supply") { try AugmentedBondingCurve(kappa: 2, supply: 0, reserve: 1) }
        expectRejects("reserve") { try AugmentedBondingCurve(kappa: 2, supply: 1, reserve: .nan) }
        expectRejects("hatchRaise") {
            try AugmentedBondingMarket(
                hatchRaise: 0, hatchPrice: 1, hatchTribute: 0.1, kappa: 2, entryTribute: 0, exitTribute: 0)
        }
        expectRejects("hatchPrice") {
            try AugmentedBondingMarket(
                hatchRaise: 1, hatchPrice: -1, hatchTribute: 0.1, kappa: 2, entryTribute: 0, exitTribute: 0)
        }
        expectRejects("hatchTribute") {
            try AugmentedBondingMarket(
                hatchRaise: 1, hatchPrice: 1, hatchTribute: 1, kappa: 2, entryTribute: 0, exitTribute: 0)
        }
        expectRejects("entryTribute") {
            try AugmentedBondingMarket(
                hatchRaise: 1, hatchPrice: 1, hatchTribute: 0.1, kappa: 2, entryTribute: 1, exitTribute: 0)
        }
        expectRejects("exitTribute") {
            try AugmentedBondingMarket(
                hatchRaise: 1, hatchPrice: 1, hatchTribute: 0.1, kappa: 2, entryTribute: 0, exitTribute: -0.1)
        }
        expectRejects("kappa") {
            try AugmentedBondingMarket(
                hatchRaise: 1, hatchPrice: 1, hatchTribute: 0.1, kappa: .nan, entryTribute: 0, exitTribute: 0)
        }
    }

    @Test func propertiesHoldOverWideParameters() throws {
        let parameters = zip(
            Gen.double(in: 1...10), logUniform(1...1e9), logUniform(1e-3...1e9), logUniform(1e-2...1e2))
        try seededCheck(parameters, count: 150, seed: 0xABC) { kappa, supply, reserve, scale in
            let curve = try AugmentedBondingCurve(kappa: kappa, supply: supply, reserve: reserve)
            checkAllProperties(curve, supply: supply * scale)
        }
    }
}
