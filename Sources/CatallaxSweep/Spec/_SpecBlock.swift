import CatallaxModel

/// One parameter set by the spec, with the key path it came from (so a
/// domain error at any point can name the line to fix).
struct _Assignment: Equatable, Sendable {
    /// The parameter key.
    var key: String
    /// The value.
    var value: ParameterValue
    /// Where in the file it was set (`block[0].axes.fee[2]`).
    var keyPath: String
}

/// One axis of a grid block: a parameter and its values in order.
struct _Axis: Equatable, Sendable {
    /// The parameter key.
    var key: String
    /// `block[i].axes.<key>`.
    var keyPath: String
    /// The values, in the order the grid visits them.
    var values: [ParameterValue]
    /// The key path of each value (list items get `[j]`).
    var valuePaths: [String]
}

/// One bound of a sampled block: the interval a unit coordinate is mapped onto.
struct _Bound: Equatable, Sendable {
    /// The parameter key.
    var key: String
    /// `block[i].bounds.<key>`.
    var keyPath: String
    /// Lower end, included.
    var from: Double
    /// Upper end.
    var to: Double
    /// How the unit interval is mapped (even or geometric).
    var spacing: AxisSpacing
    /// Whether values are rounded to whole numbers (the parameter's domain is whole).
    var whole: Bool

    /// The parameter value for unit coordinate `u ∈ [0, 1)`.
    func value(atFraction u: Double) -> Double {
        let x = spacing.value(atFraction: u, from: from, to: to)
        return whole ? x.rounded() : x
    }
}

/// A block's anchor: the price the level parameters are solved for at `S_init`.
struct _Anchor: Equatable, Sendable {
    /// The target price `f(S_init)`.
    var price: Double
    /// `block[i].anchor` or `block[i].anchor_price`.
    var keyPath: String
}

/// One `[[block]]` of a sweep file, decoded: fixed values, then either grid
/// axes (zipped groups advancing together) or a sampled design over bounds,
/// and an optional anchor.
struct _SpecBlock: Equatable, Sendable {
    /// Position among the blocks, from 0.
    var index: Int
    /// `block[i]`.
    var path: String
    /// Parameters fixed for the whole block, in canonical key order.
    var fixed: [_Assignment]
    /// Grid axes in grid order (slowest first).
    var axes: [_Axis]
    /// The grid's dimensions, slowest first: indices into ``axes``; a zip
    /// group is one dimension with several axes.
    var dimensions: [[Int]]
    /// The sampled design, or `nil` for a grid.
    var design: SampledDesign?
    /// Number of sampled points (sampled designs only).
    var samples: Int
    /// Bounds of a sampled design, in canonical key order.
    var bounds: [_Bound]
    /// The anchor, if any.
    var anchor: _Anchor?
    /// Whether the block is a search space (``SpecKind/search(tables:)``):
    /// its bounds are searched, and it stands for the centre of its bounds.
    var isSearchSpace = false

    /// The most points a sweep may hold.
    static let maximumPoints = 1_000_000

    /// The number of points the block expands to, saturating at `Int.max`
    /// (a grid of many long axes can exceed any integer).
    var pointCount: Int {
        if design != nil { return samples }
        var product = 1
        for dimension in dimensions {
            let (next, overflow) = product.multipliedReportingOverflow(by: axes[dimension[0]].values.count)
            if overflow { return .max }
            product = next
        }
        return product
    }
}
