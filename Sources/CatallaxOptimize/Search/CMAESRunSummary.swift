/// What one run of a restarted CMA-ES search did.
public struct CMAESRunSummary: Hashable, Sendable {
    /// Its population `λ`.
    public var population: Int
    /// Whether it belongs to the large-population regime: IPOP's restarts and
    /// BIPOP's large runs (the first run and BIPOP's small runs do not).
    public var isLargePopulation: Bool
    /// Its initial step size `σ₀`.
    public var stepSize: Double
    /// The points it evaluated.
    public var evaluations: Int
    /// The generations it completed.
    public var generations: Int
    /// Why it stopped.
    public var stopReason: CMAESStopReason
    /// Its best point, numbered over the whole search.
    public var incumbent: Incumbent?
}
