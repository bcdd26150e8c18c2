#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CatallaxNumerics

// Helpers for the tests of the lane-form markets (water filling,
// proportional share, the uniform-price auction): several instances side by
// side, one per lane.

/// Per agent, one lane vector holding that agent's value in each instance.
///
/// ```
/// result[i][lane] = instances[lane % instances.count][i]
/// ```
/// Every instance must have the same number of agents.
func laneColumns<V: LaneVector>(_ instances: [[Double]], as type: V.Type = V.self) -> [V] {
    let count = instances[0].count
    precondition(instances.allSatisfy { $0.count == count }, "every lane needs the same number of agents")
    return (0..<count).map { i in
        var column = V()
        for lane in column.indices { column[lane] = instances[lane % instances.count][i] }
        return column
    }
}

/// The instances cut to the shortest one, so that they share an agent count.
func commonLength(_ instances: [[Double]]) -> [[Double]] {
    let count = instances.map(\.count).min() ?? 0
    return instances.map { Array($0.prefix(count)) }
}

/// `Σ_i A_i·ln(1 + x_i/B_i)`, the welfare of the shifted-log utilities.
func logWelfare(_ allocations: [Double], utilityScales: [Double], offsets: [Double]) -> Double {
    allocations.indices.reduce(0) { $0 + utilityScales[$1] * log1p(allocations[$1] / offsets[$1]) }
}
