import CatallaxModel
import CatallaxNumerics
import PropertyBased
import Testing

extension Markets {
    /// Water filling against known answer (a) of `docs/ResourceEconomy.md`,
    /// the optimality (KKT) conditions, an independent bisection, and lane
    /// independence.
    @Suite struct WaterFillingTests {
        /// One random instance: capacity, weights (about 15 % zero) and offsets.
        struct Instance {
            var capacity: Double
            var weights: [Double]
            var offsets: [Double]
        }

        static let instances = zip(
            Gen.double(in: 0...40), zip(Gen.double(in: 0...1), logUniform(0.01...100), logUniform(0.01...100)).array(of: 1...14)
        ).map { capacity, agents in
            Instance(capacity: capacity, weights: agents.map { $0.0 < 0.15 ? 0 : $0.1 }, offsets: agents.map(\.2))
        }

        /// `τ` with `Σ max(0, A·τ − B) = C` by 200 plain bisections of
        /// `[0, (C + ΣB)/ΣA]` (where `G ≥ C`): slow, obviously right.
        static func bisectedLevel(_ instance: Instance) -> Double {
            let active = instance.weights.indices.filter { instance.weights[$0] > 0 }
            let weightSum = active.reduce(0) { $0 + instance.weights[$1] }
            guard weightSum > 0 else { return 0 }
            var low = 0.0
            var high = (instance.capacity + active.reduce(0) { $0 + instance.offsets[$1] }) / weightSum
            for _ in 0..<200 {
                let middle = (low + high) / 2
                let filled = active.reduce(0) { $0 + max(0, instance.weights[$1] * middle - instance.offsets[$1]) }
                if filled < instance.capacity { low = middle } else { high = middle }
            }
            return (low + high) / 2
        }

        @Test func knownAnswerDropsTheSmallestAgentInTwoRounds() {
            // (a): τ₀ = 6/8 leaves agent 0 out (1·¾ ≤ 1); τ₁ = 5/7 keeps the rest.
            let solution = WaterFilling.solve(capacity: 3, weights: [1, 3, 4], offsets: [1, 1, 1])
            #expect(solution.rounds == 2)
            expectClose(solution.level, 5.0 / 7, relative: 0, absolute: 1e-12)
            #expect(solution.allocations[0] == 0)
            expectClose(solution.allocations[1], 8.0 / 7, relative: 0, absolute: 1e-12)
            expectClose(solution.allocations[2], 13.0 / 7, relative: 0, absolute: 1e-12)
        }

        @Test func everyAgentActiveStopsAfterOneRound() {
            // τ = (2 + 2)/(2 + 2) = 1: both shares 1, the set never changes.
            let solution = WaterFilling.solve(capacity: 2, weights: [2, 2], offsets: [1, 1])
            #expect(solution.rounds == 1)
            #expect(solution.level == 1)
            #expect(solution.allocations == [1, 1])
        }

        @Test func laneWithoutActiveAgentsHasLevelZero() {
            let idle = WaterFilling.solve(capacity: 5, weights: [0, 0], offsets: [1, 2])
            #expect(idle.level == 0)
            #expect(idle.allocations == [0, 0])
            let empty = WaterFilling.solve(capacity: 5, weights: [], offsets: [])
            #expect(empty.level == 0)
            // A lane with agents next to one without: each as if alone.
            let weights: [SIMD2<Double>] = [SIMD2(0, 1), SIMD2(0, 3)]
            let offsets: [SIMD2<Double>] = [SIMD2(1, 1), SIMD2(1, 1)]
            let level = weights.withUnsafeBufferPointer { a in
                offsets.withUnsafeBufferPointer { WaterFilling.level(capacity: SIMD2(5, 2), weights: a, offsets: $0).level }
            }
            #expect(level[0] == 0)
            #expect(level[1] == WaterFilling.solve(capacity: 2, weights: [1, 3], offsets: [1, 1]).level)
        }

        @Test func zeroCapacityAllocatesNothing() {
            let solution = WaterFilling.solve(capacity: 0, weights: [1, 3, 4], offsets: [1, 1, 2])
            for x in solution.allocations { #expect(x <= 1e-15) }
        }

        @Test func allocationsSumToTheCapacity() {
            seededCheck(Self.instances, count: 400, seed: 0x5741_5445) { instance in
                let solution = WaterFilling.solve(
                    capacity: instance.capacity, weights: instance.weights, offsets: instance.offsets)
                guard instance.weights.contains(where: { $0 > 0 }) else {
                    #expect(solution.allocations.allSatisfy { $0 == 0 })
                    return
                }
                let scale = instance.capacity + instance.offsets.reduce(0, +)
                expectClose(solution.allocations.reduce(0, +), instance.capacity, relative: 0, absolute: 1e-13 * scale)
                #expect(solution.rounds <= instance.weights.count + 1)
            }
        }

        @Test func levelSatisfiesTheOptimalityConditions() {
            // Active agents share the marginal utility μ = 1/τ: A/(B + x) = 1/τ;
            // inactive ones value their first unit at most μ: A·τ ≤ B.
            seededCheck(Self.instances, count: 400, seed: 0x4B4B_5421) { instance in
                let solution = WaterFilling.solve(
                    capacity: instance.capacity, weights: instance.weights, offsets: instance.offsets)
                let tau = solution.level
                for (i, x) in solution.allocations.enumerated() {
                    let a = instance.weights[i]
                    let b = instance.offsets[i]
                    #expect(x >= 0)
                    if x > 0 {
                        expectClose(a * tau / (b + x), 1, relative: 0, absolute: 1e-13, "agent \(i)")
                    } else {
                        #expect(a * tau <= b, "agent \(i)")
                    }
                }
            }
        }

        @Test func levelAgreesWithBisection() {
            seededCheck(Self.instances, count: 300, seed: 0x4249_5345) { instance in
                let solution = WaterFilling.solve(
                    capacity: instance.capacity, weights: instance.weights, offsets: instance.offsets)
                let reference = Self.bisectedLevel(instance)
                // Compare allocations: at C = 0 every τ ≤ min B/A is a root.
                for (i, x) in solution.allocations.enumerated() {
                    let expected = max(0, instance.weights[i] * reference - instance.offsets[i])
                    expectClose(x, expected, relative: 1e-11, absolute: 1e-12 * (instance.capacity + instance.offsets.reduce(0, +)))
                }
            }
        }

        @Test func lanesEqualTheirSingleLaneResults() {
            let groups = Self.instances.array(of: 8)
            seededCheck(groups, count: 150, seed: 0x4C41_4E45) { group in
                let weights = commonLength(group.map(\.weights))
                let offsets = commonLength(group.map(\.offsets))
                let capacities = group.map(\.capacity)
                check(SIMD4<Double>.self, capacities, weights, offsets)
                check(SIMD8<Double>.self, capacities, weights, offsets)
            }

            func check<V: LaneVector>(_: V.Type, _ capacities: [Double], _ weights: [[Double]], _ offsets: [[Double]]) {
                let a: [V] = laneColumns(weights)
                let b: [V] = laneColumns(offsets)
                let (level, rounds) = a.withUnsafeBufferPointer { a in
                    b.withUnsafeBufferPointer { WaterFilling.level(capacity: lanes(capacities), weights: a, offsets: $0) }
                }
                var most = 0
                for lane in 0..<V.scalarCount {
                    let alone = WaterFilling.solve(capacity: capacities[lane], weights: weights[lane], offsets: offsets[lane])
                    #expect(level[lane].bitPattern == alone.level.bitPattern, "lane \(lane)")
                    for i in a.indices {
                        let x = WaterFilling.allocation(level: level, weight: a[i], offset: b[i])
                        #expect(x[lane].bitPattern == alone.allocations[i].bitPattern, "lane \(lane), agent \(i)")
                    }
                    most = max(most, alone.rounds)
                }
                #expect(rounds == most)
            }
        }
    }
}
