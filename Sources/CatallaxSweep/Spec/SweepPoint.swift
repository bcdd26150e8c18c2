import CatallaxModel

/// One point of a sweep: a fully checked parameter set of the sweep's
/// scenario and the values that set it apart, for result files.
public struct SweepPoint: Sendable, Equatable {
    /// Position in the sweep, from 0 (blocks in file order, each block's
    /// points in its grid or sample order).
    public var index: Int
    /// The `[[block]]` the point comes from, from 0.
    public var block: Int
    /// The parameters of every run at this point.
    public var parameters: ScenarioParameters
    /// One value per column of ``SweepSpec/coordinateColumns``, in that
    /// order: the values the spec set for this point's block (fixed, axis,
    /// bound and anchored keys), and for the other columns the point's
    /// actual value (empty when the key does not exist for its curve, such
    /// as `m` at an exponential point). Numbers are spelled as
    /// ``ScenarioParameters/keyedValues`` spells them.
    public var coordinates: [(key: String, value: String)]

    /// Creates a point.
    /// - Parameters:
    ///   - index: position in the sweep, from 0.
    ///   - block: the block it comes from, from 0.
    ///   - parameters: its checked parameters.
    ///   - coordinates: its value in each of the sweep's coordinate columns.
    public init(index: Int, block: Int, parameters: ScenarioParameters, coordinates: [(key: String, value: String)]) {
        self.index = index
        self.block = block
        self.parameters = parameters
        self.coordinates = coordinates
    }

    /// The coordinate in column `key`.
    /// - Parameter key: a column of ``SweepSpec/coordinateColumns``.
    /// - Returns: the value (empty where the key does not apply), or `nil`
    ///   when the sweep has no such column.
    /// - Complexity: O(columns).
    public func coordinate(_ key: String) -> String? {
        coordinates.first { $0.key == key }?.value
    }

    /// Points are equal when index, block, parameters and coordinates are.
    public static func == (lhs: SweepPoint, rhs: SweepPoint) -> Bool {
        lhs.index == rhs.index && lhs.block == rhs.block && lhs.parameters == rhs.parameters
            && lhs.coordinates.map(\.key) == rhs.coordinates.map(\.key)
            && lhs.coordinates.map(\.value) == rhs.coordinates.map(\.value)
    }
}
