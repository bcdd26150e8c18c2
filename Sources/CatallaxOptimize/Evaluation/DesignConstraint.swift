import CatallaxModel

/// A bound on a design quantity the scenario declares (`price_growth ≥ 1.5`):
/// known from the parameters alone, so it is judged exactly and a candidate
/// that misses it is never run.
public struct DesignConstraint: Sendable, Equatable {
    /// The quantity's name (`ScenarioParameters.designQuantities`).
    public var quantity: String
    /// Which side of ``bound`` is allowed.
    public var side: MetricConstraint.Side
    /// The bound.
    public var bound: Double

    /// Creates a constraint.
    public init(quantity: String, side: MetricConstraint.Side, bound: Double) {
        self.quantity = quantity
        self.side = side
        self.bound = bound
    }

    /// The quantity at `parameters` (NaN if the scenario does not declare it).
    public func value(at parameters: ScenarioParameters) -> Double {
        parameters.designQuantities[quantity] ?? .nan
    }

    /// How far the quantity is on the wrong side, relative to the bound's
    /// size (0 when met; infinite when it cannot be computed).
    public func relativeViolation(at parameters: ScenarioParameters) -> Double {
        let x = value(at: parameters)
        guard x.isFinite else { return .infinity }
        let miss = side == .atLeast ? max(0, bound - x) : max(0, x - bound)
        return miss / max(abs(bound), 1e-300)
    }
}
