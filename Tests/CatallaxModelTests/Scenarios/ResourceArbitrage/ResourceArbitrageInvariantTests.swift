import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The invariants of `docs/ResourceArbitrage.md` after every step (units
/// at every node, shipments, flows within capacity, prices within the cap
/// and floor, money among traders, arbitrageurs and carriers) for every
/// topology × update, with outages, beyond the stability bounds and at zero
/// cost; runs bit-identical across lane widths; and the same node markets
/// for a replicate under every topology (common random numbers).
@Suite struct ResourceArbitrageInvariantTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var stress: String
        var topology: ChannelTopology
        var update: ArbitrageUpdate
        var testDescription: String { "\(stress) \(topology.rawValue) \(update.rawValue)" }

        static let stresses: [String: [(String, Double)]] = [
            "defaults": [],
            "outages": [("shock_rate", 0.1)],
            // Fixed demand and stiff supply: z0 = (1 − 0.8θ)q is small, so imports that met an outage spill when supply returns.
            "outages, inelastic": [("shock_rate", 0.1), ("demand_elasticity", 0), ("supply_elasticity", 0.2), ("capacity", 100)],
            "beyond the bounds": [("gamma", 1.5)],
            "zero cost": [("transport_cost", 0)],
        ]

        var point: ResourceArbitrageParameters {
            arbitragePoint([("topology", .word(topology.rawValue)), ("update", .word(update.rawValue)), ("nodes", .number(40)),
                            ("steps", .number(120))] + Self.stresses[stress]!.map { ($0.0, .number($0.1)) })
        }
    }

    static let cases: [Case] = Case.stresses.keys.sorted().flatMap { stress in
        ChannelTopology.allCases.flatMap { topology in ArbitrageUpdate.allCases.map { Case(stress: stress, topology: topology, update: $0) } }
    }

    @Test(arguments: cases)
    func invariantsHoldAfterEveryStep(_ c: Case) {
        let checked = ScenarioBatchRunner.invariantViolations(ScenarioParameters(c.point), keys: arbitrageKeys(0..<4))
        #expect(checked.violations == [nil, nil, nil, nil])
        #expect(checked.checks == c.point.steps + 1)
    }

    @Test(arguments: cases)
    func runsAreTheSameAtEveryLaneWidth(_ c: Case) {
        let keys = arbitrageKeys(0..<6)
        let two = ScenarioBatchRunner.outcomes(ScenarioParameters(c.point), keys: keys, laneWidth: 2)
        let eight = ScenarioBatchRunner.outcomes(ScenarioParameters(c.point), keys: keys, laneWidth: 8)
        #expect(two == eight)
        #expect(two.allSatisfy { $0.failure == nil })
    }

    /// Outages leave demand unmet at the cap and, when supply comes back
    /// under heavy imports, spill at the floor; the probe sees both (so the
    /// invariants about them are tested), in the inelastic economy.
    @Test(arguments: ArbitrageUpdate.allCases)
    func outagesCauseUnmetDemandAndSpill(_ update: ArbitrageUpdate) {
        let p = Case(stress: "outages, inelastic", topology: .ba, update: update).point
        typealias Probe = RecordingProbe<SIMD4<Double>, ResourceArbitrageState<SIMD4<Double>>, (unmet: Double, spill: Double, scale: Double)>
        var probe = Probe(runCount: 4) { s, lane in
            (s.unmetDemand(lane: lane).reduce(0, +), s.spill(lane: lane).reduce(0, +), s.supplyScales(lane: lane).min() ?? 1)
        }
        let kernel = ResourceArbitrageKernel<SIMD4<Double>>(sizedFor: p)
        let outcomes = kernel.run(p, keys: LaneKeys(arbitrageKeys(0..<4)), runCount: 4, observer: &probe)
        #expect(probe.violations.isEmpty, "\(probe.violations.prefix(3))")
        let records = probe.records.flatMap { $0 }
        #expect(records.contains { $0.unmet > 0 }, "no unmet demand")
        #expect(records.contains { $0.spill > 0 }, "no spill")
        #expect(records.contains { $0.scale < 1 }, "no outage")
        #expect(outcomes.allSatisfy { $0[ResourceArbitrageMetric.converged] == nil && $0[ResourceArbitrageMetric.stepsToConverge] == nil })
    }

    /// A replicate's node markets depend on its key alone: the same under every topology.
    @Test func aReplicateHasTheSameMarketsUnderEveryTopology() {
        for key in arbitrageKeys(0..<3) {
            let markets = ChannelTopology.allCases.map { topology in
                var run = ResourceArbitrageRun()
                run.start(arbitragePoint([("topology", .word(topology.rawValue)), ("nodes", .number(40))]), key: key)
                return run.market
            }
            #expect(markets[0] == markets[1] && markets[1] == markets[2])
            #expect(Set(markets[0].map(\.slope)).count == 40)
        }
    }
}
