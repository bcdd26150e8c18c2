#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CatallaxNumerics

/// A bonding curve that is linear up to a breakpoint and exponential after
/// it, continuous at the joint.
///
/// ```
/// f(S) = m·S + b                 S ≤ S₁
///      = f₁·e^{k(S − S₁)}        S > S₁,   f₁ = m·S₁ + b
/// R(S) = S·(b + m·S/2)           S ≤ S₁
///      = R₁ + (f₁/k)·expm1(k(S − S₁))    S > S₁,   R₁ = R(S₁)
/// ```
/// `m` is `slope` (`≥ 0`), `b` is `basePrice` (`≥ 0`, `m + b > 0`), `S₁` is
/// `breakpoint` (`> 0`), `k` is `growthRate` (`> 0`).
///
/// Each side is the sibling curve's stable form (`LinearCurve`,
/// `ExponentialCurve` on `S − S₁`); a trade across the joint is split at
/// `S₁` exactly: the part on the line costs the trapezoid
/// `C = (S₁ − s)·(f(s) + f₁)/2`, the rest is the exponential part's trade from
/// the joint. Only the leftover `d − C` is a difference, and its absolute
/// error `ε·d` moves the result by at most `ε·Δ`.
///
/// See `docs/SegmentedCurve.md`.
public struct SegmentedCurve: BondingCurve, Equatable {
    /// The linear part, `m·S + b` on `[0, S₁]`.
    public let line: LinearCurve
    /// The exponential part on `S − S₁`: `f₁·e^{k·x}`, `x = S − S₁ ≥ 0`.
    public let tail: ExponentialCurve
    /// `S₁`, the supply where the line ends.
    public let breakpoint: Double
    /// `f₁ = f(S₁)`.
    @usableFromInline internal let _jointPrice: Double
    /// `R₁ = R(S₁)`.
    @usableFromInline internal let _jointReserve: Double

    /// The slope `m` of the linear part.
    public var slope: Double { line.slope }
    /// The intercept `b` of the linear part.
    public var basePrice: Double { line.basePrice }
    /// The growth rate `k` of the exponential part.
    public var growthRate: Double { tail.growthRate }

    /// Creates a segmented curve: `slope·S + basePrice` up to `breakpoint`,
    /// then exponential at `growthRate`, continuous at the joint.
    ///
    /// ```
    /// m ≥ 0, b ≥ 0, m + b > 0, S₁ > 0, k > 0, all finite
    /// ```
    /// - Parameters:
    ///   - slope: `m`.
    ///   - basePrice: `b`, the price at zero supply.
    ///   - breakpoint: `S₁`.
    ///   - growthRate: `k`.
    /// - Throws: `CurveError.invalidParameter` naming the parameter (or
    ///   combination) outside its domain.
    public init(slope: Double, basePrice: Double, breakpoint: Double, growthRate: Double) throws(CurveError) {
        let name = "SegmentedCurve"
        line = try LinearCurve(slope: slope, basePrice: basePrice)
        try CurveError.check(breakpoint.isFinite && breakpoint > 0, name, "breakpoint", breakpoint, "a finite number > 0")
        let jointPrice = line.price(atSupply: breakpoint)
        try CurveError.check(jointPrice.isNormal, name, "slope·breakpoint + basePrice", jointPrice,
                             "a finite, normal price at the joint")
        tail = try ExponentialCurve(basePrice: jointPrice, growthRate: growthRate)
        self.breakpoint = breakpoint
        _jointPrice = jointPrice
        _jointReserve = line.reserve(atSupply: breakpoint)
    }

    // MARK: Scalar

    /// The price.
    ///
    /// ```
    /// f(s) = m·s + b  (s ≤ S₁),   exp(ln f₁ + k·(s − S₁))  (s > S₁)
    /// ```
    /// - Parameter supply: `s ≥ 0`.
    /// - Returns: Currency per token.
    @inlinable
    public func price(atSupply supply: Double) -> Double {
        supply <= breakpoint ? line.price(atSupply: supply) : tail.price(atSupply: supply - breakpoint)
    }

    /// The reserve.
    ///
    /// ```
    /// R(s) = s·(b + m·s/2)  (s ≤ S₁),   R₁ + R_tail(s − S₁)  (s > S₁)
    /// ```
    /// - Parameter supply: `s ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func reserve(atSupply supply: Double) -> Double {
        supply <= breakpoint ? line.reserve(atSupply: supply) : _jointReserve + tail.reserve(atSupply: supply - breakpoint)
    }

    /// The supply backed by a reserve.
    ///
    /// ```
    /// R⁻¹(y) = 2y/(b + √(b² + 2m·y))  (y ≤ R₁),   S₁ + log1p(k(y − R₁)/f₁)/k  (y > R₁)
    /// ```
    /// - Parameter reserve: `y ≥ 0`.
    /// - Returns: Tokens.
    @inlinable
    public func supply(forReserve reserve: Double) -> Double {
        tokensMinted(forDeposit: reserve, atSupply: 0)
    }

    /// The cost of minting `q` tokens, split at the joint.
    ///
    /// ```
    /// s ≥ S₁:          cost_tail(q at s − S₁)
    /// s + q ≤ S₁:      q·(P + m·q/2)
    /// across:          cost_line(S₁ − s at s) + cost_tail(q − (S₁ − s) at 0)
    /// ```
    /// - Parameters:
    ///   - tokens: `q ≥ 0`.
    ///   - supply: `s ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func costToMint(_ tokens: Double, atSupply supply: Double) -> Double {
        if supply >= breakpoint { return tail.costToMint(tokens, atSupply: supply - breakpoint) }
        let room = breakpoint - supply
        if tokens <= room { return line.costToMint(tokens, atSupply: supply) }
        return line.costToMint(room, atSupply: supply) + tail.costToMint(tokens - room, atSupply: 0)
    }

    /// The refund for burning `q` tokens, split at the joint.
    ///
    /// ```
    /// s ≤ S₁:          q·(P − m·q/2)
    /// q ≤ e = s − S₁:  −(P/k)·expm1(−k·q)
    /// across:          refund_tail(e at e) + refund_line(q − e at S₁)
    /// ```
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ s`.
    ///   - supply: `s`.
    /// - Returns: Currency.
    @inlinable
    public func refundForBurn(_ tokens: Double, atSupply supply: Double) -> Double {
        if supply <= breakpoint { return line.refundForBurn(tokens, atSupply: supply) }
        let excess = supply - breakpoint
        if tokens <= excess { return tail.refundForBurn(tokens, atSupply: excess) }
        return tail.refundForBurn(excess, atSupply: excess) + line.refundForBurn(tokens - excess, atSupply: breakpoint)
    }

    /// The tokens minted for a deposit, split at the joint.
    ///
    /// ```
    /// s ≥ S₁:    log1p(k·d/P)/k
    /// d ≤ C:     2d/(P + √(P² + 2m·d)),     C = cost to reach S₁
    /// across:    (S₁ − s) + log1p(k(d − C)/f₁)/k
    /// ```
    /// - Parameters:
    ///   - deposit: `d ≥ 0`.
    ///   - supply: `s ≥ 0`.
    /// - Returns: Tokens.
    @inlinable
    public func tokensMinted(forDeposit deposit: Double, atSupply supply: Double) -> Double {
        if supply >= breakpoint { return tail.tokensMinted(forDeposit: deposit, atSupply: supply - breakpoint) }
        let room = breakpoint - supply
        let toJoint = line.costToMint(room, atSupply: supply)
        if deposit <= toJoint { return line.tokensMinted(forDeposit: deposit, atSupply: supply) }
        return room + tail.tokensMinted(forDeposit: deposit - toJoint, atSupply: 0)
    }

    // MARK: Lanes

    /// The price on every lane; the `exp` only where some lane is past the joint.
    ///
    /// ```
    /// f(s) = m·s + b  (s ≤ S₁),   exp(ln f₁ + k·(s − S₁))  (s > S₁)
    /// ```
    /// - Parameter supply: `s ≥ 0` on each lane.
    /// - Returns: The price of each lane.
    @inlinable @inline(__always)
    public func price<V: LaneVector>(atSupply supply: V) -> V {
        let onLine = supply .<= V(repeating: breakpoint)
        var p = line.price(atSupply: supply)
        if V.anyLane(.!onLine) {
            p.replace(with: tail.price(atSupply: supply - breakpoint), where: .!onLine)
        }
        return p
    }

    /// The tokens minted on every lane from the carried price: one `sqrt`,
    /// one `log1p`.
    ///
    /// ```
    /// r = max(S₁ − s, 0),   C = r·(P + m·r/2)                (to the joint; 0 past it)
    /// d ≤ C:   Δ = 2d/(P + √(P² + 2m·d))                     price ← √(P² + 2m·d)
    /// else:    B = f₁ if s < S₁ else P,   d₂ = d − C
    ///          Δ = r + log1p(k·d₂/B)/k                      price ← B + k·d₂
    /// ```
    /// Both new prices are exact identities (`f² = P² + 2m·d` on the line,
    /// `B·e^{kΔ₂} = B + k·d₂` past the joint). Reads the incoming price
    /// (must be `f(s)`).
    /// - Parameters:
    ///   - deposit: `d ≥ 0` on each lane.
    ///   - supply: `s ≥ 0` on each lane.
    ///   - price: On entry `f(s)`; on return `f(s + Δ)`; unchanged where `d = 0`.
    /// - Returns: The tokens minted, exactly `0` where `d = 0`.
    @inlinable @inline(__always)
    public func tokensMinted<V: LaneVector>(forDeposit deposit: V, atSupply supply: V, price: inout V) -> V {
        let p = price
        let room = V.maximum(breakpoint - supply, V())
        let toJoint = room * p.addingProduct(0.5 * line.slope, room)
        let onLine = deposit .<= toJoint
        let root = (p * p).addingProduct(2 * line.slope, deposit).squareRoot()
        let lineMinted = 2 * deposit / (p + root)
        let base = p.replacing(with: _jointPrice, where: room .> 0)
        let beyond = V.maximum(deposit - toJoint, V())
        let tailMinted = room + LaneMath.log1p(tail.growthRate * beyond / base) * (1 / tail.growthRate)
        let zero = deposit .== 0
        let minted = tailMinted.replacing(with: lineMinted, where: onLine).replacing(with: 0, where: zero)
        price = base.addingProduct(tail.growthRate, beyond).replacing(with: root, where: onLine).replacing(with: p, where: zero)
        return minted
    }

    /// The refund for burning tokens on every lane from the carried price:
    /// one `expm1` (and an `exp` where some lane burns more than `ln 2/k`
    /// past the joint).
    ///
    /// ```
    /// e = max(s − S₁, 0),   q_E = min(q, e),   q_L = q − q_E,   y = expm1(−k·q_E)
    /// refund = −(P/k)·y + q_L·(P_L − m·q_L/2),   P_L = f₁ if s > S₁ else P
    /// price ← P_L − m·q_L            (ends on the line)
    ///         P·(1 + y)              (stays past the joint, y ≥ −½)
    ///         exp(ln f₁ + k(s − q − S₁))   (elsewhere)
    /// ```
    /// Reads the incoming price (must be `f(s)`).
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ s` on each lane.
    ///   - supply: `s` on each lane.
    ///   - price: On entry `f(s)`; on return `f(s − q)`; unchanged where `q = 0`.
    /// - Returns: The refund, exactly `0` where `q = 0`.
    @inlinable @inline(__always)
    public func refundForBurn<V: LaneVector>(_ tokens: V, atSupply supply: V, price: inout V) -> V {
        let p = price
        let excess = V.maximum(supply - breakpoint, V())
        let tailTokens = V.minimum(tokens, excess)
        let lineTokens = tokens - tailTokens
        let y = LaneMath.expm1(-tail.growthRate * tailTokens)
        let lineStart = p.replacing(with: _jointPrice, where: excess .> 0)
        let refund = p * (-y * (1 / tail.growthRate)) + lineTokens * lineStart.addingProduct(-0.5 * line.slope, lineTokens)
        let staysPast = lineTokens .== 0
        var after = lineStart.addingProduct(-line.slope, lineTokens).replacing(with: p.addingProduct(p, y), where: staysPast)
        let large = staysPast .& (y .< -0.5)
        if _slowPath(V.anyLane(large)) {
            after.replace(with: tail.price(atSupply: supply - tokens - breakpoint), where: large)
        }
        let zero = tokens .== 0
        price = after.replacing(with: p, where: zero)
        return refund.replacing(with: 0, where: zero)
    }
}
