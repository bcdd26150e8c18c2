import CatallaxNumerics

/// The closed forms of Brock and Hommes (1998) for costly fundamentalists
/// against unbiased trend followers (`b = 0`, `η = 0`, no noise, the
/// continuum): the steady states and the `β` at which they lose stability.
/// See `docs/HeterogeneousBeliefs.md`, "Theory the tests reproduce".
public struct HeterogeneousBeliefsTheory: Sendable {
    /// `R = 1 + r`.
    public let grossReturn: Double
    /// `g`.
    public let trend: Double
    /// `C`.
    public let cost: Double

    /// The theory of the point's `R`, `g` and `C`.
    public init(_ p: HeterogeneousBeliefsParameters) {
        grossReturn = p.grossReturn
        trend = p.trend
        cost = p.cost
    }

    /// `n̄ = 1/(1 + e^{−βC})`, the trend share at the fundamental steady state.
    public func fundamentalShare(beta: Double) -> Double { 1 / (1 + LaneMath.exp(-beta * cost)) }

    /// `n̄g/R`, the one nonzero eigenvalue of the Jacobian at `x = 0`: stable iff below 1.
    public func fundamentalEigenvalue(beta: Double) -> Double { fundamentalShare(beta: beta) * trend / grossReturn }

    /// `β* = ln(R/(g − R))/C`, the pitchfork where the fundamental loses
    /// stability; `nil` unless `R < g < 2R` and `C > 0` (for `g ≤ R` it is
    /// stable at every `β`, for `g ≥ 2R` at none).
    public var pitchfork: Double? {
        let r = grossReturn, g = trend
        guard cost > 0, g > r, g < 2 * r else { return nil }
        return LaneMath.log(r / (g - r)) / cost
    }

    /// `x̄ = √(C(1 − β*/β)/((R − 1)g))`, the positive non-fundamental steady
    /// state (`−x̄` is the other), where `n̄ = R/g`; `nil` at or below `β*`.
    public func steadyDeviation(beta: Double) -> Double? {
        guard let star = pitchfork, beta > star else { return nil }
        return (cost * (1 - star / beta) / ((grossReturn - 1) * trend)).squareRoot()
    }

    /// `s = C(β − β*)(g − R)/(g(R − 1))`, the coefficient of the Jacobian at
    /// `±x̄`, whose characteristic polynomial is `λ³ − (1 + s)λ² + Rsλ + (R − 1)s`.
    public func jacobianCoefficient(beta: Double) -> Double? {
        guard let star = pitchfork, beta > star else { return nil }
        let r = grossReturn, g = trend
        return cost * (beta - star) * (g - r) / (g * (r - 1))
    }

    /// `β** = β* + s_H·g(R − 1)/(C(g − R))`, the Neimark–Sacker bifurcation of
    /// `±x̄`, where `s_H` solves `R(R − 1)s² + (2R − 1)s − 1 = 0`; `nil` when
    /// there is no pitchfork or `R·s_H ≥ 1` (the pair is not complex there).
    public var neimarkSacker: Double? {
        guard let star = pitchfork else { return nil }
        let r = grossReturn, g = trend
        let linear = 2 * r - 1, quadratic = r * (r - 1)
        let sH = ((linear * linear + 4 * quadratic).squareRoot() - linear) / (2 * quadratic)
        guard r * sH < 1 else { return nil }
        return star + sH * g * (r - 1) / (cost * (g - r))
    }
}
