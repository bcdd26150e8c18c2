extension ZeroIntelligenceStrategy {
    /// The word users write for the strategy: `zic` (budget-constrained) or
    /// `ziu` (unconstrained), Gode and Sunder's abbreviations.
    public var word: String {
        switch self {
        case .unconstrained: "ziu"
        case .budgetConstrained: "zic"
        }
    }

    /// The strategy named by `word` (`zic` or `ziu`), or `nil`.
    ///
    /// - Parameter word: `zic` or `ziu`.
    public init?(word: String) {
        guard let found = Self.allCases.first(where: { $0.word == word }) else { return nil }
        self = found
    }
}
