#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CatallaxModel
import PropertyBased
import Testing

extension Markets {
    /// Valley filling against known answer (c) of `docs/ResourceEconomy.md`
    /// (component and kernel instance), its KKT conditions and optimality
    /// against convex costs.
    @Suite struct ValleyFillingTests {
        static let blocks = zip(logUniform(0.01...50).array(of: 1...48), Gen.double(in: 0...1), Gen.double(in: 0...1))
            .map { load, fraction, roll in
                // A quarter of the loads repeat a value (ties), a tenth place nothing.
                let loads = load.enumerated().map { $0.offset % 4 == 3 ? load[0] : $0.element }
                return (loads, roll < 0.1 ? 0 : fraction * 3 * loads.reduce(0, +))
            }

        @Test func knownAnswerFillsTheFourLowestSteps() {
            // (c): sorted 1…6, h₄ = 17.5/4 = 4.375 ≤ 5; every number is a binary fraction.
            let plan = ValleyFilling.plan(otherLoad: [5, 3, 1, 2, 4, 6], flexible: 7.5)
            #expect(plan.level == 4.375)
            #expect(plan.purchases == [0, 1.375, 3.375, 2.375, 0.375, 0])
        }

        @Test func knownAnswerOfTheOracleBlock() {
            // (c), kernel: L = 4·(1 + sin 2πs/6 / √3) = (4, 6, 6, 4, 2, 2), E = 6 → h = 18/4.
            let plan = ValleyFilling.plan(otherLoad: [4, 6, 6, 4, 2, 2], flexible: 6)
            #expect(plan.level == 4.5)
            #expect(plan.purchases == [0.5, 0, 0, 0.5, 2.5, 2.5])
        }

        @Test func nothingToPlaceGivesTheLowestLoad() {
            let plan = ValleyFilling.plan(otherLoad: [3, 1.25, 7, 1.25], flexible: 0)
            #expect(plan.level == 1.25)
            #expect(plan.purchases == [0, 0, 0, 0])
        }

        @Test func enoughToFillEveryStepRaisesAllToOneLevel() {
            // E = 12 over (1, 2, 3): h = (12 + 6)/3 = 6, above every load.
            let plan = ValleyFilling.plan(otherLoad: [2, 1, 3], flexible: 12)
            #expect(plan.level == 6)
            #expect(plan.purchases == [4, 5, 3])
            #expect(ValleyFilling.plan(otherLoad: [2.5], flexible: 1).level == 3.5)
        }

        @Test func scratchHoldsTheSortedLoadsAndMayBeLonger() {
            let load: [Double] = [5, 3, 1, 2, 4, 6, 0.5, 9, 3]
            var scratch = [Double](repeating: -1, count: 12)
            let level = load.withUnsafeBufferPointer { load in
                scratch.withUnsafeMutableBufferPointer {
                    ValleyFilling.level(otherLoad: load, flexible: 2, sortedScratch: $0)
                }
            }
            #expect(Array(scratch.prefix(9)) == load.sorted())
            #expect(scratch.suffix(3).allSatisfy { $0 == -1 })
            #expect(level == ValleyFilling.plan(otherLoad: load, flexible: 2).level)
        }

        @Test func planPlacesExactlyTheFlexibleLoadAtOneLevel() {
            seededCheck(Self.blocks, count: 500, seed: 0x5641_4C4C) { load, flexible in
                let plan = ValleyFilling.plan(otherLoad: load, flexible: flexible)
                let scale = flexible + load.reduce(0, +)
                expectClose(plan.purchases.reduce(0, +), flexible, relative: 0, absolute: 1e-13 * scale)
                for (s, e) in plan.purchases.enumerated() {
                    #expect(e >= 0)
                    if e > 0 {
                        expectClose(load[s] + e, plan.level, relative: 4.5e-16, absolute: 0, "step \(s)")
                    } else {
                        #expect(load[s] >= plan.level, "step \(s)")
                    }
                }
            }
        }

        @Test func planIsNotBeatenByFeasiblePerturbations() {
            // Σ Φ(L + e) for Φ(y) = y² and y⁴: moving any amount δ from a step
            // that buys to any other step never lowers the cost.
            let moves = zip(Self.blocks, Gen.int(in: 0...1000), Gen.int(in: 0...1000), Gen.double(in: 0...1))
            seededCheck(moves, count: 400, seed: 0x4F50_5449) { block, from, to, fraction in
                let (load, flexible) = block
                let plan = ValleyFilling.plan(otherLoad: load, flexible: flexible)
                let buying = plan.purchases.indices.filter { plan.purchases[$0] > 0 }
                guard !buying.isEmpty else { return }
                let s = buying[from % buying.count]
                let t = to % load.count
                var moved = plan.purchases
                let delta = fraction * moved[s]
                moved[s] -= delta
                moved[t] += delta
                for power in [2.0, 4.0] {
                    func cost(_ e: [Double]) -> Double { zip(load, e).reduce(0) { $0 + pow($1.0 + $1.1, power) } }
                    let best = cost(plan.purchases)
                    #expect(cost(moved) >= best * (1 - 1e-13), "power \(power)")
                }
            }
        }
    }
}
