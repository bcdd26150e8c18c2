/// A box of lower and upper bounds, one closed interval per coordinate.
///
/// ```
/// box = [l₀, u₀] × [l₁, u₁] × … × [lₙ₋₁, uₙ₋₁],   lᵢ < uᵢ, both finite
/// ```
///
/// CMA-ES keeps its candidates inside the box through the boundary
/// transformation of `BoxBounds+Transformation.swift`; the random and Latin
/// hypercube searches sample it directly.
public struct BoxBounds: Hashable, Sendable {
    /// The lower bound `lᵢ` of each coordinate.
    public let lower: [Double]
    /// The upper bound `uᵢ` of each coordinate.
    public let upper: [Double]

    /// The box `[lower[i], upper[i]]` in every coordinate `i`.
    ///
    /// Bounds come from a validated spec or from code; bad ones are a
    /// programming error and trap, with the coordinate in the message.
    /// - Parameters:
    ///   - lower: The lower bounds, finite.
    ///   - upper: The upper bounds, as many as `lower`, finite, each above its lower bound.
    public init(lower: [Double], upper: [Double]) {
        precondition(lower.count == upper.count, "BoxBounds: \(lower.count) lower but \(upper.count) upper bounds.")
        for i in lower.indices {
            precondition(lower[i].isFinite && upper[i].isFinite && lower[i] < upper[i],
                         "BoxBounds: coordinate \(i) needs finite lower < upper, got [\(lower[i]), \(upper[i])].")
        }
        self.lower = lower
        self.upper = upper
    }

    /// The unit cube `[0, 1]ⁿ`, the box of a ``SearchSpace``'s coordinates.
    ///
    /// - Parameter dimensions: The number of coordinates `n`.
    public static func unitCube(dimensions: Int) -> BoxBounds {
        BoxBounds(lower: Array(repeating: 0, count: dimensions), upper: Array(repeating: 1, count: dimensions))
    }

    /// The number of coordinates `n`.
    public var dimensions: Int { lower.count }

    /// Whether every coordinate of `point` lies in its interval.
    ///
    /// ```
    /// lᵢ ≤ xᵢ ≤ uᵢ   for every i
    /// ```
    /// - Complexity: O(n).
    public func contains(_ point: [Double]) -> Bool {
        point.count == dimensions && point.indices.allSatisfy { lower[$0] <= point[$0] && point[$0] <= upper[$0] }
    }

    /// The point at fractions `fractions` of the way across the box.
    ///
    /// ```
    /// xᵢ = lᵢ + tᵢ (uᵢ − lᵢ),   clamped into [lᵢ, uᵢ]
    /// ```
    /// The clamp keeps the point inside when rounding in the product would
    /// step past the upper bound.
    /// - Complexity: O(n).
    public func point(atFractions fractions: [Double]) -> [Double] {
        fractions.indices.map { i in
            min(max(lower[i] + fractions[i] * (upper[i] - lower[i]), lower[i]), upper[i])
        }
    }
}
