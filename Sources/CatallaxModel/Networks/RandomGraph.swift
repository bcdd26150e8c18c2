import CatallaxNumerics

/// The random networks a run draws (`docs/Network.md`, "RandomGraph"),
/// each from a lane's ``UniformStream`` so a run's graph is a
/// pure function of its key. Every generator returns a simple graph's links.
public enum RandomGraph {
    /// A uniform-ish random `d`-regular graph by Steger and Wormald's (1999)
    /// pairing: repeatedly join two uniformly chosen free half-edges of
    /// different, not yet linked nodes; on a dead end start again.
    ///
    /// ```
    /// points = N·d half-edges;   pick i, j uniform among the free ones;   accept iff node(i) ≠ node(j), not linked
    /// dead end: no acceptable pair among the free points  →  restart (the stream goes on)
    /// ```
    /// - Parameters:
    ///   - nodes: `N ≥ 1`.
    ///   - degree: `0 ≤ d < N`, with `N·d` even.
    ///   - draws: the lane's stream; read as far as the graph needs.
    /// - Returns: `N·d/2` links.
    public static func regular(nodes: Int, degree: Int, draws: inout UniformStream) -> [(Int32, Int32)] {
        precondition(nodes >= 1 && degree >= 0 && degree < max(nodes, 1) && (nodes * degree) % 2 == 0,
                     "a d-regular graph needs 0 ≤ d < N and N·d even")
        while true {
            if let edges = _regularAttempt(nodes: nodes, degree: degree, draws: &draws) { return edges }
        }
    }

    /// One pairing attempt, `nil` at a dead end.
    static func _regularAttempt(nodes: Int, degree: Int, draws: inout UniformStream) -> [(Int32, Int32)]? {
        var free = [Int32]()
        free.reserveCapacity(nodes * degree)
        for u in 0..<nodes { for _ in 0..<degree { free.append(Int32(u)) } }
        var linked = Set<Int64>()
        var edges = [(Int32, Int32)]()
        edges.reserveCapacity(nodes * degree / 2)
        func key(_ u: Int32, _ v: Int32) -> Int64 { Int64(min(u, v)) << 32 | Int64(max(u, v)) }
        var misses = 0
        while !free.isEmpty {
            let i = draws.index(below: free.count), j = draws.index(below: free.count)
            let u = free[i], v = free[j]
            if i != j && u != v && !linked.contains(key(u, v)) {
                linked.insert(key(u, v))
                edges.append((u, v))
                // Remove both points (the larger index first, so the smaller stays valid).
                for k in [max(i, j), min(i, j)] {
                    free.swapAt(k, free.count - 1)
                    free.removeLast()
                }
                misses = 0
                continue
            }
            misses += 1
            // Many misses in a row: look for any acceptable pair; none means a dead end.
            if misses > 8 * free.count {
                let nodesLeft = Array(Set(free)).sorted()
                var possible = false
                search: for a in nodesLeft.indices {
                    for b in (a + 1)..<nodesLeft.count where !linked.contains(key(nodesLeft[a], nodesLeft[b])) {
                        possible = true
                        break search
                    }
                }
                if !possible { return nil }
                misses = 0
            }
        }
        return edges
    }

    /// Erdős–Rényi `G(N, p)` by Batagelj and Brandes' (2005) geometric
    /// skips: each of the `N(N − 1)/2` pairs is a link with probability `p`,
    /// in `O(N + E)` draws.
    ///
    /// ```
    /// v = 1, w = −1;   repeat: w += 1 + ⌊ln(1 − u)/ln(1 − p)⌋;   while w ≥ v, v < N: w −= v, v += 1;   v < N: link (v, w)
    /// ```
    /// - Parameters:
    ///   - nodes: `N ≥ 0`.
    ///   - probability: `0 ≤ p ≤ 1`.
    ///   - draws: the lane's stream.
    public static func erdosRenyi(nodes: Int, probability p: Double, draws: inout UniformStream) -> [(Int32, Int32)] {
        precondition((0...1).contains(p), "a link probability lies in [0, 1]")
        var edges = [(Int32, Int32)]()
        guard p > 0, nodes > 1 else { return edges }
        if p == 1 {
            for v in 1..<nodes { for w in 0..<v { edges.append((Int32(v), Int32(w))) } }
            return edges
        }
        let logMiss = LaneMath.log1p(-p)
        var v = 1, w = -1
        while v < nodes {
            let u = draws.next()
            // A skip past every remaining pair ends the loop; the bound keeps a tiny p from overflowing Int.
            w += 1 + Int(min((LaneMath.log1p(-u) / logMiss).rounded(.down), Double(nodes) * Double(nodes)))
            while w >= v && v < nodes {
                w -= v
                v += 1
            }
            if v < nodes { edges.append((Int32(v), Int32(w))) }
        }
        return edges
    }

    /// Barabási–Albert preferential attachment, by Batagelj and Brandes'
    /// list of link endpoints: a clique of `m + 1` nodes, then each new node
    /// links to `m` distinct earlier nodes, each drawn with probability
    /// proportional to its degree (a repeated pick is drawn again).
    ///
    /// ```
    /// ends = the endpoints of every link so far;   pick ends[⌊u·|ends|⌋] until m distinct targets
    /// ```
    /// - Parameters:
    ///   - nodes: `N ≥ m + 1`.
    ///   - linksPerNode: `m ≥ 1`.
    ///   - draws: the lane's stream.
    /// - Returns: `m(m + 1)/2 + (N − m − 1)·m` links.
    public static func barabasiAlbert(nodes: Int, linksPerNode m: Int, draws: inout UniformStream) -> [(Int32, Int32)] {
        precondition(m >= 1 && nodes >= m + 1, "preferential attachment needs m ≥ 1 and N ≥ m + 1")
        var edges = [(Int32, Int32)]()
        var ends = [Int32]()
        for v in 1...m {
            for w in 0..<v {
                edges.append((Int32(v), Int32(w)))
                ends.append(Int32(v))
                ends.append(Int32(w))
            }
        }
        var targets = [Int32]()
        for v in (m + 1)..<max(nodes, m + 1) {
            targets.removeAll(keepingCapacity: true)
            while targets.count < m {
                let t = ends[draws.index(below: ends.count)]
                if !targets.contains(t) { targets.append(t) }
            }
            for t in targets {
                edges.append((Int32(v), t))
                ends.append(Int32(v))
                ends.append(t)
            }
        }
        return edges
    }
}
