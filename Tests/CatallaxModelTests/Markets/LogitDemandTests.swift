import Testing
@testable import CatallaxModel

/// The Bertrand–Nash and monopoly prices of logit demand against their
/// first-order conditions, and against Calvano et al.'s printed values
/// (`docs/AlgorithmicCollusion.md`, known answer (a)).
@Suite struct LogitDemandTests {
    static let demand = LogitDemand(quality: 2, cost: 1, outsideQuality: 0, differentiation: 0.25)

    /// Whether `p` solves `p − c = markup(p)` and `p − c = μ/(1 − weight·q(p))` to 10⁻¹².
    static func solves(_ p: Double, markup: Double, shareWeight: Double, firms n: Int) -> Bool {
        let d = demand
        let q = d.symmetricShare(price: p, firms: n)
        return abs(p - d.cost - markup) < 1e-12 && abs(p - d.cost - d.differentiation / (1 - shareWeight * q)) < 1e-12
    }

    @Test(arguments: [2, 3, 4])
    func nashPriceSolvesItsFirstOrderCondition(_ n: Int) {
        let d = Self.demand
        let p = d.nashPrice(firms: n)
        #expect(Self.solves(p, markup: d.nashMarkup(price: p, firms: n), shareWeight: 1, firms: n))
        // No firm gains by moving its own price alone.
        let base = d.profits(atPrices: Array(repeating: p, count: n))[0]
        for h in [-1e-4, 1e-4] {
            var moved = Array(repeating: p, count: n)
            moved[0] += h
            #expect(d.profits(atPrices: moved)[0] < base)
        }
    }

    @Test(arguments: [2, 3, 4])
    func monopolyPriceMaximisesTheJointProfit(_ n: Int) {
        let d = Self.demand
        let p = d.monopolyPrice(firms: n)
        #expect(Self.solves(p, markup: d.monopolyMarkup(price: p, firms: n), shareWeight: Double(n), firms: n))
        let best = d.symmetricProfit(price: p, firms: n)
        for h in [-1e-4, 1e-4] { #expect(d.symmetricProfit(price: p + h, firms: n) < best) }
        #expect(p > d.nashPrice(firms: n))
    }

    @Test func thePapersBaselineValues() {
        let d = Self.demand
        let grid = LogitPriceGrid(demand: d, firms: 2, prices: 15, widening: 0.1)
        // Calvano et al. (2020): p_N ≈ 1.47, p_M ≈ 1.92, π_N ≈ 0.223, π_M ≈ 0.337.
        #expect(abs(grid.nashPrice - 1.472_926_660) < 1e-9)
        #expect(abs(grid.monopolyPrice - 1.924_980_919) < 1e-9)
        #expect(abs(grid.nashProfit - 0.222_926_660) < 1e-9)
        #expect(abs(grid.monopolyProfit - 0.337_490_460) < 1e-9)
        #expect(abs(grid.nashPrice - 1.47) < 0.005 && abs(grid.monopolyPrice - 1.92) < 0.005)
        // π_N = μ·q/(1 − q) since p_N − c = μ/(1 − q).
        let q = d.symmetricShare(price: grid.nashPrice, firms: 2)
        #expect(abs(grid.nashProfit - 0.25 * q / (1 - q)) < 1e-14)
    }

    @Test func threeFirmsMonopolyIsTwoExactly() {
        // At p = 2: E = 1, μ(1 + 3·1) = 1 = p − c.
        let d = Self.demand
        #expect(abs(d.monopolyPrice(firms: 3) - 2) < 1e-14)
        #expect(abs(d.nashPrice(firms: 3) - 1.370_162_729) < 1e-9)
        #expect(abs(d.symmetricProfit(price: 2, firms: 3) - 0.25) < 1e-15)
    }

    @Test func theGridSpansTheWidenedInterval() {
        let grid = LogitPriceGrid(demand: Self.demand, firms: 2, prices: 15, widening: 0.1)
        let gap = grid.monopolyPrice - grid.nashPrice
        #expect(grid.prices.count == 15)
        #expect(abs(grid.prices[0] - (grid.nashPrice - 0.1 * gap)) < 1e-15)
        #expect(abs(grid.prices[14] - (grid.monopolyPrice + 0.1 * gap)) < 1e-15)
        #expect(abs(grid.prices[0] - 1.427_721_234) < 1e-9 && abs(grid.prices[14] - 1.970_186_345) < 1e-9)
        // Profits at joint index a_0·m + a_1, firm-major inside.
        let joint = Self.demand.profits(atPrices: [grid.prices[3], grid.prices[11]])
        #expect(grid.profits[(3 * 15 + 11) * 2] == joint[0] && grid.profits[(3 * 15 + 11) * 2 + 1] == joint[1])
        #expect(grid.profitGain(grid.nashProfit) == 0 && grid.profitGain(grid.monopolyProfit) == 1)
    }

    @Test func profitsDoNotOverflowAtSmallDifferentiation() {
        let d = LogitDemand(quality: 2, cost: 1, outsideQuality: 0, differentiation: 1e-3)
        let profits = d.profits(atPrices: [1.5, 1.6])
        #expect(profits.allSatisfy { $0.isFinite })
        #expect(abs(profits[0] - 0.5) < 1e-12 && profits[1] < 1e-40)
        #expect(d.nashPrice(firms: 2).isFinite && d.monopolyPrice(firms: 2).isFinite)
    }
}
