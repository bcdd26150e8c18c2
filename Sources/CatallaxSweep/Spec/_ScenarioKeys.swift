import CatallaxModel

/// The parameter keys of a sweep's scenario as the spec sees them: every
/// key once, in the scenario's canonical order (the stored fields, then each
/// family's own parameters, family by family).
struct _ScenarioKeys: Sendable {
    /// The scenario.
    let scenario: Scenario
    /// Each key once, in canonical order, with its domain.
    let descriptors: [ParameterDescriptor]

    /// The keys of `scenario`.
    init(_ scenario: Scenario) {
        self.scenario = scenario
        descriptors = scenario.descriptors
    }

    /// Every key, in canonical order.
    var all: [String] { descriptors.map(\.key) }

    /// The domain of `key` (for a key several families share, the first
    /// family's; they agree on the kind: real, whole or word).
    func domain(_ key: String) -> ParameterDomain? {
        descriptors.first { $0.key == key }?.domain
    }

    /// Whether `key` takes whole numbers.
    func isWhole(_ key: String) -> Bool {
        if case .integer? = domain(key) { return true }
        return false
    }

    /// Whether `key` takes words (a family, a mechanism).
    func isWord(_ key: String) -> Bool {
        if case .choice? = domain(key) { return true }
        return false
    }

    /// A value as result files write it: a word as is, a whole-number
    /// parameter without a decimal point, any other number in Swift's
    /// shortest round-trip form (`0.001`, `1e-06`, `100000.0`), the same
    /// spelling as ``ScenarioParameters/keyedValues``.
    func format(_ value: ParameterValue, key: String) -> String {
        switch value {
        case .word(let word): return word
        case .number(let x):
            if isWhole(key), x == x.rounded(), abs(x) < 0x1p62 { return String(Int(x)) }
            return x.description
        }
    }

    /// The default of `key` at a point of `family` as a number, if it has
    /// one: the family's own default, else the scenario's.
    func defaultNumber(_ key: String, family: ParameterFamily) -> Double? {
        if let x = family.defaultNumber(key) { return x }
        guard case .number(let x)? = descriptors.first(where: { $0.key == key })?.defaultValue else { return nil }
        return x
    }
}

extension _SpecTable {
    /// What a parameter value may be, for error messages.
    static let parameterValueAllowed = "a number or a word (such as a mechanism or family name)"

    /// The parameter value at `key`: a TOML integer or float as a number, a
    /// string as a word.
    /// - Throws: ``SpecError/wrongType(file:keyPath:value:allowed:)`` for
    ///   anything else (booleans, dates, tables, arrays).
    func parameter(_ key: String) throws(SpecError) -> ParameterValue? {
        guard let value = value(key) else { return nil }
        return try _parameterValue(value, keyPath: keyPath(key), file: file)
    }
}

/// A TOML value as a parameter value: integer or float as a number, string as a word.
/// - Throws: ``SpecError/wrongType(file:keyPath:value:allowed:)``.
func _parameterValue(_ value: TOML.Value, keyPath: String, file: String) throws(SpecError) -> ParameterValue {
    if let x = value.float ?? value.integer.map(Double.init) { return .number(x) }
    if let word = value.string { return .word(word) }
    throw .wrongType(file: file, keyPath: keyPath, value: _describe(value), allowed: _SpecTable.parameterValueAllowed)
}
