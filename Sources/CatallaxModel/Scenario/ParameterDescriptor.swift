/// One parameter a scenario accepts: its key, the symbol in the model's
/// specification, a one-sentence meaning, the name and unit people read in
/// reports, its default and its domain.
///
/// Scenarios declare their parameters once, as ``ParameterField``s (or, for
/// a family's own parameters, as descriptors of a ``ParameterFamily``); help,
/// spec checking and the report all read these descriptors.
public struct ParameterDescriptor: Sendable, Equatable {
    /// The key users write (`--set fee=0.01`, `fee = 0.01` in a sweep file).
    public var key: String
    /// The symbol of the model's specification (`φ`).
    public var symbol: String
    /// What the parameter means, one sentence.
    public var summary: String
    /// The parameter's name in report titles, with its symbol (`fee φ`).
    public var name: String
    /// The unit of its values (`fraction of trade value`); empty for words.
    public var unit: String
    /// The default, as shown in help; `nil` when it follows other
    /// parameters (see ``defaultText``).
    public var defaultValue: ParameterValue?
    /// The default in words when it follows other parameters (`T/2`).
    public var defaultText: String?
    /// The values allowed.
    public var domain: ParameterDomain
    /// How reports show its values.
    public var display: Display
    /// Whether a point's one-line summary always names it (a curve family,
    /// a clearing mechanism), not only when it differs from the default.
    public var isHeadline: Bool

    /// How a report shows a parameter's values.
    public enum Display: Sendable, Equatable {
        /// Up to three significant digits.
        case number
        /// As a percentage (`0.3%`): rates that are fractions.
        case percent
    }

    /// Creates a descriptor.
    public init(key: String, symbol: String, summary: String, name: String? = nil, unit: String = "",
                defaultValue: ParameterValue?, defaultText: String? = nil, domain: ParameterDomain,
                display: Display = .number, isHeadline: Bool = false) {
        self.key = key
        self.symbol = symbol
        self.summary = summary
        self.name = name ?? key
        self.unit = unit
        self.defaultValue = defaultValue
        self.defaultText = defaultText
        self.domain = domain
        self.display = display
        self.isHeadline = isHeadline
    }

    /// `name (unit)`, or the name alone for a parameter without a unit.
    public var title: String { unit.isEmpty ? name : "\(name) (\(unit))" }

    /// The default as help shows it: the value, its rule in words, or `-`.
    public var defaultDescription: String { defaultValue?.description ?? defaultText ?? "-" }

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
