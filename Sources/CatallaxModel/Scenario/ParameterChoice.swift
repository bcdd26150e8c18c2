/// A parameter whose values are words (a curve family, a clearing
/// mechanism): an enumeration with the word users write for each case.
public protocol ParameterChoice: CaseIterable, Sendable, Equatable {
    /// The word users write for this case (`continuous`).
    var word: String { get }
    /// Every word, in the order help and error messages list them.
    static var words: [String] { get }
}

extension ParameterChoice {
    /// Every case's word, in case order.
    public static var words: [String] { allCases.map(\.word) }

    /// The case users call `word`.
    public init?(word: String) {
        guard let found = Self.allCases.first(where: { $0.word == word }) else { return nil }
        self = found
    }
}

extension ParameterChoice where Self: RawRepresentable, RawValue == String {
    /// The raw value is the word.
    public var word: String { rawValue }
}
