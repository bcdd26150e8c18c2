/// A scenario point priced by one bonding curve chosen with the `curve`
/// key: the family's own keys (`m`, `b`; `a`, `k`; …) are parameters of the
/// point, declared once in `CurveFamily+Parameters.swift`.
public protocol CurvePricedPoint: ScenarioPoint {
    /// The bonding curve and its parameters.
    var curve: CurveChoice { get set }
}

extension CurvePricedPoint {
    /// Applies `key = value` assignments over the point: the family first
    /// (it decides which curve keys exist), then the family's keys into a
    /// new curve, then every other field. Later assignments of a key win; a
    /// key of another family is unknown.
    /// - Throws: ``ParameterError`` naming the key, the value and what is allowed.
    public mutating func assignWithCurve(_ assignments: [(key: String, value: ParameterValue)]) throws(ParameterError) {
        if let given = assignments.last(where: { $0.key == "curve" }) {
            try assign([given], through: Self.fields)
        }
        let family = curve.family
        let curveDescriptors = family.descriptors
        var curveNumbers: [String: Double] = [:]
        var rest: [(key: String, value: ParameterValue)] = []
        for (key, value) in assignments where key != "curve" {
            // Found in place; the list of every allowed key is built only to name them in an error.
            let descriptor: ParameterDescriptor
            if let found = Self.fields.first(where: { $0.key == key })?.descriptor ?? curveDescriptors.first(where: { $0.key == key }) {
                descriptor = found
            } else {
                descriptor = try (Self.fields.map(\.descriptor) + curveDescriptors).descriptor(forKey: key)
            }
            let checked = try descriptor.checked(value)
            if curveDescriptors.contains(where: { $0.key == key }), case .number(let x) = checked { curveNumbers[key] = x } else { rest.append((key, checked)) }
        }
        curve = try family.curve(from: curveNumbers)
        try assign(rest, through: Self.fields)
    }

    /// The curve family's declaration.
    public var family: ParameterFamily? { curve.family.declaration }

    /// The curve's own parameters, in its family's order.
    public var familyValues: [(key: String, value: Double)] { curve.parameterValues }

    /// Checks that the price at `supply` is positive and finite.
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming the curve's keys and `supplyKey`.
    public func checkPrice(atSupply supply: Double, supplyKey: String) throws(ParameterError) {
        let price = curve.price(atSupply: supply)
        if !(price > 0 && price.isFinite) {
            let keys = curve.family.declaration.descriptors.map(\.key) + [supplyKey]
            throw .inconsistent(keys: keys, reason: "the price f(S_init) = \(price) of curve=\(curve.family.rawValue) must be positive and finite")
        }
    }
}
