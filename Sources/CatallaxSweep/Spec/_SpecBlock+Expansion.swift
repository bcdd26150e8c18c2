extension _SpecBlock {
    /// The values of the block's bounds at each of its points, point-major
    /// (``bounds``.count values a point, in the order of ``bounds``): a
    /// sampled design's points, or a search space's centre; empty for a
    /// grid, whose points follow from their index.
    ///
    /// A sampled design maps unit points `u` onto the bounds in canonical
    /// key order, drawing from `SplitMix64(seed:block:)` of this block. The
    /// values are kept rather than the draws replayed: a random design is
    /// drawn point after point, so point `j` cannot be drawn alone.
    /// - Complexity: O(points · bounds).
    func boundValues(seed: UInt64) -> [Double] {
        if isSearchSpace { return bounds.map { $0.value(atFraction: 0.5) } }
        guard let design else { return [] }
        var rng = SplitMix64(seed: seed, block: index)
        let unit = design.unitPoints(count: samples, dimensions: bounds.count, using: &rng)
        var values: [Double] = []
        values.reserveCapacity(samples * bounds.count)
        for u in unit {
            for (bound, x) in zip(bounds, u) { values.append(bound.value(atFraction: x)) }
        }
        return values
    }

    /// The block's own assignments at its point `j`: the fixed values, then
    /// the axis values (grid) or bound values (sampled design, search space).
    ///
    /// A grid is the Cartesian product of its dimensions with the last
    /// dimension fastest, like nested loops written in grid order (an
    /// odometer): the digit of dimension `d` is `⌊j / Π_{e>d} n_e⌋ mod n_d`;
    /// the axes of a zip group take their `j`-th values together.
    /// - Parameters:
    ///   - j: the point's index within the block, from 0.
    ///   - boundValues: ``boundValues(seed:)`` of this block.
    /// - Complexity: O(parameters).
    func assignments(ofPoint j: Int, boundValues: [Double]) -> [_Assignment] {
        var point = fixed
        if !bounds.isEmpty && (design != nil || isSearchSpace) {
            let first = j * bounds.count
            for (i, bound) in bounds.enumerated() {
                point.append(_Assignment(key: bound.key, value: .number(boundValues[first + i]), keyPath: bound.keyPath))
            }
            return point
        }
        var rest = j
        var digits = [Int](repeating: 0, count: dimensions.count)
        for d in dimensions.indices.reversed() {
            let length = axes[dimensions[d][0]].values.count
            digits[d] = rest % length
            rest /= length
        }
        for (d, group) in dimensions.enumerated() {
            for a in group {
                let axis = axes[a]
                point.append(_Assignment(key: axis.key, value: axis.values[digits[d]], keyPath: axis.valuePaths[digits[d]]))
            }
        }
        return point
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
