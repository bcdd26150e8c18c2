/// Cheapest paths from one source over a ``Network`` with a nonnegative
/// weight per direction, by Dijkstra's algorithm with an indexed binary heap.
///
/// ```
/// cost[s] = 0;   pop the cheapest unsettled node u;   for each direction d = u → v not excluded:
///     cost[u] + w[d] < cost[v]  ⇒  cost[v] = cost[u] + w[d],  via[v] = d   (v moves up the heap)
/// ```
/// Only a strictly cheaper path replaces a node's direction of arrival, and
/// the heap orders equal costs by node index, so the tree is a function of
/// the network and the weights alone (directions are scanned in head order).
/// Each node is in the heap at most once (its key decreases in place), so a
/// search pops `N` nodes, not one entry per improvement: a payment network
/// routes from every source, and the search is most of a short run's time.
/// Described in `docs/Network.md` ("CheapestPaths"); used for source
/// routing (`docs/PaymentChannels.md`, "Routing").
public struct CheapestPaths: Sendable {
    /// The source of the last search.
    public var source: Int { _source }
    /// The cheapest cost of reaching each node; `+∞` where unreachable.
    public var cost: [Double] { _cost }
    /// The direction each node is reached by on its cheapest path; `−1` at the source and where unreachable.
    public var via: [Int32] { _via }
    @usableFromInline var _source: Int
    @usableFromInline var _cost: [Double]
    @usableFromInline var _via: [Int32]
    /// The nodes reached but not settled with their costs, a binary heap by `(cost, node)`.
    @usableFromInline var _heap: [(cost: Double, node: Int32)]
    /// Each node's place in ``_heap``: `−1` before it is reached, `−2` once settled.
    @usableFromInline var _place: [Int32]

    /// The cheapest paths from `source`.
    /// - Parameters:
    ///   - network: the graph.
    ///   - weights: `w[d] ≥ 0` per direction.
    ///   - source: a node.
    ///   - excluded: directions that may not be used (`excluded[d]`), or empty for none.
    /// - Complexity: O((N + E) log N).
    @inlinable
    public init(network: Network, weights: [Double], from source: Int, excluding excluded: [Bool] = []) {
        _source = source
        _cost = []
        _via = []
        _heap = []
        _place = []
        search(network, weights: weights, from: source, excluding: excluded)
    }

    /// Searches again from `source`, reusing the storage of the last search
    /// (a kernel routes many payments without allocating once it has grown).
    /// - Parameters: as ``init(network:weights:from:excluding:)``.
    /// - Complexity: O((N + E) log N).
    @inlinable
    public mutating func search(_ network: Network, weights: [Double], from source: Int, excluding excluded: [Bool] = []) {
        precondition(weights.count == network.head.count, "one weight per direction")
        precondition(excluded.isEmpty || excluded.count == network.head.count, "one exclusion flag per direction")
        let n = network.nodeCount
        _source = source
        if _cost.count != n {
            _cost = [Double](repeating: .infinity, count: n)
            _via = [Int32](repeating: -1, count: n)
            _place = [Int32](repeating: -1, count: n)
            _heap.reserveCapacity(n)
        } else {
            for u in 0..<n {
                _cost[u] = .infinity
                _via[u] = -1
                _place[u] = -1
            }
        }
        _heap.removeAll(keepingCapacity: true)
        _cost[source] = 0
        _heap.append((0, Int32(source)))
        _place[source] = 0
        let head = network.head, offsets = network.offsets
        while !_heap.isEmpty {
            let u = Int(_popCheapest())
            let c = _cost[u]
            for d in Int(offsets[u])..<Int(offsets[u + 1]) where excluded.isEmpty || !excluded[d] {
                let v = Int(head[d])
                let through = c + weights[d]
                if through < _cost[v] {
                    _cost[v] = through
                    _via[v] = Int32(d)
                    if _place[v] == -1 {
                        _place[v] = Int32(_heap.count)
                        _heap.append((through, Int32(v)))
                    }
                    _siftUp(Int(_place[v]), to: (through, Int32(v)))
                }
            }
        }
    }

    /// Whether entry `a` comes before entry `b`: lower cost, then lower node index.
    @inlinable @inline(__always)
    static func _before(_ a: (cost: Double, node: Int32), _ b: (cost: Double, node: Int32)) -> Bool {
        a.cost < b.cost || (a.cost == b.cost && a.node < b.node)
    }

    /// Puts `entry` at heap slot `i` or above, moving costlier parents down.
    @inlinable
    mutating func _siftUp(_ i: Int, to entry: (cost: Double, node: Int32)) {
        var i = i
        while i > 0 {
            let parent = (i - 1) / 2
            guard Self._before(entry, _heap[parent]) else { break }
            _heap[i] = _heap[parent]
            _place[Int(_heap[i].node)] = Int32(i)
            i = parent
        }
        _heap[i] = entry
        _place[Int(entry.node)] = Int32(i)
    }

    /// Removes and returns the cheapest node, marking it settled.
    ///
    /// Bottom-up (Floyd): the hole at the root follows the cheaper child
    /// down to a leaf, one comparison a level, then the last entry fills it
    /// and moves up, which it rarely does far: about half the comparisons of
    /// sifting the last entry down, and the search's time is mostly here.
    @inlinable
    mutating func _popCheapest() -> Int32 {
        let top = _heap[0].node
        _place[Int(top)] = -2
        let last = _heap.removeLast()
        let count = _heap.count
        guard count > 0 else { return top }
        var i = 0
        while true {
            let left = 2 * i + 1
            if left >= count { break }
            let right = left + 1
            let child = right < count && Self._before(_heap[right], _heap[left]) ? right : left
            _heap[i] = _heap[child]
            _place[Int(_heap[i].node)] = Int32(i)
            i = child
        }
        _siftUp(i, to: last)
        return top
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
