/// One bonding curve of the reference scenario with its parameters: which
/// family, and the numbers that fix its price function.
///
/// The kernel is generic over the curve type; `withCurve` opens the choice
/// once per batch so the step loop is specialized, never dispatched.
public enum CurveChoice: Sendable, Equatable {
    /// `f(S) = m·S + b`.
    case linear(LinearCurve)
    /// `f(S) = a·e^{kS}`.
    case exponential(ExponentialCurve)
    /// `f(S) = K / (1 + e^{−k(S−S₀)})`.
    case sigmoid(SigmoidCurve)
    /// `f(S) = a·Sⁿ`.
    case power(PowerCurve)
    /// `f(S) = k·√S`.
    case root(RootCurve)
    /// `f(S) = k/(S + 1)`.
    case inverse(InverseCurve)
    /// `f(S) = b·(1 + ⌊S/c⌋)`.
    case step(StepCurve)
    /// `f(S) = m·S + b` up to `S₁`, then `f(S₁)·e^{k(S − S₁)}`.
    case segmented(SegmentedCurve)

    /// The family of this curve.
    public var family: CurveFamily {
        switch self {
        case .linear: .linear
        case .exponential: .exponential
        case .sigmoid: .sigmoid
        case .power: .power
        case .root: .root
        case .inverse: .inverse
        case .step: .step
        case .segmented: .segmented
        }
    }

    /// Hands the concrete curve to `visitor`, so that generic code
    /// specializes for it (Swift closures cannot be generic).
    @inlinable
    public func accept<Visitor: CurveVisitor>(_ visitor: Visitor) -> Visitor.Result {
        switch self {
        case .linear(let curve): visitor.visit(curve)
        case .exponential(let curve): visitor.visit(curve)
        case .sigmoid(let curve): visitor.visit(curve)
        case .power(let curve): visitor.visit(curve)
        case .root(let curve): visitor.visit(curve)
        case .inverse(let curve): visitor.visit(curve)
        case .step(let curve): visitor.visit(curve)
        case .segmented(let curve): visitor.visit(curve)
        }
    }

    /// The bonding curve behind the choice, as an existential: for scalar
    /// questions outside hot loops.
    public var bondingCurve: any BondingCurve {
        switch self {
        case .linear(let curve): curve
        case .exponential(let curve): curve
        case .sigmoid(let curve): curve
        case .power(let curve): curve
        case .root(let curve): curve
        case .inverse(let curve): curve
        case .step(let curve): curve
        case .segmented(let curve): curve
        }
    }

    /// `f(S)`: the price at supply `s`.
    public func price(atSupply s: Double) -> Double {
        bondingCurve.price(atSupply: s)
    }

    /// `R(S) = ∫₀^S f`: the reserve at supply `s`.
    public func reserve(atSupply s: Double) -> Double {
        bondingCurve.reserve(atSupply: s)
    }
}

/// Generic work to do with the concrete curve of a ``CurveChoice``.
public protocol CurveVisitor {
    /// What the work returns.
    associatedtype Result
    /// Does the work with `curve`.
    func visit<Curve: BondingCurve>(_ curve: Curve) -> Result
}
