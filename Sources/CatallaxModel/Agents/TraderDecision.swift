import CatallaxNumerics

/// What every lane's active agent decided in one step, by
/// ``TraderRule/decision(ofAgent:noiseDraw:belief:price:momentum:)``: the
/// fraction of its currency it spends and the fraction of its tokens it
/// offers, at most one of them non-zero, and its type.
///
/// The masks are for markets whose orders depend on the type beyond the
/// fraction (a book's limit prices); a bonding curve needs only the
/// fractions.
public struct TraderDecision<V: LaneVector> {
    /// `q_buy ∈ [0, q_max]`: the order spends `q_buy·B_i` currency.
    public var buyFraction: V
    /// `q_sell ∈ [0, q_max]`: the order offers `q_sell·H_i` tokens.
    public var sellFraction: V
    /// The lanes whose agent is a noise trader, `i < N_noise`.
    public var isNoise: SIMDMask<V.MaskStorage>
    /// The lanes whose agent is a momentum trader, `N_noise ≤ i < N_noise + N_mom`.
    public var isMomentum: SIMDMask<V.MaskStorage>

    /// A decision from its parts.
    @inlinable @_transparent
    public init(buyFraction: V, sellFraction: V, isNoise: SIMDMask<V.MaskStorage>, isMomentum: SIMDMask<V.MaskStorage>) {
        self.buyFraction = buyFraction
        self.sellFraction = sellFraction
        self.isNoise = isNoise
        self.isMomentum = isMomentum
    }
}
