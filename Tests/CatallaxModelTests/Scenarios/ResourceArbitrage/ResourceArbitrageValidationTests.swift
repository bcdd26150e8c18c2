import Testing
@testable import CatallaxModel
import CatallaxNumerics

/// The domains and cross-key checks of `docs/ResourceArbitrage.md`,
/// "Parameters": each error names its key or the keys that do not fit together.
@Suite struct ResourceArbitrageValidationTests {
    static func error(_ assignments: [(String, ParameterValue)]) -> ParameterError? {
        do {
            _ = try ResourceArbitrageParameters(assigning: assignments.map { (key: $0.0, value: $0.1) })
            return nil
        } catch {
            return error
        }
    }

    @Test func aRegularNetworkNeedsAnEvenDegreeSum() {
        let e = Self.error([("topology", .word("regular")), ("nodes", .number(5)), ("degree", .number(3))])
        guard case let .inconsistent(keys, _) = e else { Issue.record("\(String(describing: e))"); return }
        #expect(keys == ["nodes", "degree"])
        #expect(Self.error([("topology", .word("regular")), ("nodes", .number(6)), ("degree", .number(3))]) == nil)
    }

    @Test func preferentialAttachmentNeedsAnEvenDegree() {
        let e = Self.error([("topology", .word("ba")), ("degree", .number(3))])
        guard case let .inconsistent(keys, _) = e else { Issue.record("\(String(describing: e))"); return }
        #expect(keys == ["topology", "degree"])
        #expect(Self.error([("topology", .word("er")), ("degree", .number(3))]) == nil)
    }

    @Test(arguments: ChannelTopology.allCases)
    func theDegreeStaysBelowTheNodes(_ topology: ChannelTopology) {
        let e = Self.error([("topology", .word(topology.rawValue)), ("nodes", .number(4)), ("degree", .number(4))])
        guard case let .inconsistent(keys, _) = e else { Issue.record("\(String(describing: e))"); return }
        #expect(keys == ["degree", "nodes"])
        #expect(Self.error([("topology", .word(topology.rawValue)), ("nodes", .number(3)), ("degree", .number(2))]) == nil)
    }

    @Test(arguments: [("nodes", 1.0), ("degree", 0), ("steps", 0), ("price", 0), ("price_spread", 3.5), ("quantity", 0),
                      ("demand_elasticity", 11), ("supply_elasticity", 0), ("supply_elasticity", 1.5), ("price_cap", 0),
                      ("transport_cost", -1), ("capacity", 0), ("gamma", 0), ("gamma", 4.5), ("tolerance", 0),
                      ("shock_rate", 1.5), ("shock_size", -0.1)])
    func valuesOutsideTheirDomainNameTheirKey(_ key: String, _ value: Double) {
        guard case let .outOfDomain(given, _, _) = Self.error([(key, .number(value))]) else { Issue.record("\(key) accepted"); return }
        #expect(given == key)
    }

    @Test func theReferencePointCountsItsAgents() {
        let p = ResourceArbitrageParameters()
        #expect(p.agentSteps == 5 * 200 * 500)
        #expect(p.reports(.converged) && p.reports(.welfareCapture))
        var shocked = p
        shocked.shockRate = 0.01
        #expect(!shocked.reports(.stepsToConverge) && !shocked.reports(.converged) && !shocked.reports(.welfareCapture))
        #expect(shocked.reports(.priceDispersion))
        #expect(ResourceArbitrageParameters.referencePoints.map(\.label) == ["update=sequential", "update=simultaneous"])
    }
}
