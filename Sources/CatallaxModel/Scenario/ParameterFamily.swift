/// A family of points within a scenario: the value of a choice parameter
/// (a curve family) that brings parameters of its own (the curve's), a
/// formula, a main axis and the level parameters a ``LevelRule`` solves.
///
/// Sweeps and reports read families from these declarations: the report
/// draws one chart per family along its main axis, the sweep anchors its
/// levels, help lists its parameters.
public struct ParameterFamily: Sendable, Equatable {
    /// The word that chooses the family (`linear`).
    public var word: String
    /// Its formula, for titles (`m·S + b`).
    public var formula: String
    /// The family's own parameters, with their defaults.
    public var descriptors: [ParameterDescriptor]
    /// The parameter the family's charts run along (its steepness), if any.
    public var mainAxisKey: String?
    /// The parameters a level rule solves for (not independent axes).
    public var levelKeys: [String]

    /// Creates a family.
    public init(word: String, formula: String, descriptors: [ParameterDescriptor], mainAxisKey: String?, levelKeys: [String]) {
        self.word = word
        self.formula = formula
        self.descriptors = descriptors
        self.mainAxisKey = mainAxisKey
        self.levelKeys = levelKeys
    }

    /// `Linear`: the word as a title.
    public var title: String { word.prefix(1).uppercased() + word.dropFirst() }

    /// The default of the family's parameter `key` as a number, if it has one.
    public func defaultNumber(_ key: String) -> Double? {
        guard case .number(let x)? = descriptors.first(where: { $0.key == key })?.defaultValue else { return nil }
        return x
    }
}

/// The families of a scenario: the choice parameter that picks one, what
/// their main axes are called together, and the level rule, if any.
public struct ParameterFamilies: Sendable {
    /// The key of the choice parameter (`curve`).
    public var key: String
    /// What the families' main axes are called together (`steepness`).
    public var mainAxisName: String
    /// The families, in catalog order.
    public var members: [ParameterFamily]
    /// The rule that solves the families' levels, if they have one.
    public var levelRule: LevelRule?

    /// Creates the families of a scenario.
    public init(key: String, mainAxisName: String, members: [ParameterFamily], levelRule: LevelRule?) {
        self.key = key
        self.mainAxisName = mainAxisName
        self.members = members
        self.levelRule = levelRule
    }

    /// The family chosen by `word`.
    public func family(_ word: String) -> ParameterFamily? { members.first { $0.word == word } }
}

/// A rule that sets a family's level parameters from a target value and the
/// other parameters (a sweep's `anchor = "unit-price"`: the curve's levels
/// such that `f(s_init) = 1`), so that points of different steepness start
/// at the same level.
public struct LevelRule: Sendable {
    /// The quantity the rule sets to its target (`f(s_init)`).
    public var quantity: String
    /// The parameters the family's levels depend on (its steepness and
    /// `s_init`), by family word.
    public var inputs: @Sendable (_ family: String) -> [String]
    /// The level assignments for the target, given the inputs' values.
    public var solve: @Sendable (_ family: String, _ inputs: [String: Double], _ target: Double) -> [(key: String, value: Double)]

    /// Creates a level rule.
    public init(quantity: String, inputs: @escaping @Sendable (String) -> [String],
                solve: @escaping @Sendable (String, [String: Double], Double) -> [(key: String, value: Double)]) {
        self.quantity = quantity
        self.inputs = inputs
        self.solve = solve
    }

    /// What the rule makes true for `target`: `f(s_init) = 1.0`.
    public func goal(for target: Double) -> String { "\(quantity) = \(target)" }
}
