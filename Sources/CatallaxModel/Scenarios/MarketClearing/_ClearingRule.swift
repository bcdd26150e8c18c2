#if canImport(Glibc)
import Glibc
#endif
import CatallaxNumerics

/// The rule of a point: the population's decision rule and the book's own
/// constants (mechanism, limit offset, ticks), derived once per batch.
@usableFromInline
struct _ClearingRule {
    /// Who is active and what each agent decides (step 2).
    @usableFromInline let traders: TraderRule
    @usableFromInline let mechanism: ClearingMechanism
    /// `η`: the limit offset in log price.
    @usableFromInline let limitOffset: Double
    /// `e^{η}` and `e^{−η}`.
    @usableFromInline let upFactor: Double
    @usableFromInline let downFactor: Double
    @usableFromInline let tickSize: Double
    /// `M` as a double.
    @usableFromInline let maxTick: Double

    @usableFromInline
    init(_ p: MarketClearingParameters) {
        traders = TraderRule(p.population)
        mechanism = p.mechanism
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
