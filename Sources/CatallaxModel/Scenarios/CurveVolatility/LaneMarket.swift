import CatallaxNumerics

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

/// The order rule of a point: the population's decision rule and the
/// curve's own constant, the fee, derived once per point.
@usableFromInline
struct _OrderRule: Sendable {
    /// Who is active and what each agent decides (step 2).
    @usableFromInline let traders: TraderRule
    /// `φ`: the fee on every buy's deposit and every sell's refund (step 3).
    @usableFromInline let feeRate: Double

    @usableFromInline
    init(_ p: CurveVolatilityParameters) {
        traders = TraderRule(p.population)
        feeRate = p.feeRate
    }
}
