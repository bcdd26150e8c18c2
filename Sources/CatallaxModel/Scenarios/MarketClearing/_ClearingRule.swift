#if canImport(Glibc)
import Glibc
#endif
import CatallaxNumerics

/// The constants of the decision rule of a point, precomputed once per batch.
@usableFromInline
struct _ClearingRule {
    @usableFromInline let mechanism: ClearingMechanism
    @usableFromInline let agents: Double
    @usableFromInline let noiseEnd: Double
    @usableFromInline let momentumEnd: Double
    @usableFromInline let fundamentalistStart: Int
    @usableFromInline let lastFundamentalist: Int
    /// `1/ln(1 − p_act)`, the scale of the geometric gaps.
    @usableFromInline let inverseLogInactivity: Double
    @usableFromInline let maxFraction: Double
    @usableFromInline let reactivity: Double
    @usableFromInline let momentumThreshold: Double
    @usableFromInline let valueThreshold: Double
    @usableFromInline let limitOffset: Double
    /// `e^{η}` and `e^{−η}`.
    @usableFromInline let upFactor: Double
    @usableFromInline let downFactor: Double
    @usableFromInline let tickSize: Double
    /// `M` as a double.
    @usableFromInline let maxTick: Double

    @usableFromInline
    init(_ p: MarketClearingParameters) {
        mechanism = p.mechanism
        agents = Double(p.agents)
        noiseEnd = Double(p.noiseTraders)
        momentumEnd = Double(p.noiseTraders + p.momentumTraders)
        fundamentalistStart = p.noiseTraders + p.momentumTraders
        lastFundamentalist = max(0, p.fundamentalists - 1)
        inverseLogInactivity = 1 / log1p(-p.activity)
        maxFraction = p.maxFraction
        reactivity = p.reactivity
        momentumThreshold = p.momentumThreshold
        valueThreshold = p.valueThreshold
        limitOffset = p.limitOffset
        upFactor = exp(p.limitOffset)
        downFactor = exp(-p.limitOffset)
        tickSize = p.tickSize
        maxTick = Double(p.tickCount)
    }
}

/// Per-lane running sums of the flow metrics of a run.
@usableFromInline
struct _ClearingTally<V: LaneVector> {
    /// Currency traded.
    @usableFromInline var volume = V()
    /// Units ordered and filled, both sides counted.
    @usableFromInline var ordered = V()
    @usableFromInline var filled = V()
    /// Realized and maximum surplus.
    @usableFromInline var realized = V()
    @usableFromInline var maximum = V()
    /// Sums of relative spread and depth over the moments both sides rest, and their count.
    @usableFromInline var spread = V()
    @usableFromInline var depth = V()
    @usableFromInline var bookMoments = V()
    /// The first step whose price is not positive and finite (∞ if none).
    @usableFromInline var invalidSince = V(repeating: .infinity)

    @inlinable
    init() {}

    /// Notes the steps where a price is not positive and finite.
    @inlinable
    mutating func flagInvalid(price: V, atStep t: Int) {
        let bad = .!((price .> 0) .& (price .< .infinity)) .& (invalidSince .== .infinity)
        invalidSince.replace(with: Double(t), where: bad)
    }
}
