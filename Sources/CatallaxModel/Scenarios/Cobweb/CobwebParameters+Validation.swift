extension CobwebParameters {
    /// Checks what single domains cannot (`docs/Cobweb.md`, "Parameters"):
    ///
    /// ```
    /// A > x                          so that p* > x and q* > 0
    /// W ≤ T                          the window lies in the run
    /// m even under ga-single         strings are paired
    /// n even, m·n ≤ 10⁶ under ga-multi
    /// ```
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming the keys.
    public func validate() throws(ParameterError) {
        if !(demandIntercept > costLinear) {
            throw .inconsistent(keys: ["demand_intercept", "cost_linear"],
                                reason: "the demand intercept \(demandIntercept) must exceed the linear cost \(costLinear), or no firm produces in equilibrium")
        }
        if window > steps {
            throw .inconsistent(keys: ["window", "steps"], reason: "the window of \(window) steps is longer than the run's \(steps)")
        }
        if expectations == .gaSingle && firms % 2 != 0 {
            throw .inconsistent(keys: ["expectations", "firms"], reason: "ga-single pairs its \(firms) strings (one per firm); firms must be even")
        }
        if expectations == .gaMulti && strings % 2 != 0 {
            throw .inconsistent(keys: ["expectations", "strings"], reason: "ga-multi pairs each firm's \(strings) strings; strings must be even")
        }
        if expectations == .gaMulti && firms * strings > 1_000_000 {
            throw .inconsistent(keys: ["firms", "strings"], reason: "firms·strings = \(firms * strings) strings; the limit is 10⁶")
        }
    }
}
