extension _SpecBlock {
    /// The block's own assignments of each of its points, in point order:
    /// the fixed values, then the axis values (grid) or bound values
    /// (sampled design).
    ///
    /// A grid is the Cartesian product of its dimensions with the last
    /// dimension fastest, like nested loops written in grid order (an
    /// odometer); the axes of a zip group take their `j`-th values together.
    /// A sampled design maps unit points `u` onto the bounds in canonical
    /// key order, drawing from `SplitMix64(seed:block:)` of this block.
    /// - Complexity: O(points · parameters).
    func expandedAssignments(seed: UInt64) -> [[_Assignment]] {
        if isSearchSpace { return [assignments(atFractions: Array(repeating: 0.5, count: bounds.count))] }
        if let design {
            var rng = SplitMix64(seed: seed, block: index)
            let unit = design.unitPoints(count: samples, dimensions: bounds.count, using: &rng)
            return unit.map(assignments(atFractions:))
        }
        let lengths = dimensions.map { axes[$0[0]].values.count }
        let total = pointCount
        var result: [[_Assignment]] = []
        result.reserveCapacity(total)
        var digit = [Int](repeating: 0, count: dimensions.count)
        for _ in 0..<total {
            var point = fixed
            for (d, group) in dimensions.enumerated() {
                for a in group {
                    let axis = axes[a]
                    point.append(_Assignment(key: axis.key, value: axis.values[digit[d]], keyPath: axis.valuePaths[digit[d]]))
                }
            }
            result.append(point)
            var d = dimensions.count - 1
            while d >= 0 {
                digit[d] += 1
                if digit[d] < lengths[d] { break }
                digit[d] = 0
                d -= 1
            }
        }
        return result
    }
}

extension _SpecBlock {
    /// The block's own assignments with each bound's parameter at unit
    /// coordinate `fractions[i]` of its range (in the order of ``bounds``).
    func assignments(atFractions fractions: [Double]) -> [_Assignment] {
        fixed + zip(bounds, fractions).map { bound, x in
            _Assignment(key: bound.key, value: .number(bound.value(atFraction: x)), keyPath: bound.keyPath)
        }
    }
}
