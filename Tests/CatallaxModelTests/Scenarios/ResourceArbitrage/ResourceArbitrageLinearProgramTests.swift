import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// Known answer (c) of `docs/ResourceArbitrage.md`: the rest state of drawn
/// networks against two linear programs solved by GLPK. LP 1 is exact for a
/// step-curve economy within `h/2` of the scenario's (Samuelson 1952); LP 2
/// is the transport problem at the simulated imports (Hitchcock–Koopmans).
@Suite struct ResourceArbitrageLinearProgramTests {
    /// A drawn network at rest: `N = 30`, `d = 4`, sequential, `γ = 1`, `T = 3000`.
    struct Instance: CustomTestStringConvertible, Sendable {
        var topology: ChannelTopology
        var replicate: Int
        var cap: Double
        var capacity: Double
        var testDescription: String { "\(topology.rawValue) #\(replicate) p̄ = \(cap) ū = \(capacity)" }

        /// Whether a node must stay at the cap (the `p̄ = 16, ū = 5` instances).
        var capBinds: Bool { cap == 16 }

        var point: ResourceArbitrageParameters {
            arbitragePoint([("topology", .word(topology.rawValue)), ("nodes", .number(30)), ("degree", .number(4)), ("steps", .number(3000)),
                            ("price_cap", .number(cap)), ("capacity", .number(capacity))])
        }

        /// The run after its last step, every invariant checked after every step.
        func restRun() -> ResourceArbitrageRun { drawnArbitrageRun(point, replicate: replicate) }
    }

    static let instances: [Instance] = ChannelTopology.allCases.flatMap { topology in
        [Instance(topology: topology, replicate: 0, cap: 32, capacity: 30), Instance(topology: topology, replicate: 1, cap: 32, capacity: 30),
         Instance(topology: topology, replicate: 2, cap: 16, capacity: 5)]
    }

    /// `K`, the levels of the step curves, and `h = p̄/K`.
    static let levels = 1024

    /// LP 1, the step economy of `run`'s economy (`docs/ResourceArbitrage.md`, (c)):
    /// per node `K` demand and supply blocks at levels `ℓ_k = (k − ½)h`, the
    /// backstop `r_i` at `p̄`, free spill `w_i`, and a column per direction
    /// (bounded by `u_d`, or fixed at 0 for autarky).
    static func stepEconomy(_ run: ResourceArbitrageRun, trading: Bool = true) -> (program: LinearProgram, shipments: Int) {
        let cap = run.point.priceCap, h = cap / Double(levels)
        var lp = LinearProgram(rightSides: run.market.map { $0.demand(atPrice: cap) - $0.baseSupply })
        for (i, node) in run.market.enumerated() {
            for k in 1...levels {
                let level = (Double(k) - 0.5) * h
                let block = node.demand(atPrice: Double(k - 1) * h) - node.demand(atPrice: Double(k) * h)
                if block > 0 { lp.columns.append(.init(cost: -level, upper: block, entries: [(i, -1)])) }
                lp.columns.append(.init(cost: level, upper: node.supplySlope * h, entries: [(i, 1)]))
            }
            lp.columns.append(.init(cost: cap, upper: .infinity, entries: [(i, 1)]))
            lp.columns.append(.init(cost: 0, upper: .infinity, entries: [(i, -1)]))
        }
        let first = lp.columns.count
        for d in 0..<run.flow.count {
            lp.columns.append(.init(cost: run.cost[d], upper: trading ? run.capacity[d] : 0,
                                    entries: [(Int(run.network.head[d]), 1), (Int(run.tail[d]), -1)]))
        }
        return (lp, first)
    }

    /// The preconditions that let the checks fail: at rest to `10⁻⁹`, a
    /// full link, a link with interior flow, and (`p̄ = 16`) a node at the cap.
    static func expectRestPreconditions(_ run: ResourceArbitrageRun, _ instance: Instance) {
        #expect(run.violation <= 1e-9, "V(T − 1) = \(run.violation)")
        #expect(zip(run.flow, run.capacity).contains { $0 == $1 }, "no full link")
        #expect(zip(run.flow, run.capacity).contains { $0 > 0 && $0 < $1 }, "no link with interior flow")
        if instance.capBinds { #expect(run.price.contains(instance.cap), "no node at the cap") }
    }

    /// Case (a) as LP 1 pins the sign of GLPK's row duals: prices 10 and 12 within `h/2`.
    @Test func theStepEconomyPricesThePairOfKnownAnswerA() throws {
        let economy = HandEconomy.pair()
        let (run, _) = economy.run(economy.point(steps: 5))
        let (lp, first) = Self.stepEconomy(run)
        let solution = try #require(lp.solve())
        let h = 40.0 / Double(Self.levels)
        #expect(abs(solution.rowDuals[0] - 10) <= h / 2 + 1e-9 && abs(solution.rowDuals[1] - 12) <= h / 2 + 1e-9, "\(solution.rowDuals)")
        #expect(abs(solution.primal[first] - 24) <= 6 * h + 1e-9, "x = \(solution.primal[first])")
    }

    /// LP 1: the rest prices are within `h/2` of the step economy's, the
    /// interior nodes' imports within `β_i h`, and the gain `G(T − 1)`
    /// within `(h²/4) Σ β_i` of `V₀ − V*`.
    @Test(arguments: instances)
    func restStateMatchesTheSamuelsonLinearProgram(_ instance: Instance) throws {
        let run = instance.restRun()
        Self.expectRestPreconditions(run, instance)
        let cap = instance.cap, h = cap / Double(Self.levels)
        let (lp, first) = Self.stepEconomy(run)
        let optimum = try #require(lp.solve())
        let autarky = try #require(Self.stepEconomy(run, trading: false).program.solve())
        var worstPrice = 0.0, worstImports = 0.0
        for i in 0..<run.market.count {
            let error = abs(run.price[i] - optimum.rowDuals[i])
            worstPrice = max(worstPrice, error / (h / 2))
            #expect(error <= h / 2 + 1e-9, "node \(i): price \(run.price[i]), LP dual \(optimum.rowDuals[i])")
            guard run.price[i] >= h && run.price[i] <= cap - h else { continue }
            var imports = 0.0
            for d in 0..<run.flow.count {
                if Int(run.network.head[d]) == i { imports += optimum.primal[first + d] }
                if Int(run.tail[d]) == i { imports -= optimum.primal[first + d] }
            }
            let bound = run.market[i].slope * h
            worstImports = max(worstImports, abs(run.netImports[i] - imports) / bound)
            #expect(abs(run.netImports[i] - imports) <= bound + 1e-9, "node \(i): imports \(run.netImports[i]), LP \(imports)")
        }
        let lpGain = autarky.objective - optimum.objective
        let bound = h * h / 4 * run.market.reduce(0) { $0 + $1.slope }
        #expect(abs(run.gain - lpGain) <= bound + 1e-9 * abs(lpGain), "G = \(run.gain), V₀ − V* = \(lpGain), bound \(bound)")
        print("LP 1 \(instance.testDescription): price error ≤ \(worstPrice) h/2, imports error ≤ \(worstImports) β h, gain error \(abs(run.gain - lpGain) / bound) of its bound")
    }

    /// LP 2: the rest flows carry the rest imports at least cost, and the
    /// rest prices are an optimal dual by complementary slackness.
    @Test(arguments: instances)
    func restFlowsSolveTheTransportProblem(_ instance: Instance) throws {
        let run = instance.restRun()
        Self.expectRestPreconditions(run, instance)
        var lp = LinearProgram(rightSides: run.netImports)
        var carried = 0.0
        for d in 0..<run.flow.count {
            lp.columns.append(.init(cost: run.cost[d], upper: run.capacity[d], entries: [(Int(run.network.head[d]), 1), (Int(run.tail[d]), -1)]))
            carried += run.cost[d] * run.flow[d]
        }
        let transport = try #require(lp.solve())
        #expect(abs(transport.objective - carried) <= 1e-9 * (1 + carried), "LP 2 \(transport.objective), simulated \(carried)")
        for d in 0..<run.flow.count {
            let x = run.flow[d], u = run.capacity[d]
            let gap = run.price[Int(run.network.head[d])] - run.price[Int(run.tail[d])] - run.cost[d]
            if x < u { #expect(gap <= 1e-9, "direction \(d): gap \(gap) with room") }
            if x > 0 { #expect(gap >= -1e-9, "direction \(d): gap \(gap) with flow") }
            if x > 0 && x < u { #expect(abs(gap) <= 1e-9, "direction \(d): interior flow at gap \(gap)") }
        }
    }
}
