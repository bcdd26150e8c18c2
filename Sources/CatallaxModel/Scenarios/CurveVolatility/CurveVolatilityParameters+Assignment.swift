extension CurveVolatilityParameters {
    /// The parameters given by `key = value` assignments over the reference
    /// constants, each checked against its domain before any run.
    ///
    /// Later assignments of the same key win. Curve parameters belong to the
    /// family chosen by `curve` (default `linear`); a key of another family
    /// is unknown here.
    /// - Throws: ``ParameterError`` naming the key, the value and what is allowed.
    public init(assigning assignments: [(key: String, value: ParameterValue)]) throws(ParameterError) {
        self.init()
        // The family first: it decides which curve keys exist.
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
        try validate()
    }

    /// Checks what single domains cannot: shares that exceed one, a shock
    /// step past the end, a curve whose price is not positive at `S_init`.
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)``.
    public func validate() throws(ParameterError) {
        try population.validate()
        if let step = shockStep, step >= steps {
            throw .inconsistent(keys: ["t_shock", "steps"], reason: "t_shock = \(step) must be below steps = \(steps)")
        }
        let price = curve.price(atSupply: initialSupply)
        if !(price > 0 && price.isFinite) {
            let keys = curve.family.declaration.descriptors.map(\.key) + ["s_init"]
            throw .inconsistent(keys: keys, reason: "the price f(S_init) = \(price) of curve=\(curve.family.rawValue) must be positive and finite")
        }
    }
}
