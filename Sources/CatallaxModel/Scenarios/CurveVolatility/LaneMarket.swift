import CatallaxNumerics
#if canImport(Glibc)
import Glibc
#endif

/// The market-wide state of every lane: supply, the fee treasury, traded
/// volume, the shock seller's proceeds and the first step a lane went bad.
@usableFromInline
struct _LaneMarket<V: LaneVector> {
    /// `S`.
    @usableFromInline var supply: V
    /// `T_fee`.
    @usableFromInline var treasury = V()
    /// Currency paid by buyers plus refunds before fees.
    @usableFromInline var volume = V()
    /// What the shock seller received after fees (part of the currency invariant).
    @usableFromInline var shockProceeds = V()
    /// The first step at which a lane's price or supply stopped being
    /// positive and finite (∞: never).
    @usableFromInline var invalidSince = V(repeating: .infinity)
    @usableFromInline var _step = 0.0

    @usableFromInline
    init(supply: V) {
        self.supply = supply
    }

    /// Notes lanes whose price is not positive and finite or whose supply is
    /// negative or non-finite (NaN fails every comparison, so it is caught).
    @inlinable @inline(__always)
    mutating func flagInvalid(price: V, supply: V) {
        let fine = (price .> 0) .& (price .< .infinity) .& (supply .>= 0) .& (supply .< .infinity)
        invalidSince.replace(with: _step, where: .!fine .& (invalidSince .== .infinity))
        _step += 1
    }

    /// The shock: an outside holder sells `tokens` in one order, before the
    /// agents' orders of the step.
    @inlinable
    mutating func sellShock<Curve: BondingCurve>(_ tokens: V, curve: Curve, feeRate: Double, price: inout V) {
        let refund = curve.refundForBurn(tokens, atSupply: supply, price: &price)
        supply = V.maximum(supply - tokens, V())
        treasury += feeRate * refund
        shockProceeds += (1 - feeRate) * refund
        volume += refund
    }
}

/// The order rule's constants, derived once per point.
@usableFromInline
struct _OrderRule: Sendable {
    @usableFromInline let agents: Double
    @usableFromInline let noiseEnd: Double
    @usableFromInline let momentumEnd: Double
    @usableFromInline let fundamentalistStart: Int
    @usableFromInline let lastFundamentalist: Int
    /// `1 / ln(1 − p_act)`: a gap of `⌊ln u / ln(1 − p_act)⌋` inactive agents
    /// is geometric, exactly as independent Bernoulli(p_act) activity.
    @usableFromInline let inverseLogInactivity: Double
    @usableFromInline let maxFraction: Double
    @usableFromInline let feeRate: Double
    @usableFromInline let reactivity: Double
    @usableFromInline let momentumThreshold: Double
    @usableFromInline let valueThreshold: Double

    @usableFromInline
    init(_ p: CurveVolatilityParameters) {
        agents = Double(p.agents)
        noiseEnd = Double(p.noiseTraders)
        momentumEnd = Double(p.noiseTraders + p.momentumTraders)
        fundamentalistStart = p.noiseTraders + p.momentumTraders
        lastFundamentalist = max(0, p.fundamentalists - 1)
        // p_act = 0 gives 1/0 = −∞ (no agent ever active); p_act = 1 gives −0 (gap 0).
        inverseLogInactivity = 1 / log1p(-p.activity)
        maxFraction = p.maxFraction
        feeRate = p.feeRate
        reactivity = p.reactivity
        momentumThreshold = p.momentumThreshold
        valueThreshold = p.valueThreshold
    }
}

