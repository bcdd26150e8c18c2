extension ResourceArbitrageParameters {
    /// Checks what single domains cannot (`docs/ResourceArbitrage.md`,
    /// "Parameters"):
    ///
    /// ```
    /// d < N                a node has at most N − 1 links (er: p = d/(N − 1) ≤ 1)
    /// regular: N·d even    every half-edge is paired
    /// ba:      d even      d/2 links per new node (and d/2 < N)
    /// ```
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming the keys.
    public func validate() throws(ParameterError) {
        try topology.checkShape(nodes: nodes, degree: degree, calling: "links")
    }
}
