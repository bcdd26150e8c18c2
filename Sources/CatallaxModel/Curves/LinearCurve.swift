import CatallaxNumerics

/// A bonding curve whose price rises linearly with supply.
///
/// ```
/// f(S)   = m·S + b
/// R(S)   = S·(b + m·S/2)
/// R⁻¹(y) = 2y / (b + √(b² + 2m·y))
/// ```
/// `m` is `slope` (currency per token², `m ≥ 0`), `b` is `basePrice`
/// (currency per token, `b ≥ 0`), and `m + b > 0`. `m = 0` is a constant
/// price; `b = 0` is the classic `f = m·S`.
///
/// Trades use the rationalized root `2d / (P + √(P² + 2m·d))`, which never
/// subtracts nearly equal numbers, instead of
/// `(−P + √(P² + 2m·d)) / m`, which loses every digit for small `m·d/P²`.
/// Prices must stay below about `1e150` so that `P²` does not overflow.
///
/// See `docs/LinearCurve.md`.
public struct LinearCurve: BondingCurve, Equatable {
    /// The price increase per token, `m ≥ 0` (currency per token²).
    public let slope: Double
    /// The price at zero supply, `b ≥ 0` (currency per token).
    public let basePrice: Double

    /// Creates a linear curve `f(S) = slope·S + basePrice`.
    ///
    /// ```
    /// f(S) = m·S + b,   m ≥ 0, b ≥ 0, m + b > 0, both finite
    /// ```
    /// - Parameters:
    ///   - slope: `m`, the price increase per token.
    ///   - basePrice: `b`, the price at zero supply.
    /// - Throws: `CurveError.invalidParameter` if a parameter is negative or
    ///   not finite, or if both are zero (the price would be zero
    ///   everywhere and the reserve not invertible).
    public init(slope: Double, basePrice: Double) throws(CurveError) {
        let name = "LinearCurve"
        try CurveError.check(slope.isFinite && slope >= 0, name, "slope", slope, "a finite number ≥ 0")
        try CurveError.check(
            basePrice.isFinite && basePrice >= 0, name, "basePrice", basePrice, "a finite number ≥ 0")
        try CurveError.check(
            slope + basePrice > 0, name, "slope + basePrice", slope + basePrice,
            "> 0 (a curve whose price is zero everywhere backs no token)")
        self.slope = slope
        self.basePrice = basePrice
    }

    // MARK: Scalar

    /// The price `m·s + b`, with one rounding (fused multiply-add).
    ///
    /// ```
    /// f(s) = m·s + b
    /// ```
    /// - Parameter supply: `s ≥ 0`.
    /// - Returns: Currency per token.
    @inlinable
    public func price(atSupply supply: Double) -> Double {
        basePrice.addingProduct(slope, supply)
    }

    /// The reserve `s·(b + m·s/2)`.
    ///
    /// ```
    /// R(s) = m·s²/2 + b·s = s·(b + (m/2)·s)
    /// ```
    /// - Parameter supply: `s ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func reserve(atSupply supply: Double) -> Double {
        supply * basePrice.addingProduct(0.5 * slope, supply)
    }

    /// The supply backed by a reserve, by the rationalized quadratic root.
    ///
    /// ```
    /// R⁻¹(y) = 2y / (b + √(b² + 2m·y))
    /// ```
    /// The textbook root `(−b + √(b² + 2m·y))/m` cancels when `m·y ≪ b²`
    /// and divides by zero at `m = 0`; this form does neither.
    /// - Parameter reserve: `y ≥ 0`.
    /// - Returns: Tokens.
    @inlinable
    public func supply(forReserve reserve: Double) -> Double {
        tokensMinted(forDeposit: reserve, atSupply: 0)
    }

    /// The cost of minting `q` tokens at supply `s`.
    ///
    /// ```
    /// R(s + q) − R(s) = q·(P + m·q/2),   P = f(s)
    /// ```
    /// Factored so no two reserves are subtracted.
    /// - Parameters:
    ///   - tokens: `q ≥ 0`.
    ///   - supply: `s ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func costToMint(_ tokens: Double, atSupply supply: Double) -> Double {
        tokens * price(atSupply: supply).addingProduct(0.5 * slope, tokens)
    }

    /// The refund for burning `q` tokens at supply `s`.
    ///
    /// ```
    /// R(s) − R(s − q) = q·(P − m·q/2),   P = f(s)
    /// ```
    /// `P − m·q/2 = f(s − q/2) ≥ 0` for `q ≤ s`, so the factor never cancels
    /// badly.
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ s`.
    ///   - supply: `s`.
    /// - Returns: Currency.
    @inlinable
    public func refundForBurn(_ tokens: Double, atSupply supply: Double) -> Double {
        tokens * price(atSupply: supply).addingProduct(-0.5 * slope, tokens)
    }

    /// The tokens minted for a deposit, by the rationalized quadratic root.
    ///
    /// ```
    /// m·Δ²/2 + P·Δ = d   ⇒   Δ = 2d / (P + √(P² + 2m·d)),   P = f(s)
    /// ```
    /// - Parameters:
    ///   - deposit: `d ≥ 0`.
    ///   - supply: `s ≥ 0`.
    /// - Returns: Tokens, exactly `0` for `d = 0` (also where `P = 0`).
    @inlinable
    public func tokensMinted(forDeposit deposit: Double, atSupply supply: Double) -> Double {
        if deposit == 0 { return 0 }
        let p = price(atSupply: supply)
        let root = (p * p).addingProduct(2 * slope, deposit).squareRoot()
        return 2 * deposit / (p + root)
    }

    // MARK: Lanes

    /// The price `m·s + b` on every lane, with one rounding.
    ///
    /// ```
    /// f(s) = m·s + b
    /// ```
    /// - Parameter supply: `s ≥ 0` on each lane.
    /// - Returns: The price of each lane.
    @inlinable @inline(__always)
    public func price<V: LaneVector>(atSupply supply: V) -> V {
        V(repeating: basePrice).addingProduct(slope, supply)
    }

    /// The tokens minted for a deposit on every lane; no transcendental call.
    ///
    /// ```
    /// P  = price (carried: f(s) to rounding)
    /// P' = √(P² + 2m·d)                 (R(s') = R(s) + d with R = (P² − b²)/2m)
    /// Δ  = 2d / (P + P')                (= (P' − P)/m without its cancellation)
    /// price ← P'
    /// ```
    /// The price is carried rather than recomputed from the supply: from
    /// order to order only `P → P² + 2m·d → √` depends on the order before,
    /// where `P = m·s + b` would put the whole mint (and its division) on
    /// that chain. Callers restart it from `f(s)` every step, so it stays
    /// within a few ulps of `f(s)`.
    /// - Parameters:
    ///   - deposit: `d ≥ 0` on each lane.
    ///   - supply: `s ≥ 0` on each lane (not read: the price stands for it).
    ///   - price: `f(s)` on each lane; on return `f(s + Δ)`, unchanged where `d = 0`.
    /// - Returns: The tokens minted, exactly `0` where `d = 0`.
    @inlinable @inline(__always)
    public func tokensMinted<V: LaneVector>(forDeposit deposit: V, atSupply supply: V, price: inout V) -> V {
        let p = price
        let root = (p * p).addingProduct(2 * slope, deposit).squareRoot()
        let zero = deposit .== 0
        // P = 0 and d = 0 (b = 0, s = 0) would give 0/0; the mask settles it.
        let minted = (2 * deposit / (p + root)).replacing(with: 0, where: zero)
        price = root.replacing(with: p, where: zero)
        return minted
    }

    /// The refund for burning tokens on every lane; no transcendental call.
    ///
    /// ```
    /// P = price (carried: f(s) to rounding)
    /// refund = q·(P − m·q/2)
    /// price ← P − m·q
    /// ```
    /// (See `tokensMinted(forDeposit:atSupply:price:)` for why the price is carried.)
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ s` on each lane.
    ///   - supply: `s` on each lane (not read: the price stands for it).
    ///   - price: `f(s)` on each lane; on return `f(s − q)`, unchanged where `q = 0`.
    /// - Returns: The refund, exactly `0` where `q = 0`.
    @inlinable @inline(__always)
    public func refundForBurn<V: LaneVector>(_ tokens: V, atSupply supply: V, price: inout V) -> V {
        let p = price
        let zero = tokens .== 0
        let refund = (tokens * p.addingProduct(-0.5 * slope, tokens)).replacing(with: 0, where: zero)
        price = p.addingProduct(-slope, tokens).replacing(with: p, where: zero)
        return refund
    }
}
