/// One parameter of a scenario, declared once: its descriptor (key, symbol,
/// meaning, name, unit, domain) and the stored property it sets.
///
/// The default is read from the property of the scenario's default point
/// (`Point()`), so it is written once, where the property is declared.
/// Assigning, writing a point back as `key = value` text and the one-line
/// summary all go through the field, never through a switch over keys.
public struct ParameterField<Point: ScenarioPoint>: Sendable {
    /// The descriptor and the closures, in one box: a sweep goes through a
    /// scenario's fields several times for every point it builds, and each
    /// field it takes from the list is a copy, which costs one retain of the
    /// box instead of one per string and closure.
    @usableFromInline final class _Box: Sendable {
        let descriptor: ParameterDescriptor
        /// ` key=` in UTF-8: a point's canonical line starts each of its entries with it.
        let keyedPrefix: [UInt8]
        let assign: @Sendable (inout Point, ParameterValue) -> Void
        let appendText: @Sendable (Point, inout ByteText) -> Void
        let isDefault: @Sendable (Point) -> Bool

        init(descriptor: ParameterDescriptor, assign: @escaping @Sendable (inout Point, ParameterValue) -> Void,
             appendText: @escaping @Sendable (Point, inout ByteText) -> Void, isDefault: @escaping @Sendable (Point) -> Bool) {
            self.descriptor = descriptor
            keyedPrefix = Array(" \(descriptor.key)=".utf8)
            self.assign = assign
            self.appendText = appendText
            self.isDefault = isDefault
        }
    }
    @usableFromInline let _box: _Box

    init(descriptor: ParameterDescriptor, _assign: @escaping @Sendable (inout Point, ParameterValue) -> Void,
         _appendText: @escaping @Sendable (Point, inout ByteText) -> Void, _isDefault: @escaping @Sendable (Point) -> Bool) {
        _box = _Box(descriptor: descriptor, assign: _assign, appendText: _appendText, isDefault: _isDefault)
    }

    /// What help, spec checking and reports say of the parameter.
    public var descriptor: ParameterDescriptor { _box.descriptor }

    /// The key users write.
    public var key: String { _box.descriptor.key }

    /// Sets the field of `point` to `value`, which ``ParameterDescriptor/checked(_:)``
    /// has accepted.
    public func assign(_ value: ParameterValue, to point: inout Point) { _box.assign(&point, value) }

    /// The field's value at `point` as a user would write it back (whole
    /// numbers without a decimal point, other numbers in Swift's shortest
    /// round-trip form, words as they are).
    public func text(of point: Point) -> String {
        var text = ByteText()
        _box.appendText(point, &text)
        return String(decoding: text.bytes, as: UTF8.self)
    }

    /// Appends ``text(of:)`` to `text` without making a `String` of it (a
    /// sweep's canonical text spells every field of every point).
    public func appendText(of point: Point, to text: inout ByteText) { _box.appendText(point, &text) }

    /// Whether `point` holds the default of this field.
    public func isDefault(at point: Point) -> Bool { _box.isDefault(point) }
}

extension ParameterField {
    /// A real parameter stored in `property`.
    public static func real(
        _ key: String, symbol: String, _ summary: String, name: String, unit: String,
        domain: ParameterDomain, display: ParameterDescriptor.Display = .number,
        _ property: WritableKeyPath<Point, Double>
    ) -> Self {
        let property = _StoredProperty(property)
        let fallback = property.read(Point())
        return Self(
            descriptor: .init(key: key, symbol: symbol, summary: summary, name: name, unit: unit,
                              defaultValue: .number(fallback), domain: domain, display: display),
            _assign: { point, value in if case .number(let x) = value { property.write(x, to: &point) } },
            _appendText: { point, text in property.read(point).write(to: &text) },
            _isDefault: { property.read($0) == fallback })
    }

    /// A whole-number parameter in `range` stored in `property`.
    public static func integer(
        _ key: String, symbol: String, _ summary: String, name: String, unit: String,
        range: ClosedRange<Int>, isHeadline: Bool = false, _ property: WritableKeyPath<Point, Int>
    ) -> Self {
        let property = _StoredProperty(property)
        let fallback = property.read(Point())
        return Self(
            descriptor: .init(key: key, symbol: symbol, summary: summary, name: name, unit: unit,
                              defaultValue: .number(Double(fallback)), domain: .integer(range), isHeadline: isHeadline),
            _assign: { point, value in if case .number(let x) = value { property.write(Int(x), to: &point) } },
            _appendText: { point, text in text.write(integer: property.read(point)) },
            _isDefault: { property.read($0) == fallback })
    }

    /// A yes/no parameter written `1` or `0`, stored in `property`.
    public static func flag(
        _ key: String, symbol: String, _ summary: String, name: String,
        _ property: WritableKeyPath<Point, Bool>
    ) -> Self {
        let property = _StoredProperty(property)
        let fallback = property.read(Point())
        return Self(
            descriptor: .init(key: key, symbol: symbol, summary: summary, name: name, unit: "1 yes, 0 no",
                              defaultValue: .number(fallback ? 1 : 0), domain: .integer(0...1)),
            _assign: { point, value in if case .number(let x) = value { property.write(x == 1, to: &point) } },
            _appendText: { point, text in text.write(ascii: UInt8(ascii: property.read(point) ? "1" : "0")) },
            _isDefault: { property.read($0) == fallback })
    }

    /// A parameter whose values are the words of `Choice`, stored in `property`.
    public static func choice<Choice: ParameterChoice>(
        _ key: String, symbol: String, _ summary: String, name: String,
        isHeadline: Bool = false, _ property: WritableKeyPath<Point, Choice>
    ) -> Self {
        // Key paths are immutable; the closures only read them.
        nonisolated(unsafe) let property = property
        let fallback = Point()[keyPath: property]
        return Self(
            descriptor: .init(key: key, symbol: symbol, summary: summary, name: name,
                              defaultValue: .word(fallback.word), domain: .choice(Choice.words), isHeadline: isHeadline),
            _assign: { point, value in
                if case .word(let word) = value, let chosen = Choice(word: word) { point[keyPath: property] = chosen }
            },
            _appendText: { point, text in text.write(point[keyPath: property].word) },
            _isDefault: { $0[keyPath: property] == fallback })
    }

    /// A real parameter that follows others until it is set: `property` is
    /// `nil` until then, `shown` is the value in effect (`V₀`, which is `P₀`
    /// unless set), `rule` says in words what it follows.
    public static func optionalReal(
        _ key: String, symbol: String, _ summary: String, name: String, unit: String,
        domain: ParameterDomain, following rule: String,
        _ property: WritableKeyPath<Point, Double?>, shown: KeyPath<Point, Double>
    ) -> Self {
        _following(.init(key: key, symbol: symbol, summary: summary, name: name, unit: unit,
                         defaultValue: nil, defaultText: rule, domain: domain),
                   property, shown: shown) { $0 }
    }

    /// A whole-number parameter that follows others until it is set (see
    /// ``optionalReal(_:symbol:_:name:unit:domain:following:_:shown:)``).
    public static func optionalInteger(
        _ key: String, symbol: String, _ summary: String, name: String, unit: String,
        range: ClosedRange<Int>, following rule: String,
        _ property: WritableKeyPath<Point, Int?>, shown: KeyPath<Point, Int>
    ) -> Self {
        _following(.init(key: key, symbol: symbol, summary: summary, name: name, unit: unit,
                         defaultValue: nil, defaultText: rule, domain: .integer(range)),
                   property, shown: shown) { Int($0) }
    }

    static func _following<Value: Equatable & CustomStringConvertible & Sendable>(
        _ descriptor: ParameterDescriptor, _ property: WritableKeyPath<Point, Value?>, shown: KeyPath<Point, Value>,
        from number: @escaping @Sendable (Double) -> Value
    ) -> Self {
        // Key paths are immutable; the closures only read them.
        nonisolated(unsafe) let property = property
        nonisolated(unsafe) let shown = shown
        return Self(
            descriptor: descriptor,
            _assign: { point, value in if case .number(let x) = value { point[keyPath: property] = number(x) } },
            _appendText: { point, text in text.write(point[keyPath: shown].description) },
            _isDefault: { point in
                // Set to what it would follow anyway, it is still the default.
                var unset = point
                unset[keyPath: property] = nil
                return point[keyPath: shown] == unset[keyPath: shown]
            })
    }
}

extension Collection {
    /// The field for `key`.
    /// - Throws: ``ParameterError/unknownKey(key:allowed:suggestion:)`` naming
    ///   the closest key when one is near enough to be a misspelling.
    public func field<Point>(forKey key: String) throws(ParameterError) -> ParameterField<Point> where Element == ParameterField<Point> {
        if let found = first(where: { _isSameKey($0.key, key) }) { return found }
        _ = try map(\.descriptor).descriptor(forKey: key)
        preconditionFailure("the descriptor search throws for a missing key")
    }
}
