/// One parameter a scenario accepts: its key, the symbol in the model's
/// specification, a one-sentence meaning, its default and its domain.
public struct ParameterDescriptor: Sendable, Equatable {
    /// The key users write (`--set fee=0.01`, `fee = 0.01` in a sweep file).
    public var key: String
    /// The symbol of `REFERENCE-SCENARIO.md` (`φ`).
    public var symbol: String
    /// What the parameter means, one sentence.
    public var summary: String
    /// The default, as shown in help.
    public var defaultValue: ParameterValue?
    /// The values allowed.
    public var domain: ParameterDomain

    /// Creates a descriptor.
    public init(key: String, symbol: String, summary: String, defaultValue: ParameterValue?, domain: ParameterDomain) {
        self.key = key
        self.symbol = symbol
        self.summary = summary
        self.defaultValue = defaultValue
        self.domain = domain
    }

    /// Checks a value against the domain.
    /// - Returns: the value as a number (for `.choice`, as a word).
    /// - Throws: ``ParameterError/outOfDomain(key:value:allowed:)``.
    public func checked(_ value: ParameterValue) throws(ParameterError) -> ParameterValue {
        switch (domain, value) {
        case (.choice(let words), .word(let word)) where words.contains(word):
            return value
        case (.choice, _):
            break
        case (_, .number(let x)) where domain.contains(x):
            return value
        default:
            break
        }
        throw .outOfDomain(key: key, value: value.description, allowed: domain.described(as: key))
    }
}

extension Collection where Element == ParameterDescriptor {
    /// The descriptor for `key`.
    /// - Throws: ``ParameterError/unknownKey(key:allowed:suggestion:)`` naming
    ///   the closest key when one is near enough to be a misspelling.
    public func descriptor(forKey key: String) throws(ParameterError) -> ParameterDescriptor {
        if let found = first(where: { $0.key == key }) { return found }
        let keys = map(\.key)
        throw .unknownKey(key: key, allowed: keys, suggestion: closestWord(to: key, among: keys))
    }
}
