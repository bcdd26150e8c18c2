import CatallaxModel

/// One parameter of one scenario, with the assignments that make it a
/// parameter of the point (a curve family's own key needs its `curve = …`).
public struct DeclaredParameter: Sendable, CustomStringConvertible {
    /// The scenario.
    public var scenario: Scenario
    /// Assignments that must come first (the family that owns the key), else empty.
    public var context: [(key: String, value: ParameterValue)]
    /// The parameter's declaration.
    public var descriptor: ParameterDescriptor

    /// Every parameter every registered scenario declares: its own fields,
    /// then each family member's keys in the context of that member.
    public static var all: [DeclaredParameter] {
        Scenario.all.flatMap { scenario in
            let own = scenario.parameterGroups[0].descriptors.map { DeclaredParameter(scenario: scenario, context: [], descriptor: $0) }
            let families = scenario.families.map { families in
                families.members.flatMap { member in
                    member.descriptors.map {
                        DeclaredParameter(scenario: scenario, context: [(families.key, .word(member.word))], descriptor: $0)
                    }
                }
            } ?? []
            return own + families
        }
    }

    public var description: String {
        let context = self.context.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        return "\(scenario.name) \(context.isEmpty ? "" : context + " ")\(descriptor.key)"
    }

    /// The assignments that set this parameter to `value`.
    public func assignments(_ value: ParameterValue) -> [(key: String, value: ParameterValue)] {
        context + [(descriptor.key, value)]
    }

    /// Values at the very edge of the domain, inside it: each closed bound
    /// itself, the next representable value inside an open bound, the
    /// integer range's ends, every allowed word.
    public var justInside: [ParameterValue] {
        switch descriptor.domain {
        case let .real(lower, lowerInclusive, upper, upperInclusive):
            var values: [Double] = []
            if let lower { values.append(lowerInclusive ? lower : lower.nextUp) }
            if let upper { values.append(upperInclusive ? upper : upper.nextDown) }
            if lower == nil { values.append(-Double.greatestFiniteMagnitude) }
            if upper == nil { values.append(Double.greatestFiniteMagnitude) }
            return values.map(ParameterValue.number)
        case let .integer(range):
            return [range.lowerBound, range.upperBound].filter { abs($0) < 1 << 53 }.map { .number(Double($0)) }
        case let .choice(words):
            return words.map(ParameterValue.word)
        }
    }

    /// Values just outside the domain: the next representable value past
    /// each bound (the bound itself when it is open), non-finite numbers,
    /// fractions for whole numbers, misspelt words and numbers for words.
    public var justOutside: [ParameterValue] {
        switch descriptor.domain {
        case let .real(lower, lowerInclusive, upper, upperInclusive):
            var values: [Double] = [.nan, .infinity, -.infinity]
            if let lower { values.append(lowerInclusive ? lower.nextDown : lower) }
            if let upper { values.append(upperInclusive ? upper.nextUp : upper) }
            return values.map(ParameterValue.number)
        case let .integer(range):
            var values = [Double(range.lowerBound) + 0.5, .nan, .infinity]
            if abs(range.lowerBound) < 1 << 53 { values.append(Double(range.lowerBound - 1)) }
            if range.upperBound < 1 << 53 { values.append(Double(range.upperBound + 1)) }
            return values.map(ParameterValue.number)
        case let .choice(words):
            return [.word(words[0] + "x"), .word(""), .number(1)]
        }
    }
}
