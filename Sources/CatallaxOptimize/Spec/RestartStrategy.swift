/// How CMA-ES restarts a run that has converged or stalled, while budget is left.
public enum RestartStrategy: String, CaseIterable, Sendable {
    /// One run only.
    case none
    /// IPOP: each restart doubles the population (Auger and Hansen 2005).
    case ipop
    /// BIPOP: large-population restarts alternating with small-budget ones (Hansen 2009).
    case bipop

    /// The CMA-ES setting, with at most nine restarts (population up to 512 × the default under IPOP).
    var cmaES: CMAESRestarts {
        switch self {
        case .none: .none
        case .ipop: .ipop(maximum: 9)
        case .bipop: .bipop(maximum: 9)
        }
    }
}
