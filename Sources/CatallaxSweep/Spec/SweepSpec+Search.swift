import CatallaxModel

extension SweepSpec {
    /// One searched parameter of a search space: its range and how the unit
    /// interval maps onto it.
    public struct SearchBound: Sendable, Equatable {
        /// The parameter key.
        public var key: String
        /// The lower end, included.
        public var from: Double
        /// The upper end, included.
        public var to: Double
        /// Whether the unit interval maps geometrically (a log scale) rather than evenly.
        public var isGeometric: Bool
        /// Whether values are rounded to whole numbers.
        public var isWhole: Bool

        /// The value at unit coordinate `u`: `from + u·(to − from)`, or
        /// `from·(to/from)^u` when geometric; rounded when whole.
        public func value(atFraction u: Double) -> Double {
            let x = (isGeometric ? AxisSpacing.geometric : .even).value(atFraction: u, from: from, to: to)
            return isWhole ? x.rounded() : x
        }
    }

    /// The searched parameters of block `block` of a search, in the order
    /// ``point(inBlock:atFractions:)`` takes their coordinates.
    public func searchBounds(ofBlock block: Int) -> [SearchBound] {
        _header.blocks[block].bounds.map {
            SearchBound(key: $0.key, from: $0.from, to: $0.to, isGeometric: $0.spacing == .geometric, isWhole: $0.whole)
        }
    }

    /// The point of search space `block` whose searched parameters sit at
    /// unit coordinates `fractions` of their ranges (`from` at 0, `to` at 1,
    /// evenly or geometrically), over the file's `[fixed]` values and the
    /// block's own, with the block's anchor solved: what a sweep would build
    /// for such a point.
    /// - Returns: the checked parameters and the coordinates the block set, formatted as result files write them.
    /// - Throws: ``SpecError`` naming the block's key path when the point is
    ///   not valid (two parameters that do not fit together at this corner of the space).
    public func point(inBlock block: Int, atFractions fractions: [Double]) throws(SpecError)
        -> (parameters: ScenarioParameters, coordinates: [(key: String, value: String)]) {
        let space = _header.blocks[block]
        precondition(fractions.count == space.bounds.count, "one fraction per searched parameter")
        let draft = try _builder.draft(block: space, own: space.assignments(atFractions: fractions))
        return (draft.parameters, draft.own)
    }
}
