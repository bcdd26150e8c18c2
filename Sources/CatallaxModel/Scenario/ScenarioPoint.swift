/// The parameters of one point of a scenario, and everything the scenario
/// declares about itself: the interface a scenario folder implements.
///
/// A scenario provides, once each: its name and summary, its parameters as
/// ``ParameterField``s over its stored properties (plus, optionally,
/// ``ParameterFamilies`` whose members bring parameters of their own), its
/// metrics as a ``ScenarioMetric`` enumeration, its reference points, and a
/// ``ScenarioKernel`` that runs points on SIMD lanes. The registry
/// (`Scenarios/ScenarioRegistry.swift`) lists it; the spec, executor,
/// journal, reduction, report, help and bench read only these declarations.
///
/// The default point is `init()`; ``init(assigning:)`` applies `key = value`
/// assignments over it through the fields and then calls ``validate()``.
public protocol ScenarioPoint: Sendable, Equatable {
    /// The scenario's metrics, in outcome order.
    associatedtype MetricKind: ScenarioMetric

    /// The name users type, lower case with hyphens.
    static var name: String { get }
    /// One sentence on what the scenario models.
    static var summary: String { get }
    /// The title of the scenario's parameter list in help.
    static var parameterTitle: String { get }
    /// The parameters stored in the point, in help order.
    static var fields: [ParameterField<Self>] { get }
    /// The families whose members bring parameters of their own, if any.
    static var families: ParameterFamilies? { get }
    /// The metric points are ranked by unless a sweep says otherwise.
    static var defaultObjective: MetricKind { get }
    /// Numbers of the design a search can constrain without running it (none by default).
    static var designQuantities: [DesignQuantity<Self>] { get }
    /// The most replicates its kernel gains from running in lockstep (8 by
    /// default): a kernel whose per-lane work is scalar (a small linear
    /// solve per lane) runs slower in 8 lanes than in 4, and a build for
    /// 512-bit vectors must not make it its default.
    static var widestUsefulLanes: Int { get }
    /// The points `catallax bench`, the benchmarks and the contract tests
    /// run: one per mechanism or family, at the reference constants.
    static var referencePoints: [(label: String, point: Self)] { get }

    /// The default point.
    init()
    /// The point given by `key = value` assignments over the defaults, each
    /// checked against its domain, then checked together.
    /// - Throws: ``ParameterError`` naming the key, the value and what is allowed.
    init(assigning assignments: [(key: String, value: ParameterValue)]) throws(ParameterError)
    /// Checks what single domains cannot (shares that add up to more than one).
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)``.
    func validate() throws(ParameterError)

    /// Agent-steps of one run (`N·T` for agent populations), the unit of
    /// throughput; for runs that can stop early, the most a run can do (what
    /// plans and dry runs budget for).
    var agentSteps: Double { get }
    /// The agent-steps a finished run did: ``agentSteps``, unless its runs
    /// stop early (a learning session that converged), when its outcome says
    /// how far it went. Throughput (bench, progress, the sweep record) counts
    /// this, so a rate is never credited with work a run skipped.
    func agentSteps(of outcome: RunOutcome) -> Double
    /// The same point cut to at most `steps` steps (for a timed
    /// calibration), every other parameter kept.
    func shortened(toSteps steps: Int) -> Self
    /// Whether runs at this point report `metric` (shock metrics need a shock).
    func reports(_ metric: MetricKind) -> Bool
    /// The point's family, for scenarios with ``families``.
    var family: ParameterFamily? { get }
    /// The values of the family's own parameters, in the family's order.
    var familyValues: [(key: String, value: Double)] { get }
    /// Every parameter with the text a user would write back, in canonical
    /// order (implemented once, below). A requirement, not only an extension
    /// member, so that a call through `any ScenarioPoint` (every point of a
    /// sweep, when its canonical text is spelled) reaches the implementation
    /// specialized for the scenario's type: the generic one copied each
    /// field through value witnesses, a third of a large sweep's load.
    var keyedTexts: [(key: String, value: String)] { get }
    /// ``keyedTexts`` spelled into `text` as ` key=value` each, with a text
    /// of `replacing` in place of the point's own for its key (implemented
    /// once, below; a requirement for the same reason as ``keyedTexts``).
    func appendKeyedTexts(to text: inout ByteText, replacing given: [(key: String, value: String)])
    /// Whether runs at this point report `metric`, one of ``MetricKind``'s
    /// by index and name (implemented once, below; a requirement for the
    /// same reason as ``keyedTexts``: a sweep asks it of every point).
    func reports(metric: Metric) -> Bool
}

extension ScenarioPoint {
    public func agentSteps(of outcome: RunOutcome) -> Double { agentSteps }

    public static var families: ParameterFamilies? { nil }
    public static var designQuantities: [DesignQuantity<Self>] { [] }
    public static var widestUsefulLanes: Int { 8 }
    public func reports(_ metric: MetricKind) -> Bool { true }
    public var family: ParameterFamily? { nil }
    public var familyValues: [(key: String, value: Double)] { [] }
    public func validate() throws(ParameterError) {}

    public init(assigning assignments: [(key: String, value: ParameterValue)]) throws(ParameterError) {
        self.init()
        try assign(assignments, through: Self.fields)
        try validate()
    }

    /// Applies `assignments` in order through `fields`, each checked against
    /// its domain (later assignments of a key win).
    /// - Throws: ``ParameterError`` for an unknown key or a value outside its domain.
    public mutating func assign(_ assignments: [(key: String, value: ParameterValue)], through fields: [ParameterField<Self>]) throws(ParameterError) {
        for (key, value) in assignments {
            let field = try fields.field(forKey: key)
            field.assign(try field.descriptor.checked(value), to: &self)
        }
    }

    /// The descriptors of the stored fields, in help order.
    public static var descriptors: [ParameterDescriptor] { fields.map(\.descriptor) }

    /// Every parameter key this point has, in canonical order: the fields,
    /// then its family's own parameters.
    public var keys: [String] { Self.fields.map(\.key) + (family?.descriptors.map(\.key) ?? []) }

    /// Every parameter by its key, as the value a user would write back.
    public var keyedValues: [String: String] {
        var values = Dictionary(uniqueKeysWithValues: Self.fields.map { ($0.key, $0.text(of: self)) })
        for (key, value) in familyValues { values[key] = "\(value)" }
        return values
    }

    /// Every parameter this point has, in the order of ``keys``, with the
    /// text ``keyedValues`` gives it: ``keyedValues`` as a list, without
    /// hashing a key.
    /// - Complexity: O(keys · family keys).
    public var keyedTexts: [(key: String, value: String)] {
        var texts: [(key: String, value: String)] = []
        _forEachKeyedEntry { entry in
            var value = ByteText()
            _appendOwnText(of: entry, to: &value)
            texts.append((entry.key, String(decoding: value.bytes, as: UTF8.self)))
        }
        return texts
    }

    /// Appends ` key=value` for every entry of ``keyedTexts``, in its
    /// order, where `value` is the last non-empty text `given` holds for
    /// the key (at the key's first entry only), else the entry's own: a point's
    /// canonical line with the values its block spelled, written straight
    /// into bytes (a sweep spells one for each of up to millions of points,
    /// and a `String` for every value was most of the cost).
    /// - Complexity: O(keys · (given + family keys)).
    public func appendKeyedTexts(to text: inout ByteText, replacing given: [(key: String, value: String)]) {
        // Searched through a buffer pointer, whose elements are read in place: the array's
        // subscript copied each pair it compared (a retain and release of both texts).
        given.withUnsafeBufferPointer { given in
            _forEachKeyedEntry { entry in
                if let keyedPrefix = entry.field?._box.keyedPrefix { text.bytes.append(contentsOf: keyedPrefix) } else {
                    text.write(" ")
                    text.write(entry.key)
                    text.write("=")
                }
                if entry.isFirstOfKey, let set = given.lastIndex(where: { _isSameKey($0.key, entry.key) && !$0.value.isEmpty }) {
                    text.write(given[set].value)
                } else {
                    _appendOwnText(of: entry, to: &text)
                }
            }
        }
    }

    /// The entries of ``keyedTexts``, the one definition of both it and
    /// ``appendKeyedTexts(to:replacing:)``: each field, then each of the
    /// family's own parameters, each with whether it is the first entry of
    /// its key and the family's value for the key where it has one.
    @inline(__always) // so that the caller's body inlines too, instead of a call for every entry
    func _forEachKeyedEntry(_ body: (_KeyedEntry<Self>) -> Void) {
        let own = familyValues
        func familyValue(_ key: String) -> Double? { own.last { _isSameKey($0.key, key) }?.value }
        // Field keys are unique (``keyedValues`` relies on it); a family key may repeat one.
        for field in Self.fields {
            let key = field.key
            body(_KeyedEntry(key: key, isFirstOfKey: true, field: field, familyValue: own.isEmpty ? nil : familyValue(key)))
        }
        // Read in place through buffer pointers: walking the arrays copied each descriptor
        // (six texts) and field it passed, for every point.
        (family?.descriptors ?? []).withUnsafeBufferPointer { descriptors in
            Self.fields.withUnsafeBufferPointer { fields in
                for i in descriptors.indices {
                    let key = descriptors[i].key
                    let isFirst = !fields.indices.contains { _isSameKey(fields[$0].key, key) }
                        && !(0..<i).contains { _isSameKey(descriptors[$0].key, key) }
                    body(_KeyedEntry(key: key, isFirstOfKey: isFirst, field: nil, familyValue: familyValue(key)))
                }
            }
        }
    }

    /// Appends an entry's own text: the family's value for its key where it
    /// has one, else its field's text (a family parameter without a value
    /// has an empty text).
    func _appendOwnText(of entry: _KeyedEntry<Self>, to text: inout ByteText) {
        if let x = entry.familyValue { x.write(to: &text) } else { entry.field?.appendText(of: self, to: &text) }
    }

    /// Whether runs at this point report `metric` (one of ``MetricKind``'s, by index and name).
    public func reports(metric: Metric) -> Bool {
        // Asked for every point a sweep loads: the cases are not copied into an array.
        let cases = MetricKind.allCases
        guard metric.index >= 0, metric.index < cases.count else { return false }
        let kind = cases[cases.index(cases.startIndex, offsetBy: metric.index)]
        return kind.rawValue == metric.name && reports(kind)
    }

    /// One line naming the point: the headline parameters and the family's
    /// own, then every other parameter that differs from its default
    /// (`mechanism=call eta=0.05 interval=5`).
    public var summaryLine: String {
        let headline = Self.fields.filter(\.descriptor.isHeadline).map { "\($0.key)=\($0.text(of: self))" }
        let own = familyValues.map { "\($0.key)=\($0.value)" }
        let changed = Self.fields.filter { !$0.descriptor.isHeadline && !$0.isDefault(at: self) }.map { "\($0.key)=\($0.text(of: self))" }
        return (headline + own + changed).joined(separator: " ")
    }

    /// The metrics a run at this point reports, in outcome order.
    public var reportedMetrics: [Metric] {
        let reported = Set(MetricKind.allCases.filter(reports).map(\.rawValue))
        return Metric.all(of: MetricKind.self).filter { reported.contains($0.name) }
    }
}

/// `a == b` for parameter keys, most of which differ in length: the
/// lengths are compared first, without the call a `String` comparison of
/// two different strings makes (a sweep compares every key of every point
/// it spells with the keys its block gave).
@inline(__always) func _isSameKey(_ a: String, _ b: String) -> Bool {
    a.utf8.count == b.utf8.count && a == b
}

/// One entry of a point's ``ScenarioPoint/keyedTexts``, as
/// ``ScenarioPoint/_forEachKeyedEntry(_:)`` walks them: a value, not a
/// closure over the point, so that the walk copies no point for each of
/// its entries.
struct _KeyedEntry<Point: ScenarioPoint> {
    /// The parameter's key.
    let key: String
    /// Whether no earlier entry has this key.
    let isFirstOfKey: Bool
    /// The field the entry is, or `nil` for a family parameter.
    let field: ParameterField<Point>?
    /// The family's value for the key, where the family has one.
    let familyValue: Double?
}
