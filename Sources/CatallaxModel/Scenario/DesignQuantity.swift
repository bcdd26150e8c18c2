/// A number a scenario computes from a point's parameters alone, before any
/// run — a property of the design rather than of its outcomes (for a curve,
/// its price growth `f(2·S_init)/f(S_init)`). A search can constrain it
/// exactly, and skips running the candidates that miss it.
public struct DesignQuantity<Point: ScenarioPoint>: Sendable {
    /// The name a spec uses (`price_growth`).
    public var name: String
    /// What it is, with its formula, for help and errors.
    public var summary: String
    /// Its value at a point.
    public var value: @Sendable (Point) -> Double

    /// Declares a design quantity.
    public init(name: String, summary: String, value: @escaping @Sendable (Point) -> Double) {
        self.name = name
        self.summary = summary
        self.value = value
    }
}
