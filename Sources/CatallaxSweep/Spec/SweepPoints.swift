import CatallaxModel

/// The points of a sweep, in order, kept as their blocks' designs and
/// built when read.
///
/// ```
/// point i = block b's point j = i − start_b
/// own(j)  = fixed ++ axis values at j's grid digits   (grid)
///         = fixed ++ bound values j                   (sampled design)
/// point i = ScenarioParameters([fixed] ++ own(j) ++ anchored levels)
/// ```
/// A built point holds a boxed parameter set and its coordinate texts
/// (about 1 kB): a million of them would hold a gigabyte. Kept are each
/// sampled block's bound values (8 bytes per point and bound), so reading
/// point `i` repeats the checks the spec passed when it was read (which
/// cannot fail again) and costs a few microseconds.
public struct SweepPoints: RandomAccessCollection, Sendable, Equatable {
    /// The decoded top level and the scenario's keys.
    let _builder: _PointBuilder
    /// ``_SpecBlock/boundValues(seed:)`` of each block.
    let _boundValues: [[Double]]
    /// The first point of each block, then the number of points.
    let _starts: [Int]
    /// The coordinate columns of result files (``SweepSpec/coordinateColumns``).
    public let columns: [String]

    init(builder: _PointBuilder, boundValues: [[Double]], starts: [Int], columns: [String]) {
        _builder = builder
        _boundValues = boundValues
        _starts = starts
        self.columns = columns
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { _starts[_starts.count - 1] }

    /// The point at `index`, built: its parameters and its coordinates.
    /// - Complexity: O(parameters).
    public subscript(index: Int) -> SweepPoint {
        _rebuilt(index) { () throws(SpecError) in try _point(at: index) }
    }

    /// What `build` makes of point `index`, whose checks passed when the
    /// spec was read, so building it again cannot fail.
    func _rebuilt<T>(_ index: Int, _ build: () throws(SpecError) -> T) -> T {
        do { return try build() } catch {
            preconditionFailure("SweepPoints: point \(index) passed its checks when the spec was read, yet now \(error)")
        }
    }

    /// The parameters of every point, built one at a time when read.
    public var parameters: PointParameters { PointParameters(self) }

    /// The block of point `index`, from 0.
    /// - Complexity: O(log blocks).
    func _block(of index: Int) -> Int {
        precondition(indices.contains(index), "SweepPoints: no point \(index) in \(count)")
        // The last block starting at or before `index`: an empty block starts where the next one does.
        var low = 0, high = _starts.count - 1
        while high - low > 1 {
            let middle = (low + high) / 2
            if _starts[middle] <= index { low = middle } else { high = middle }
        }
        return low
    }

    /// The block of point `index` and the block's own assignments at it.
    /// - Complexity: O(log blocks + parameters).
    func _own(_ index: Int) -> (block: _SpecBlock, own: [_Assignment]) {
        let b = _block(of: index)
        let block = _builder.header.blocks[b]
        return (block, block.assignments(ofPoint: index - _starts[b], boundValues: _boundValues[b]))
    }

    /// Point `index`, built and checked.
    /// - Throws: ``SpecError`` naming the key path that set a bad value.
    func _point(at index: Int) throws(SpecError) -> SweepPoint {
        let (block, own) = _own(index)
        let draft = try _builder.draft(block: block, own: own)
        let coordinates = _builder.coordinates(columns: columns, own: draft.own) { draft.parameters.keyedTexts }
        return SweepPoint(index: index, block: draft.block, parameters: draft.parameters, coordinates: coordinates)
    }

    /// The parameters of point `index`, without its coordinates.
    /// - Complexity: O(parameters).
    public func parameters(at index: Int) -> ScenarioParameters {
        let (block, own) = _own(index)
        return _rebuilt(index) { () throws(SpecError) in
            try _builder.parameters(try _builder.assigned(block: block, own: own), block: block)
        }
    }

    /// The family of point `index` (`nil` for a scenario without
    /// families): the one its assignments name, else the default's, read
    /// without building the point.
    /// - Complexity: O(parameters).
    public func family(at index: Int) -> ParameterFamily? {
        guard let key = _builder.header.scenario.families?.key else { return nil }
        let block = _builder.header.blocks[_block(of: index)]
        // Only a grid axis can set the family point by point (bounds are numbers); else the block's fixed values say it.
        return _builder.family(own: block.axes.contains { $0.key == key } ? _own(index).own : block.fixed)
    }

    /// Sweeps' points are equal when they have the same points, in order.
    /// - Complexity: O(points · parameters).
    public static func == (lhs: SweepPoints, rhs: SweepPoints) -> Bool {
        lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0 == $1 }
    }
}
