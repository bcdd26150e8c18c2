extension SlaMarketParameters {
    /// Checks what single domains cannot (`docs/SlaMarket.md`, "Parameters"):
    ///
    /// ```
    /// f_f + f_c + f_s ≤ 1                    (to 10⁻¹², so shares written to add to 1 pass)
    /// n_f + n_c + n_s ≤ P                    the rounded counts
    /// R·D ≤ 10⁷                              the contract ring
    /// ```
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming the keys.
    public func validate() throws(ParameterError) {
        let shares = shareFlaky + shareCheating + shareStrategic
        if shares > 1 + 1e-12 {
            throw .inconsistent(keys: ["share_flaky", "share_cheating", "share_strategic"],
                                reason: "the shares of provider types add up to \(shares), more than 1")
        }
        let counts = providerCounts
        if counts.reliable < 0 {
            throw .inconsistent(
                keys: ["share_flaky", "share_cheating", "share_strategic", "providers"],
                reason: "the rounded counts \(counts.flaky) + \(counts.cheating) + \(counts.strategic) exceed providers = \(providers)")
        }
        if requesters * duration > 10_000_000 {
            throw .inconsistent(keys: ["requesters", "duration"],
                                reason: "requesters·duration = \(requesters * duration) open contracts at most; the limit is 10⁷")
        }
    }
}
