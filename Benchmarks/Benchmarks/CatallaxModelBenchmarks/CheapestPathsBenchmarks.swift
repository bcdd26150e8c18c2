// The payment network's routing: a cheapest-path tree from every source of
// a reference-sized network (N = 500, `ba`, 3 channels per new node), by
// Catallax's `CheapestPaths` and by SwiftGraph's `dijkstra` on the same
// graph and weights (issue 15 asks to measure a kept graph library before
// writing one; docs/PaymentChannels.md, known answer (c)).

import Benchmark
import BenchmarkRates
import CatallaxModel
import CatallaxNumerics
import SwiftGraph

/// Cheapest-path trees per second (one search from one source).
let searches = Rate("searches/s", tolerance: 15)

/// The reference network and its routing weights `f_b + f_d·ā`, `f_d`
/// lognormal around 0.001 as in the scenario.
func referenceRoutingNetwork() -> (Network, [Double]) {
    var draws = UniformStream(key: RunKey(seed: 15, replicate: 0), purpose: .graph)
    let network = Network(nodeCount: 500, edges: RandomGraph.barabasiAlbert(nodes: 500, linksPerNode: 3, draws: &draws))
    let weights = network.head.indices.map { _ in
        let z = Philox4x32.standardNormals(u1: draws.next(), u2: draws.next()).0
        return 1 + 0.001 * LaneMath.exp(0.5 * z - 0.125) * 100
    }
    return (network, weights)
}

func cheapestPathsBenchmarks() {
    let (network, weights) = referenceRoutingNetwork()
    let sources = network.nodeCount
    Benchmark("Cheapest paths N=500 ba, every source, Catallax", configuration: searches.configuration(maxDuration: .seconds(3))) { benchmark in
        var paths = CheapestPaths(network: network, weights: weights, from: 0)
        benchmark.measure(searches, work: Double(sources)) {
            for source in 0..<sources { paths.search(network, weights: weights, from: source) }
            return paths.cost[sources - 1]
        }
    }
    let graph = WeightedGraph<String, Double>(vertices: (0..<network.nodeCount).map(String.init))
    for u in 0..<network.nodeCount {
        for d in network.directions(from: u) {
            graph.addEdge(fromIndex: u, toIndex: Int(network.head[d]), weight: weights[d], directed: true)
        }
    }
    Benchmark("Cheapest paths N=500 ba, every source, SwiftGraph", configuration: searches.configuration(maxDuration: .seconds(3))) { benchmark in
        benchmark.measure(searches, work: Double(sources)) {
            var last: Double? = nil
            for source in 0..<sources { last = graph.dijkstra(root: source, startDistance: 0).0[sources - 1] }
            return last
        }
    }
}
