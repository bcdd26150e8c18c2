import CatallaxModel

/// How the report names a scenario's parameters and metrics for people, as
/// the scenario declares them: a short name with its symbol, and its unit.
package struct ParameterLabel: Sendable {
    /// The scenario whose declarations are read.
    let scenario: Scenario
    let _fields: [String: ParameterDescriptor]

    /// The labels of `scenario`'s parameters.
    package init(_ scenario: Scenario) {
        self.scenario = scenario
        _fields = Dictionary(scenario.descriptors.map { ($0.key, $0) }) { first, _ in first }
    }

    /// The descriptor of `key` at a point of `family` (a family's own
    /// parameter first: the family decides what `a` and `k` are).
    func descriptor(_ key: String, family: ParameterFamily?) -> ParameterDescriptor? {
        family?.descriptors.first { $0.key == key } ?? _fields[key]
    }

    /// `name (unit)` for a parameter key.
    package func title(_ key: String, family: ParameterFamily?) -> String {
        descriptor(key, family: family)?.title ?? key
    }

    /// The parameter's name with its symbol and its unit (`fee φ`, `fraction of trade value`).
    package func nameAndUnit(_ key: String, family: ParameterFamily?) -> (String, String) {
        guard let d = descriptor(key, family: family) else { return (key, "") }
        return (d.name, d.unit)
    }

    /// The symbol a value of `key` is shown with (`φ`, `m`); words keep their key.
    package func symbol(_ key: String) -> String {
        guard let d = _fields[key], !d.symbol.isEmpty else { return key }
        if case .choice = d.domain { return key }
        return d.symbol
    }

    /// A value of `key` as the report shows it: rates declared as
    /// percentages as such, numbers with up to 3 significant digits, words
    /// as they are.
    package func value(_ text: String, key: String) -> String {
        guard let x = Double(text) else { return text }
        return _fields[key]?.display == .percent ? NumberText.percent(x) : NumberText.compact(x)
    }

    /// `symbol = value` for a point's coordinate (`φ = 0.3%`, `m = 2.15×10⁻⁶`);
    /// the family alone for the family key (`linear`).
    package func assignment(_ key: String, _ text: String) -> String {
        key == scenario.families?.key ? text : "\(symbol(key)) = \(value(text, key: key))"
    }

    /// `title (unit)` for a metric.
    package func title(_ metric: Metric) -> String { metric.titleWithUnit }

    /// The metric's short name (`max drawdown`).
    package func name(_ metric: Metric) -> String { metric.title }
}
