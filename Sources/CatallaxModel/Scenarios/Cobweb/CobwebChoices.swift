/// How the firms of the `cobweb` scenario choose their quantities
/// (`docs/Cobweb.md`, "Expectations").
///
/// ```
/// naive:      p^e_t = p_{t−1},                          q = clamp((p^e − x)/(y·m), 0, q̄)
/// adaptive:   p^e_t = p^e_{t−1} + λ·(p_{t−1} − p^e_{t−1}),  the same q
/// ga-single:  firm i produces decode(string i) of one population of m strings
/// ga-multi:   firm i produces decode(a uniform pick) of its own population of n strings
/// ```
public enum CobwebExpectations: String, CaseIterable, Sendable, ParameterChoice {
    /// Next price = last price (the textbook cobweb).
    case naive
    /// Exponential smoothing of past prices (Nerlove 1958).
    case adaptive
    /// Arifovic's single-population genetic algorithm: each string is a firm.
    case gaSingle = "ga-single"
    /// Arifovic's multi-population genetic algorithm: each firm holds a population.
    case gaMulti = "ga-multi"

    /// Whether firms learn by a genetic algorithm.
    @inlinable public var isGenetic: Bool { self == .gaSingle || self == .gaMulti }
}

/// The rational-expectations equilibrium of a cobweb market
/// (`docs/Cobweb.md`, "The equilibrium"):
///
/// ```
/// p* = (A·y + B·x)/(y + B),   q* = (p* − x)/(y·m),   π* = (p* − x)·q*/2
/// ```
public struct CobwebEquilibrium: Sendable, Equatable {
    /// `p*`.
    public var price: Double
    /// `q*`, each firm's quantity.
    public var quantity: Double
    /// `π*`, each firm's profit.
    public var profit: Double

    /// The equilibrium of demand `p = A − B·Q` and cost `x·q + ½·y·m·q²` with `m` firms.
    @inlinable
    public init(demandIntercept a: Double, demandSlope b: Double, costLinear x: Double, costQuadratic y: Double, firms m: Int) {
        price = (a * y + b * x) / (y + b)
        quantity = (price - x) / (y * Double(m))
        profit = (price - x) * quantity / 2
    }
}
