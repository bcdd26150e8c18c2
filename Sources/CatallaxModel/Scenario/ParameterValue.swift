import Foundation

/// A parameter's value as a user wrote it, before it is checked against its
/// domain: a number or a word.
public enum ParameterValue: Sendable, Equatable, CustomStringConvertible {
    /// A number (whole numbers are accepted where a real is expected).
    case number(Double)
    /// A word, such as a curve family.
    case word(String)

    /// Reads a command-line value: a number if it parses as one, else a word.
    public init(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let x = Double(trimmed) { self = .number(x) } else { self = .word(trimmed) }
    }

    public var description: String {
        switch self {
        case .number(let x): ParameterDomain._format(x)
        case .word(let w): w
        }
    }
}
