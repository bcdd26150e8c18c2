/// How a search proposes candidates: CMA-ES, or a space-filling baseline at
/// the same budget, so a user sees what the optimizer buys.
public enum OptimizeMethod: String, CaseIterable, Sendable, Codable {
    /// CMA-ES (`docs/CMAES.md`) in the unit cube of the searched parameters.
    case cmaES = "cma-es"
    /// Uniform random candidates.
    case random
    /// Latin hypercube candidates.
    case latinHypercube = "lhs"
}
