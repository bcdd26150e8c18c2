/// An undirected simple graph of `N` nodes in compressed sparse rows: each
/// link `{u, v}` is two **directions**, `u → v` and `v → u`, and per-link or
/// per-direction quantities (a channel's balance on each side, a fee, a
/// transport capacity) live in arrays indexed by direction.
///
/// ```
/// directions of u:  offsets[u] ..< offsets[u + 1],   head[d] = v for d = u → v   (sorted by v)
/// reverse[d]     :  the direction v → u
/// tail(d)        :  u, found by the offsets
/// ```
/// Scenarios that put agents on a network (`payment-channels`,
/// `resource-arbitrage`) share it (`docs/Network.md`).
public struct Network: Sendable, Equatable {
    /// `N`, the number of nodes.
    public let nodeCount: Int
    /// The first direction of each node, and the direction count at the end (`N + 1` entries).
    public let offsets: [Int32]
    /// The node each direction leads to.
    public let head: [Int32]
    /// The opposite direction of each direction.
    public let reverse: [Int32]

    /// The network of `nodeCount` nodes and the links `edges`.
    /// - Parameters:
    ///   - nodeCount: `N ≥ 0`.
    ///   - edges: links `(u, v)` with `u ≠ v`, both in `0..<N`, no link twice (in either order).
    /// - Precondition: the edges form a simple graph on the nodes.
    public init(nodeCount: Int, edges: [(Int32, Int32)]) {
        var degree = [Int32](repeating: 0, count: nodeCount + 1)
        for (u, v) in edges {
            precondition(u != v && (0..<Int32(nodeCount)).contains(u) && (0..<Int32(nodeCount)).contains(v),
                         "a link joins two distinct nodes of the network")
            degree[Int(u)] += 1
            degree[Int(v)] += 1
        }
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for u in 0..<nodeCount { offsets[u + 1] = offsets[u] + degree[u] }
        var next = offsets
        var head = [Int32](repeating: 0, count: 2 * edges.count)
        for (u, v) in edges {
            head[Int(next[Int(u)])] = v
            next[Int(u)] += 1
            head[Int(next[Int(v)])] = u
            next[Int(v)] += 1
        }
        for u in 0..<nodeCount { head[Int(offsets[u])..<Int(offsets[u + 1])].sort() }
        var reverse = [Int32](repeating: 0, count: head.count)
        for u in 0..<nodeCount {
            for d in Int(offsets[u])..<Int(offsets[u + 1]) {
                let v = Int(head[d])
                let row = head[Int(offsets[v])..<Int(offsets[v + 1])]
                // Binary search for u among v's sorted heads.
                var low = row.startIndex, high = row.endIndex
                while low < high {
                    let middle = (low + high) / 2
                    if row[middle] < Int32(u) { low = middle + 1 } else { high = middle }
                }
                precondition(low < row.endIndex && row[low] == Int32(u), "a link is listed once in each direction")
                reverse[d] = Int32(low)
            }
            precondition(Set(head[Int(offsets[u])..<Int(offsets[u + 1])]).count == Int(offsets[u + 1] - offsets[u]),
                         "node \(u) is linked twice to the same node")
        }
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.head = head
        self.reverse = reverse
    }

    /// The number of links, `E` (half the directions).
    public var linkCount: Int { head.count / 2 }

    /// The directions leaving node `u`.
    @inlinable
    public func directions(from u: Int) -> Range<Int> { Int(offsets[u])..<Int(offsets[u + 1]) }

    /// The degree of node `u`.
    @inlinable
    public func degree(of u: Int) -> Int { Int(offsets[u + 1] - offsets[u]) }

    /// The node direction `d` leaves, by binary search over the offsets.
    public func tail(of d: Int) -> Int {
        var low = 0, high = nodeCount
        while high - low > 1 {
            let middle = (low + high) / 2
            if Int(offsets[middle]) <= d { low = middle } else { high = middle }
        }
        return low
    }

    public static func == (a: Network, b: Network) -> Bool {
        a.nodeCount == b.nodeCount && a.offsets == b.offsets && a.head == b.head
    }
}
