import Testing
import CatallaxModel
import CatallaxNumerics

/// The network components of `docs/Network.md`: the CSR graph, the
/// three random graphs against their defining properties, and cheapest
/// paths against Floyd–Warshall.
@Suite struct NetworkTests {
    static func stream(_ replicate: UInt64) -> UniformStream {
        UniformStream(key: RunKey(seed: 15, replicate: replicate), purpose: .graph)
    }

    @Test func directionsComeInReversePairsSortedByHead() {
        let network = Network(nodeCount: 5, edges: [(0, 3), (3, 1), (4, 0), (1, 0)])
        #expect(network.linkCount == 4)
        #expect(network.directions(from: 0).map { network.head[$0] } == [1, 3, 4])
        #expect((0..<5).map(network.degree(of:)) == [3, 2, 0, 2, 1])
        for d in network.head.indices {
            let back = Int(network.reverse[d])
            #expect(Int(network.reverse[back]) == d)
            #expect(Int(network.head[back]) == network.tail(of: d))
            #expect(network.directions(from: network.tail(of: d)).contains(d))
        }
    }

    @Test func aStreamIsAFunctionOfItsKeyPurposeAndNumber() {
        var a = Self.stream(1), b = Self.stream(1), c = Self.stream(2)
        var d = UniformStream(key: RunKey(seed: 15, replicate: 1), purpose: .graph, stream: 1)
        let first = (0..<7).map { _ in a.next() }
        #expect(first == (0..<7).map { _ in b.next() })
        #expect(first != (0..<7).map { _ in c.next() })
        #expect(first != (0..<7).map { _ in d.next() })
        #expect(first.allSatisfy { $0 > 0 && $0 < 1 })
        // Two draws per block: the third draw is the next block's first word pair.
        let block1 = Philox4x32.block(counter: SIMD4(0, 1, DrawPurpose.graph.rawValue, 0), key: RunKey(seed: 15, replicate: 1).words)
        #expect(first[2] == Philox4x32.unitInterval(hi: block1[0], lo: block1[1]))
    }

    @Test(arguments: [(10, 3), (50, 4), (200, 6), (7, 6)])
    func regularGraphsAreSimpleWithEveryDegreeD(nodes: Int, degree: Int) {
        for replicate in 0..<5 {
            var draws = Self.stream(UInt64(replicate))
            let network = Network(nodeCount: nodes, edges: RandomGraph.regular(nodes: nodes, degree: degree, draws: &draws))
            #expect((0..<nodes).allSatisfy { network.degree(of: $0) == degree })
            #expect(network.linkCount == nodes * degree / 2)
        }
    }

    /// `G(N, p)`: the link count is Binomial(N(N−1)/2, p); over 20 graphs the
    /// total is within 4 standard deviations of its mean.
    @Test func erdosRenyiLinkCountIsBinomial() {
        let nodes = 300, p = 6.0 / 299
        let pairs = Double(nodes * (nodes - 1) / 2)
        var total = 0
        for replicate in 0..<20 {
            var draws = Self.stream(UInt64(replicate))
            let edges = RandomGraph.erdosRenyi(nodes: nodes, probability: p, draws: &draws)
            total += Network(nodeCount: nodes, edges: edges).linkCount   // also checks it is simple
        }
        let mean = 20 * pairs * p, sd = (20 * pairs * p * (1 - p)).squareRoot()
        #expect(abs(Double(total) - mean) <= 4 * sd, "\(total) links against \(mean) ± \(sd)")
        var none = Self.stream(0), all = Self.stream(0)
        #expect(RandomGraph.erdosRenyi(nodes: 20, probability: 0, draws: &none).isEmpty)
        #expect(RandomGraph.erdosRenyi(nodes: 20, probability: 1, draws: &all).count == 190)
        // A skip far beyond the pairs (here about 10³¹) ends the graph instead of overflowing.
        var tiny = Self.stream(0)
        #expect(RandomGraph.erdosRenyi(nodes: 20, probability: 1e-30, draws: &tiny).isEmpty)
    }

    /// Preferential attachment: the link count is exact, and at the same mean
    /// degree its degrees spread far wider than `G(N, p)`'s.
    @Test func barabasiAlbertHasAHeavyDegreeTail() {
        let nodes = 2000, m = 3
        var draws = Self.stream(3)
        let ba = Network(nodeCount: nodes, edges: RandomGraph.barabasiAlbert(nodes: nodes, linksPerNode: m, draws: &draws))
        #expect(ba.linkCount == m * (m + 1) / 2 + (nodes - m - 1) * m)
        var erDraws = Self.stream(3)
        let er = Network(nodeCount: nodes, edges: RandomGraph.erdosRenyi(nodes: nodes, probability: 6.0 / 1999, draws: &erDraws))
        func above(_ n: Network, _ k: Int) -> Int { (0..<nodes).filter { n.degree(of: $0) > k }.count }
        #expect(above(ba, 18) > 40, "BA nodes above degree 18: \(above(ba, 18))")
        #expect(above(er, 18) == 0)
        #expect((0..<nodes).map(ba.degree(of:)).max()! > 50)
    }

    /// Dijkstra against Floyd–Warshall on whole-number weights (both exact),
    /// and every route's cost is the sum of its weights.
    @Test func cheapestPathsMatchFloydWarshall() {
        for replicate in 0..<6 {
            var draws = Self.stream(UInt64(replicate))
            let nodes = 40
            let network = Network(nodeCount: nodes, edges: RandomGraph.erdosRenyi(nodes: nodes, probability: 0.08, draws: &draws))
            let weights = network.head.indices.map { _ in Double(draws.index(below: 10)) }
            var excluded = network.head.indices.map { _ in draws.next() < 0.1 }
            if replicate == 0 { excluded = [] }
            var distance = [[Double]](repeating: [Double](repeating: .infinity, count: nodes), count: nodes)
            for u in 0..<nodes { distance[u][u] = 0 }
            for d in network.head.indices where excluded.isEmpty || !excluded[d] {
                let u = network.tail(of: d), v = Int(network.head[d])
                distance[u][v] = min(distance[u][v], weights[d])
            }
            for k in 0..<nodes { for i in 0..<nodes { for j in 0..<nodes where distance[i][k] + distance[k][j] < distance[i][j] {
                distance[i][j] = distance[i][k] + distance[k][j]
            } } }
            for source in 0..<nodes {
                let paths = CheapestPaths(network: network, weights: weights, from: source, excluding: excluded)
                #expect(paths.cost == distance[source])
                for target in 0..<nodes {
                    guard let route = paths.route(to: target, in: network) else {
                        #expect(distance[source][target] == .infinity)
                        continue
                    }
                    #expect(route.map { weights[$0] }.reduce(0, +) == distance[source][target])
                    #expect(route.allSatisfy { excluded.isEmpty || !excluded[$0] })
                    if let first = route.first { #expect(network.tail(of: first) == source) }
                    if let last = route.last { #expect(Int(network.head[last]) == target) }
                }
            }
        }
    }
}
