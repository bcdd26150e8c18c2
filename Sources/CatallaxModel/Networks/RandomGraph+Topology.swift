import CatallaxNumerics

extension RandomGraph {
    /// The links of a run's network drawn by `topology` from `draws`
    /// (`docs/Network.md`, "RandomGraph"; shared by `payment-channels` and
    /// `resource-arbitrage`):
    ///
    /// ```
    /// regular:  every degree d                      (Steger–Wormald)
    /// er:       G(N, p),  p = d/(N − 1)              (Batagelj–Brandes)
    /// ba:       m = d/2 links per new node           (preferential attachment)
    /// ```
    /// - Parameters:
    ///   - topology: how the network is drawn.
    ///   - nodes: `N ≥ 2`.
    ///   - degree: `d < N`; even for `ba`, with `N·d` even for `regular`.
    ///   - draws: the run's graph stream.
    public static func edges(_ topology: ChannelTopology, nodes: Int, degree: Int, draws: inout UniformStream) -> [(Int32, Int32)] {
        switch topology {
        case .regular: regular(nodes: nodes, degree: degree, draws: &draws)
        case .er: erdosRenyi(nodes: nodes, probability: Double(degree) / Double(nodes - 1), draws: &draws)
        case .ba: barabasiAlbert(nodes: nodes, linksPerNode: degree / 2, draws: &draws)
        }
    }
}

extension ChannelTopology {
    /// Checks that a network of `nodes` nodes and degree `degree` can be
    /// drawn by this topology (the cross-key checks of `payment-channels`
    /// and `resource-arbitrage`):
    ///
    /// ```
    /// d < N                a node has at most N − 1 links
    /// regular: N·d even    every half-edge is paired
    /// ba:      d even      d/2 links per new node
    /// ```
    /// - Parameter noun: what a link is called in the messages ("channels", "links").
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming the keys.
    public func checkShape(nodes: Int, degree: Int, calling noun: String) throws(ParameterError) {
        if degree >= nodes {
            throw .inconsistent(keys: ["degree", "nodes"], reason: "a node has at most nodes − 1 = \(nodes - 1) \(noun); degree is \(degree)")
        }
        if self == .regular && (nodes * degree) % 2 != 0 {
            throw .inconsistent(keys: ["nodes", "degree"], reason: "a regular network needs nodes·degree even; it is \(nodes)·\(degree)")
        }
        if self == .ba && degree % 2 != 0 {
            throw .inconsistent(keys: ["topology", "degree"], reason: "ba joins each new node by degree/2 \(noun): degree must be even, not \(degree)")
        }
    }
}
