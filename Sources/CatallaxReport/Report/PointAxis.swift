import CatallaxModel

/// A way to place a sweep's points along a chart axis: one parameter key,
/// or the scenario's family axis (for curves, `steepness`: each family's
/// own main parameter, `m` linear, `k` exponential and sigmoid, `n` power).
struct PointAxis: Sendable, Equatable {
    /// The key: a parameter of the scenario, or its family axis's name.
    var key: String
    /// The scenario whose parameters the axis reads.
    var scenario: Scenario

    /// Whether the axis is the family axis, read per family.
    var isFamilyAxis: Bool { key == scenario.families?.mainAxisName }

    /// The parameter key this axis reads at a point of `family` (`nil` for
    /// the family axis of a point without a family).
    func parameterKey(_ family: ParameterFamily?) -> String? {
        guard isFamilyAxis else { return key }
        return family?.mainAxisKey
    }

    /// The point's value on this axis, as the files spell it; `nil` when the
    /// parameter does not exist for its family or scenario.
    func value(_ point: ScenarioParameters) -> String? {
        parameterKey(point.family).flatMap { point.keyedValues[$0] }
    }

    /// The axis title with its unit, for points of `family` (or mixed families).
    func title(_ family: ParameterFamily?, labels: ParameterLabel) -> String {
        if isFamilyAxis, family == nil, let families = scenario.families {
            var seen = Set<String>()
            let keys = families.members.compactMap(\.mainAxisKey).filter { seen.insert($0).inserted }
            let listed = keys.count > 1 ? keys.dropLast().joined(separator: ", ") + " or " + keys.last! : keys.joined()
            return "\(families.mainAxisName) (\(listed) of the \(families.key))"
        }
        return labels.title(parameterKey(family) ?? key, family: family)
    }

    /// The distinct values of this axis over `points`, in ascending order
    /// (numbers by value, family words in catalog order).
    func categories(_ points: [ScenarioParameters]) -> [String] {
        let values = Set(points.compactMap(value))
        let order = scenario.families?.members.map(\.word) ?? []
        return values.sorted { a, b in
            if let x = Double(a), let y = Double(b) { return x < y }
            return (order.firstIndex(of: a) ?? .max, a) < (order.firstIndex(of: b) ?? .max, b)
        }
    }

    /// The axes along which `points` vary: the family axis when some family
    /// has two or more values on it, then every parameter key with two or
    /// more values, in the scenario's catalog order.
    static func varied(_ points: [ScenarioParameters]) -> [String] {
        guard let scenario = points.first?.scenario else { return [] }
        var keys: [String] = []
        if let families = scenario.families {
            let axis = PointAxis(key: families.mainAxisName, scenario: scenario)
            let byFamily = Dictionary(grouping: points.filter { $0.family != nil }, by: { $0.family!.word })
            if byFamily.values.contains(where: { axis.categories($0).count >= 2 }) { keys.append(axis.key) }
        }
        for key in scenario.descriptors.map(\.key) where PointAxis(key: key, scenario: scenario).categories(points).count >= 2 {
            keys.append(key)
        }
        return keys
    }

    /// The heatmap's default axes. With families: the first varied axis
    /// that is not a family's level or the family itself up (the family
    /// axis when it varies), the next across. Without: the two axes with the
    /// most values, the longer across. `nil` when fewer than two axes vary.
    static func defaultPair(_ points: [ScenarioParameters]) -> (x: String, y: String)? {
        guard let scenario = points.first?.scenario else { return nil }
        let varied = varied(points)
        guard let families = scenario.families, points.contains(where: { $0.family != nil }) else {
            // Without families: the two axes with the most values, the longer one across.
            let counts = Dictionary(uniqueKeysWithValues: varied.map { ($0, PointAxis(key: $0, scenario: scenario).categories(points).count) })
            let widest = varied.enumerated().sorted { (counts[$0.element]!, -$0.offset) > (counts[$1.element]!, -$1.offset) }.map(\.element)
            guard widest.count >= 2 else { return nil }
            return (widest[0], widest[1])
        }
        // The anchored levels and the family follow the other axes: prefer the rest.
        let levels = Set(families.members.flatMap(\.levelKeys) + [families.key])
        let preferred = varied.filter { !levels.contains($0) } + varied.filter { levels.contains($0) }
        guard preferred.count >= 2 else { return nil }
        return (preferred[1], preferred[0])
    }
}
