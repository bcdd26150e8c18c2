/// A scenario whose point holds one bonding curve chosen by the `curve`
/// key, with the chosen family's own keys (`m`, `b`; `a`, `k`; …) among its
/// parameters: the assignment every such scenario shares.
public protocol CurveScenario: ScenarioPoint {
    /// The curve and its parameters.
    var curve: CurveChoice { get set }
}

extension CurveScenario {
    /// The point given by `key = value` assignments over the defaults:
    /// ``assignCurveAndFields(_:)``, then ``ScenarioPoint/validate()``.
    /// - Throws: ``ParameterError`` naming the key, the value and what is allowed.
    public init(assigning assignments: [(key: String, value: ParameterValue)]) throws(ParameterError) {
        self.init()
        try assignCurveAndFields(assignments)
        try validate()
    }

    /// The curve families, each with its own parameters, and the rule that
    /// anchors their level at `f(s_init) = p`.
    public static var families: ParameterFamilies? { CurveFamily._parameterFamilies }

    public var family: ParameterFamily? { curve.family.declaration }

    /// The curve's family; setting it puts that family's reference curve in place.
    public var curveFamily: CurveFamily {
        get { curve.family }
        set { if newValue != curve.family { curve = newValue.referenceCurve } }
    }

    public var familyValues: [(key: String, value: Double)] { curve.parameterValues }

    /// Checks that the curve's price at `supply` is positive and finite.
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming the curve's keys and `supplyKey`.
    public func checkPrice(atSupply supply: Double, supplyKey: String) throws(ParameterError) {
        let price = curve.price(atSupply: supply)
        if !(price > 0 && price.isFinite) {
            throw .inconsistent(keys: curve.family.declaration.descriptors.map(\.key) + [supplyKey],
                                reason: "the price f(S_init) = \(price) of curve=\(curve.family.rawValue) must be positive and finite")
        }
    }

    /// Applies `assignments` over the point: `curve` first (it decides
    /// which family keys exist), then each key through the fields or the
    /// family's descriptors, each checked against its domain; later
    /// assignments of a key win. Does not call ``ScenarioPoint/validate()``.
    /// - Throws: ``ParameterError`` naming the key, the value and what is allowed.
    public mutating func assignCurveAndFields(_ assignments: [(key: String, value: ParameterValue)]) throws(ParameterError) {
        if let given = assignments.last(where: { _isSameKey($0.key, "curve") }) {
            try assign([given], through: Self.fields)
        }
        let family = curve.family
        let curveDescriptors = family.descriptors
        var curveNumbers: [String: Double] = [:]
        // Each key is found once and its field set in place: every point of a sweep is built this way, twice.
        for (key, value) in assignments where !_isSameKey(key, "curve") {
            // Found by index through buffer pointers, whose elements are read in place: a search
            // of the arrays copied each field and descriptor it passed (a retain of each text).
            let field = Self.fields.withUnsafeBufferPointer { fields in
                fields.indices.first { _isSameKey(fields[$0].key, key) }.map { fields[$0] }
            }
            let curveIndex = curveDescriptors.withUnsafeBufferPointer { descriptors in
                descriptors.indices.first { _isSameKey(descriptors[$0].key, key) }
            }
            let checked: ParameterValue
            if let field { checked = try field._box.descriptor.checked(value) }
            else if let curveIndex { checked = try curveDescriptors.withUnsafeBufferPointer { (d) throws(ParameterError) in try d[curveIndex].checked(value) } }
            else {
                // The list of every allowed key is built only to name them in the error.
                _ = try (Self.fields.map(\.descriptor) + curveDescriptors).descriptor(forKey: key)
                preconditionFailure("the descriptor search throws for a missing key")
            }
            // A family key that repeats a field's is the curve's, checked in the field's domain.
            if curveIndex != nil, case .number(let x) = checked { curveNumbers[key] = x }
            else if let field { field.assign(checked, to: &self) }
            else { _ = try Self.fields.field(forKey: key) } // what no field takes is an unknown key
        }
        curve = try family.curve(from: curveNumbers)
    }
}

extension CurveFamily {
    /// Every family as the `curve` key's ``ParameterFamilies``; built once.
    static let _parameterFamilies: ParameterFamilies? = ParameterFamilies(
        key: "curve", mainAxisName: "steepness", members: CurveFamily.allCases.map(\.declaration),
        levelRule: CurveFamily.unitPriceRule)
}
