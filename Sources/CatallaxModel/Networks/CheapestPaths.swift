/// Cheapest paths from one source over a ``Network`` with a nonnegative
/// weight per direction, by Dijkstra's algorithm with a binary heap.
///
/// ```
/// cost[s] = 0;   pop the cheapest unsettled node u;   for each direction d = u → v not excluded:
///     cost[u] + w[d] < cost[v]  ⇒  cost[v] = cost[u] + w[d],  via[v] = d
/// ```
/// Only a strictly cheaper path replaces a node's direction of arrival, and
/// the heap orders equal costs by node index, so the tree is a function of
/// the network and the weights alone (directions are scanned in head order).
/// Used for source routing (`docs/PaymentChannels.md`, "Routing").
public struct CheapestPaths: Sendable {
    /// The source.
    public let source: Int
    /// The cheapest cost of reaching each node; `+∞` where unreachable.
    public private(set) var cost: [Double]
    /// The direction each node is reached by on its cheapest path; `−1` at the source and where unreachable.
    public private(set) var via: [Int32]

    /// The cheapest paths from `source`.
    /// - Parameters:
    ///   - network: the graph.
    ///   - weights: `w[d] ≥ 0` per direction.
    ///   - source: a node.
    ///   - excluded: directions that may not be used (`excluded[d]`), or empty for none.
    /// - Complexity: O((N + E) log N).
    public init(network: Network, weights: [Double], from source: Int, excluding excluded: [Bool] = []) {
        precondition(weights.count == network.head.count, "one weight per direction")
        self.source = source
        cost = [Double](repeating: .infinity, count: network.nodeCount)
        via = [Int32](repeating: -1, count: network.nodeCount)
        cost[source] = 0
        var settled = [Bool](repeating: false, count: network.nodeCount)
        var heap = _CostHeap()
        heap.push(cost: 0, node: Int32(source))
        while let (c, node) = heap.pop() {
            let u = Int(node)
            if settled[u] || c > cost[u] { continue }
            settled[u] = true
            for d in network.directions(from: u) where excluded.isEmpty || !excluded[d] {
                let v = Int(network.head[d])
                let through = c + weights[d]
                if through < cost[v] {
                    cost[v] = through
                    via[v] = Int32(d)
                    heap.push(cost: through, node: Int32(v))
                }
            }
        }
    }

    /// The directions of the cheapest path from the source to `target`, in
    /// order; empty when `target` is the source, `nil` when unreachable.
    public func route(to target: Int, in network: Network) -> [Int]? {
        guard cost[target].isFinite else { return nil }
        var directions = [Int]()
        var v = target
        while v != source {
            let d = Int(via[v])
            directions.append(d)
            v = Int(network.head[Int(network.reverse[d])])
        }
        return directions.reversed()
    }
}

/// A binary min-heap of `(cost, node)`, ordered by cost, then node index.
struct _CostHeap {
    var items: [(cost: Double, node: Int32)] = []

    static func before(_ a: (cost: Double, node: Int32), _ b: (cost: Double, node: Int32)) -> Bool {
        a.cost < b.cost || (a.cost == b.cost && a.node < b.node)
    }

    mutating func push(cost: Double, node: Int32) {
        items.append((cost, node))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard Self.before(items[i], items[parent]) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> (Double, Int32)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let left = 2 * i + 1, right = left + 1
                var smallest = i
                if left < items.count && Self.before(items[left], items[smallest]) { smallest = left }
                if right < items.count && Self.before(items[right], items[smallest]) { smallest = right }
                if smallest == i { break }
                items.swapAt(i, smallest)
                i = smallest
            }
        }
        return (top.cost, top.node)
    }
}
