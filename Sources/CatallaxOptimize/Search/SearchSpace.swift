/// The parameters a search varies, with the map between the unit cube the
/// search methods work in and the parameters' own values.
///
/// ```
/// values(u)_i = parameters[i].value(atFraction: u_i),   u ∈ [0, 1]ⁿ
/// fractions(v)_i = parameters[i].fraction(ofValue: v_i)
/// ```
///
/// Searching the unit cube makes one step size fit every parameter (CMA-ES
/// with `bounds = .unitCube`, `stepSize = 0.3`, start at the centre) and
/// gives log-scaled parameters equal ratios per step. Fixed parameters are
/// not part of the space, and categorical ones are handled outside it: one
/// space per category (see ``SearchParameter``).
public struct SearchSpace: Hashable, Sendable {
    /// The searched parameters, one per coordinate.
    public let parameters: [SearchParameter]

    /// A space over `parameters`, one coordinate each, in order.
    public init(_ parameters: [SearchParameter]) {
        self.parameters = parameters
    }

    /// The number of coordinates `n`.
    public var dimensions: Int { parameters.count }

    /// The box the search methods work in: `[0, 1]ⁿ`.
    public var bounds: BoxBounds { .unitCube(dimensions: dimensions) }

    /// The centre of the cube, `(½, …, ½)`: a neutral start.
    public var centre: [Double] { Array(repeating: 0.5, count: dimensions) }

    /// The parameter values of the unit-cube point `fractions`.
    ///
    /// - Parameter fractions: `n` coordinates in `[0, 1]` (clamped).
    /// - Returns: The `n` parameter values, in the parameters' order.
    /// - Complexity: O(n).
    public func values(atFractions fractions: [Double]) -> [Double] {
        precondition(fractions.count == dimensions, "SearchSpace: \(fractions.count) coordinates for \(dimensions) parameters.")
        return zip(parameters, fractions).map { $0.value(atFraction: $1) }
    }

    /// The unit-cube point of the parameter values `values`: the inverse of
    /// ``values(atFractions:)`` (for integers, the middle of the value's cell).
    ///
    /// - Parameter values: `n` parameter values.
    /// - Returns: `n` coordinates in `[0, 1]`.
    /// - Complexity: O(n).
    public func fractions(ofValues values: [Double]) -> [Double] {
        precondition(values.count == dimensions, "SearchSpace: \(values.count) values for \(dimensions) parameters.")
        return zip(parameters, values).map { $0.fraction(ofValue: $1) }
    }
}
