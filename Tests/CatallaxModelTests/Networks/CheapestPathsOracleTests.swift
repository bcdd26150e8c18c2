import Testing
import CatallaxModel
import CatallaxNumerics
import SwiftGraph

/// `CheapestPaths` against SwiftGraph's `dijkstra` on the scenario's own
/// random networks with real, direction-dependent weights: the same cost to
/// every node from every source tried (SwiftGraph breaks ties its own way,
/// so the trees may differ where two paths cost the same; the costs may not).
@Suite struct CheapestPathsOracleTests {
    static func swiftGraph(_ network: Network, weights: [Double]) -> WeightedGraph<String, Double> {
        // Vertices named by text, so `dijkstra(root:)` with an index is not ambiguous.
        let graph = WeightedGraph<String, Double>(vertices: (0..<network.nodeCount).map(String.init))
        for u in 0..<network.nodeCount {
            for d in network.directions(from: u) {
                graph.addEdge(fromIndex: u, toIndex: Int(network.head[d]), weight: weights[d], directed: true)
            }
        }
        return graph
    }

    @Test(arguments: ["regular", "er", "ba"])
    func costsEqualSwiftGraphsDijkstra(_ topology: String) {
        var draws = UniformStream(key: RunKey(seed: 15, replicate: 3), purpose: .graph)
        let edges: [(Int32, Int32)] =
            switch topology {
            case "regular": RandomGraph.regular(nodes: 120, degree: 4, draws: &draws)
            case "er": RandomGraph.erdosRenyi(nodes: 120, probability: 3.0 / 119, draws: &draws)
            default: RandomGraph.barabasiAlbert(nodes: 120, linksPerNode: 2, draws: &draws)
            }
        let network = Network(nodeCount: 120, edges: edges)
        // The routing weight's shape, f_b + f_d·ā, with a spread of fee rates that makes long cheap detours.
        let weights = network.head.indices.map { _ in 1 + 40 * draws.next() * draws.next() }
        let oracle = Self.swiftGraph(network, weights: weights)
        var paths = CheapestPaths(network: network, weights: weights, from: 0)
        var unreachable = 0
        for source in stride(from: 0, to: 120, by: 7) {
            paths.search(network, weights: weights, from: source)
            let (distances, _) = oracle.dijkstra(root: source, startDistance: 0)
            for v in 0..<120 {
                if let expected = distances[v] {
                    #expect(abs(paths.cost[v] - expected) <= 1e-12 * max(1, expected), "\(topology) \(source) → \(v)")
                } else {
                    #expect(paths.cost[v] == .infinity)
                    unreachable += 1
                }
            }
        }
        if topology != "er" { #expect(unreachable == 0) }
    }
}
