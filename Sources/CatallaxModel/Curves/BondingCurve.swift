import CatallaxNumerics

/// A price function of token supply, together with the reserve that backs it.
///
/// ```
/// price     f(S)                  currency per token, S ≥ 0 tokens
/// reserve   R(S) = ∫₀^S f(s) ds   currency
/// mint      R⁻¹(R(s) + d) − s     tokens for a deposit d at supply s
/// burn      R(s) − R(s − q)       currency refunded for q tokens at supply s
/// ```
///
/// `f` is positive (except possibly at `S = 0`), so `R` is increasing and
/// has an inverse `R⁻¹` on `[0, ∞)`: every mint of `d > 0` gives tokens,
/// every burn of `q > 0` refunds currency, and minting then burning returns
/// the deposit. That is all the operations need. Every family's price is
/// also non-decreasing (so `R` is convex and buying raises the price)
/// except `InverseCurve`'s, which falls (`R` concave, buying lowers the
/// price); callers must not assume the direction (`docs/InverseCurve.md`).
/// The step curve's price jumps (right-continuous), so `R` is only
/// piecewise smooth.
///
/// Every trade is evaluated in a closed form that never subtracts two
/// reserves: `R(s + q) − R(s)` keeps only four digits for `q = 1e-12·s`,
/// the forms here keep full relative accuracy. Large exponents are handled
/// through ratios and logarithms (`log1p`, `expm1`), so no operation
/// overflows where its answer is finite.
///
/// Two sets of operations: scalar ones, accurate to a few ulps through the C
/// library, for setup, checks and reports; and lane ones, generic over
/// `LaneVector`, for the kernel's hot loop, where each lane is one replicate
/// run in lockstep. Lane operations are branch-free, allocate nothing and
/// call as few `LaneMath` functions as possible, since those dominate their
/// cost.
///
/// Preconditions shared by all operations (not checked: garbage in, NaN out):
/// supplies, reserves and deposits are finite and `≥ 0`, and a burn `q`
/// satisfies `0 ≤ q ≤ s`.
///
/// See `docs/LinearCurve.md` and its siblings for each curve's derivations.
public protocol BondingCurve: Sendable {
    // MARK: Scalar

    /// The spot price at a supply.
    ///
    /// ```
    /// f(S)
    /// ```
    /// - Parameter supply: The token supply `S ≥ 0`.
    /// - Returns: Currency per token.
    func price(atSupply supply: Double) -> Double

    /// The reserve that backs a supply: the area under the price curve.
    ///
    /// ```
    /// R(S) = ∫₀^S f(s) ds
    /// ```
    /// - Parameter supply: The token supply `S ≥ 0`.
    /// - Returns: Currency, `R(0) = 0`.
    func reserve(atSupply supply: Double) -> Double

    /// The supply that a reserve backs: the inverse of `reserve(atSupply:)`.
    ///
    /// ```
    /// R⁻¹(y)
    /// ```
    /// - Parameter reserve: Currency `y ≥ 0`.
    /// - Returns: Tokens, `R⁻¹(0) = 0`.
    func supply(forReserve reserve: Double) -> Double

    /// The currency needed to mint tokens.
    ///
    /// ```
    /// R(s + q) − R(s)
    /// ```
    /// - Parameters:
    ///   - tokens: Tokens to mint, `q ≥ 0`.
    ///   - supply: The supply before minting, `s ≥ 0`.
    /// - Returns: Currency, exactly `0` for `q = 0`.
    func costToMint(_ tokens: Double, atSupply supply: Double) -> Double

    /// The currency refunded for burning tokens.
    ///
    /// ```
    /// R(s) − R(s − q)
    /// ```
    /// - Parameters:
    ///   - tokens: Tokens to burn, `0 ≤ q ≤ s`.
    ///   - supply: The supply before burning, `s`.
    /// - Returns: Currency, exactly `0` for `q = 0`.
    func refundForBurn(_ tokens: Double, atSupply supply: Double) -> Double

    /// The tokens minted for a deposit.
    ///
    /// ```
    /// R⁻¹(R(s) + d) − s
    /// ```
    /// - Parameters:
    ///   - deposit: Currency deposited into the reserve, `d ≥ 0`.
    ///   - supply: The supply before minting, `s ≥ 0`.
    /// - Returns: Tokens, exactly `0` for `d = 0`.
    func tokensMinted(forDeposit deposit: Double, atSupply supply: Double) -> Double

    // MARK: Lanes

    /// The spot price at a supply, on every lane.
    ///
    /// ```
    /// f(S)
    /// ```
    /// - Parameter supply: The supply of each lane, `S ≥ 0`.
    /// - Returns: The price of each lane.
    func price<V: LaneVector>(atSupply supply: V) -> V

    /// The tokens minted for a deposit on every lane, carrying the price.
    ///
    /// ```
    /// Δ = R⁻¹(R(s) + d) − s      returned
    /// price ← f(s + Δ)
    /// ```
    /// The kernel knows the price at the start of a step, but the supply
    /// moves after every order; carrying the price through the trade lets
    /// the curves that can use it save transcendental calls (the exponential
    /// curve mints with one `log1p` instead of an `exp` and a `log1p`), and
    /// gives the price after the trade without another evaluation of `f`.
    /// Each curve's documentation says whether it reads the incoming price.
    ///
    /// A lane with `d = 0` returns exactly `0` and leaves its price
    /// unchanged bit for bit (the kernel pads lanes with zero orders).
    /// Call `price(atSupply:)` at the start of each step to stop rounding
    /// drift between the carried price and the supply.
    ///
    /// - Parameters:
    ///   - deposit: Currency deposited on each lane, `d ≥ 0`.
    ///   - supply: The supply before minting, `s ≥ 0`.
    ///   - price: On entry `f(s)`; on return `f(s + Δ)`.
    /// - Returns: The tokens minted on each lane.
    func tokensMinted<V: LaneVector>(forDeposit deposit: V, atSupply supply: V, price: inout V) -> V

    /// The currency refunded for burning tokens on every lane, carrying the
    /// price.
    ///
    /// ```
    /// R(s) − R(s − q)      returned
    /// price ← f(s − q)
    /// ```
    /// A lane with `q = 0` returns exactly `0` and leaves its price
    /// unchanged bit for bit. See
    /// `tokensMinted(forDeposit:atSupply:price:)` for why the price is
    /// carried.
    ///
    /// - Parameters:
    ///   - tokens: Tokens burned on each lane, `0 ≤ q ≤ s`.
    ///   - supply: The supply before burning, `s`.
    ///   - price: On entry `f(s)`; on return `f(s − q)`.
    /// - Returns: The currency refunded on each lane.
    func refundForBurn<V: LaneVector>(_ tokens: V, atSupply supply: V, price: inout V) -> V

    /// The tokens minted for a deposit on every lane.
    ///
    /// ```
    /// R⁻¹(R(s) + d) − s
    /// ```
    /// The default evaluates the price and calls
    /// `tokensMinted(forDeposit:atSupply:price:)`.
    ///
    /// - Parameters:
    ///   - deposit: Currency deposited on each lane, `d ≥ 0`.
    ///   - supply: The supply before minting, `s ≥ 0`.
    /// - Returns: The tokens minted on each lane, exactly `0` where `d = 0`.
    func tokensMinted<V: LaneVector>(forDeposit deposit: V, atSupply supply: V) -> V

    /// The currency refunded for burning tokens on every lane.
    ///
    /// ```
    /// R(s) − R(s − q)
    /// ```
    /// The default evaluates the price and calls
    /// `refundForBurn(_:atSupply:price:)`.
    ///
    /// - Parameters:
    ///   - tokens: Tokens burned on each lane, `0 ≤ q ≤ s`.
    ///   - supply: The supply before burning, `s`.
    /// - Returns: The currency refunded on each lane, exactly `0` where `q = 0`.
    func refundForBurn<V: LaneVector>(_ tokens: V, atSupply supply: V) -> V

    /// The position of every lane at a supply whose price is known: the
    /// price and the quantity the curve carries besides it
    /// (`CurvePosition`).
    ///
    /// ```
    /// (f(s), c(s))
    /// ```
    /// The default carries nothing (`c = 0`).
    ///
    /// - Parameters:
    ///   - supply: The supply of each lane, `s ≥ 0`.
    ///   - price: `f(s)` on each lane.
    /// - Returns: The position at `s`.
    func position<V: LaneVector>(atSupply supply: V, price: V) -> CurvePosition<V>

    /// One order on every lane — a buy, a sell or nothing — carrying the
    /// position.
    ///
    /// ```
    /// minted = R⁻¹(R(s) + d) − s        (buy lanes, d > 0, q = 0)
    /// refund = R(s) − R(s − q)          (sell lanes, q > 0, d = 0)
    /// position ← (f(s'), c(s')),  s' = s + minted − q
    /// ```
    /// On each lane at most one of `d` and `q` is non-zero. The default mints
    /// then burns with the carried price; curves whose buy and sell share the
    /// shape of their transcendental calls (the power and sigmoid curves:
    /// `expm1(c·log1p(z))` and `log1p(m·expm1(a))`) evaluate both sides with
    /// one call each, choosing the arguments per lane, and work from what
    /// they carry. A lane with neither keeps its position bit for bit, and a
    /// lane's result never depends on the other lanes.
    ///
    /// - Parameters:
    ///   - deposit: Currency deposited on each lane, `d ≥ 0`.
    ///   - burn: Tokens burned on each lane, `0 ≤ q ≤ s`.
    ///   - supply: The supply before the order, `s ≥ 0`.
    ///   - position: On entry the position at `s` (from
    ///     `position(atSupply:price:)` or the previous trade); on return
    ///     the position after the order.
    /// - Returns: Tokens minted and currency refunded, exactly `0` on lanes
    ///   without a buy or a sell.
    func trade<V: LaneVector>(deposit: V, burn: V, atSupply supply: V, position: inout CurvePosition<V>) -> (minted: V, refund: V)
}

extension BondingCurve {
    /// Carries nothing besides the price.
    @inlinable @inline(__always)
    public func position<V: LaneVector>(atSupply supply: V, price: V) -> CurvePosition<V> {
        CurvePosition(price: price, carried: V())
    }

    /// One order on every lane: mints, then burns from the supply after the
    /// mint (the same supply on sell lanes, whose deposit is zero), with the
    /// carried price.
    @inlinable @inline(__always)
    public func trade<V: LaneVector>(deposit: V, burn: V, atSupply supply: V, position: inout CurvePosition<V>) -> (minted: V, refund: V) {
        let minted = tokensMinted(forDeposit: deposit, atSupply: supply, price: &position.price)
        let refund = refundForBurn(burn, atSupply: supply + minted, price: &position.price)
        return (minted, refund)
    }
}

extension BondingCurve {
    /// The tokens minted for a deposit on every lane: evaluates the price,
    /// then mints with it carried.
    ///
    /// ```
    /// R⁻¹(R(s) + d) − s
    /// ```
    /// - Parameters:
    ///   - deposit: Currency deposited on each lane, `d ≥ 0`.
    ///   - supply: The supply before minting, `s ≥ 0`.
    /// - Returns: The tokens minted on each lane, exactly `0` where `d = 0`.
    @inlinable
    public func tokensMinted<V: LaneVector>(forDeposit deposit: V, atSupply supply: V) -> V {
        var carried = price(atSupply: supply)
        return tokensMinted(forDeposit: deposit, atSupply: supply, price: &carried)
    }

    /// The currency refunded for burning tokens on every lane: evaluates the
    /// price, then burns with it carried.
    ///
    /// ```
    /// R(s) − R(s − q)
    /// ```
    /// - Parameters:
    ///   - tokens: Tokens burned on each lane, `0 ≤ q ≤ s`.
    ///   - supply: The supply before burning, `s`.
    /// - Returns: The currency refunded on each lane, exactly `0` where `q = 0`.
    @inlinable
    public func refundForBurn<V: LaneVector>(_ tokens: V, atSupply supply: V) -> V {
        var carried = price(atSupply: supply)
        return refundForBurn(tokens, atSupply: supply, price: &carried)
    }
}
