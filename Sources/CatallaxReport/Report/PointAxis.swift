import CatallaxModel

/// A way to place a sweep's points along a chart axis: one parameter key,
/// or `steepness`, which is each curve family's own steepness parameter
/// (`m` linear, `k` exponential and sigmoid, `n` power).
struct PointAxis: Sendable, Equatable {
    /// The key: a parameter of `catallax scenarios`, or ``steepness``.
    var key: String

    /// The name of the per-family steepness axis.
    static let steepness = "steepness"

    /// The parameter key this axis reads at a point of `family` (`nil` for
    /// the steepness of a point without a curve).
    func parameterKey(_ family: CurveFamily?) -> String? {
        guard key == Self.steepness else { return key }
        return family.map(ParameterLabel.steepnessKey)
    }

    /// The point's value on this axis, as the files spell it; `nil` when the
    /// parameter does not exist for its curve or scenario.
    func value(_ point: ScenarioParameters) -> String? {
        parameterKey(point.curveFamily).flatMap { point.keyedValues[$0] }
    }

    /// The axis title with its unit, for points of `family` (or mixed families).
    func title(_ family: CurveFamily?) -> String {
        if key == Self.steepness, family == nil { return "steepness (m, k or n of the family)" }
        return ParameterLabel.title(parameterKey(family) ?? key, family: family)
    }

    /// The distinct values of this axis over `points`, in ascending order
    /// (numbers by value, curve families in catalog order).
    func categories(_ points: [ScenarioParameters]) -> [String] {
        let values = Set(points.compactMap(value))
        return values.sorted { a, b in
            if let x = Double(a), let y = Double(b) { return x < y }
            let order = CurveFamily.allCases.map(\.rawValue)
            return (order.firstIndex(of: a) ?? .max, a) < (order.firstIndex(of: b) ?? .max, b)
        }
    }

    /// The axes along which `points` vary: ``steepness`` when some family has
    /// two or more steepness values, then every parameter key with two or
    /// more values, in the scenario's catalog order.
    static func varied(_ points: [ScenarioParameters]) -> [String] {
        let families = Dictionary(grouping: points.filter { $0.curveFamily != nil }, by: { $0.curveFamily! })
        var keys: [String] = []
        if families.values.contains(where: { PointAxis(key: steepness).categories($0).count >= 2 }) { keys.append(steepness) }
        for key in points.first?.scenario.descriptors.map(\.key) ?? [] {
            if PointAxis(key: key).categories(points).count >= 2 { keys.append(key) }
        }
        return keys
    }

    /// The heatmap's default axes: fee across and steepness up when both
    /// vary; for curves otherwise the first varied axes (the curve family
    /// only when nothing else varies); for other scenarios the two axes with
    /// the most values, the longer across. `nil` when fewer than two axes vary.
    static func defaultPair(_ points: [ScenarioParameters]) -> (x: String, y: String)? {
        let varied = varied(points)
        if varied.contains("fee") && varied.contains(steepness) { return ("fee", steepness) }
        if points.allSatisfy({ $0.curveFamily == nil }) {
            // Without curves: the two axes with the most values, the longer one across.
            let counts = Dictionary(uniqueKeysWithValues: varied.map { ($0, PointAxis(key: $0).categories(points).count) })
            let widest = varied.enumerated().sorted { (counts[$0.element]!, -$0.offset) > (counts[$1.element]!, -$1.offset) }.map(\.element)
            guard widest.count >= 2 else { return nil }
            return (widest[0], widest[1])
        }
        // The anchored levels and the family follow the other axes: prefer the rest.
        let levels: Set<String> = ["b", "a", "K", "s0", "curve"]
        let preferred = varied.filter { !levels.contains($0) } + varied.filter { levels.contains($0) }
        guard preferred.count >= 2 else { return nil }
        return (preferred[1], preferred[0])
    }
}
