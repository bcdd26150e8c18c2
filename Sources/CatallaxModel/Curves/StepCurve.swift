import CatallaxNumerics

/// A bonding curve whose price rises in equal steps: a fixed price per
/// tranche of tokens.
///
/// ```
/// f(S)   = b·(1 + j),   j = ⌊S/c⌋
/// R(S)   = b·c·j(j+1)/2 + b·(j + 1)·(S − j·c) = f(S)·(S − j·c + j·c/2)
/// R⁻¹(y) = the mint of y from an empty curve
/// ```
/// `b` is `basePrice` (the price of the first step, `b > 0`), `c` is
/// `stepWidth` (tokens per step, `c > 0`). The price is right-continuous
/// (`f(j·c) = b·(j + 1)`); the reserve is continuous and piecewise linear,
/// so every trade is a sum of rectangles, exact to rounding:
/// ```
/// inside one step        P·q, d/P
/// across n whole steps   b·c·Σ prices, n from a rationalized quadratic root
/// ```
/// `S/c` must stay below `2⁵²` so that the step index is an exact integer.
///
/// See `docs/StepCurve.md`.
public struct StepCurve: BondingCurve, Equatable {
    /// The price of the first step, `b > 0` (currency per token).
    public let basePrice: Double
    /// Tokens per step, `c > 0`.
    public let stepWidth: Double
    /// `b·c`: the price rise times the width, the currency of one step per unit of price index.
    @usableFromInline internal let _stepValue: Double

    /// Creates a step curve `f(S) = basePrice·(1 + ⌊S/stepWidth⌋)`.
    ///
    /// ```
    /// f(S) = b·(1 + ⌊S/c⌋),   b > 0, c > 0, both finite
    /// ```
    /// - Parameters:
    ///   - basePrice: `b`, the price of the first step and the rise at each step.
    ///   - stepWidth: `c`, the tokens in each step.
    /// - Throws: `CurveError.invalidParameter` if a parameter is not a
    ///   finite positive number or `b·c` overflows.
    public init(basePrice: Double, stepWidth: Double) throws(CurveError) {
        let name = "StepCurve"
        try CurveError.check(basePrice.isFinite && basePrice > 0, name, "basePrice", basePrice, "a finite number > 0")
        try CurveError.check(stepWidth.isFinite && stepWidth > 0, name, "stepWidth", stepWidth, "a finite number > 0")
        try CurveError.check((basePrice * stepWidth).isNormal, name, "basePrice·stepWidth", basePrice * stepWidth,
                             "a normal number (the currency of one step)")
        self.basePrice = basePrice
        self.stepWidth = stepWidth
        self._stepValue = basePrice * stepWidth
    }

    // MARK: Scalar

    /// The step of a supply and the part of the step below it.
    ///
    /// ```
    /// j = ⌊x/c⌋,   a = x − j·c ∈ [0, c]
    /// ```
    /// `a` by one fused multiply-add; where the rounding of `x/c` put `j` one
    /// off (`a < 0` or `a ≥ c`), `j` is corrected and `a` formed again, so
    /// price and reserve agree on the step.
    @inlinable
    func _segment(_ x: Double) -> (index: Double, offset: Double) {
        var j = (x / stepWidth).rounded(.down)
        let a = x.addingProduct(-j, stepWidth)
        if a < 0 { j -= 1 } else if a >= stepWidth { j += 1 } else { return (j, a) }
        return (j, x.addingProduct(-j, stepWidth))
    }

    /// The tokens bought by filling the rest of step `j` (`room` tokens) and
    /// spending `rest` currency from the start of step `j + 1`: `n` whole
    /// steps and a part of the next.
    ///
    /// ```
    /// n = largest with b·c·(n(j+2) + n(n−1)/2) ≤ rest
    ///   = ⌊2t/(A + √(A² + 2t))⌋,   t = rest/(b·c),   A = j + 3/2
    /// tokens = room + n·c + (rest − b·c·(n(j+2) + n(n−1)/2))/(b·(j + 2 + n))
    /// ```
    /// Summed in the lane form's order, so scalar and lanes agree bit for bit.
    @inlinable
    func _tokensAcrossSteps(from j: Double, room: Double, buying rest: Double) -> Double {
        let t = rest / _stepValue
        let center = j + 1.5
        var n = (2 * t / (center + (2 * t).addingProduct(center, center).squareRoot())).rounded(.down)
        var left = rest - _stepValue * (n * (j + 2) + n * (n - 1) / 2)
        if left < 0 { n -= 1 } else if left >= _stepValue * (j + 2 + n) { n += 1 }
        left = rest - _stepValue * (n * (j + 2) + n * (n - 1) / 2)
        return room + n * stepWidth + left / (basePrice * (j + 2 + n))
    }

    /// The price of the step the supply is on.
    ///
    /// ```
    /// f(s) = b·(1 + ⌊s/c⌋)
    /// ```
    /// - Parameter supply: `s ≥ 0`.
    /// - Returns: Currency per token.
    @inlinable
    public func price(atSupply supply: Double) -> Double {
        basePrice * (_segment(supply).index + 1)
    }

    /// The reserve: the whole steps below and the part of the current one.
    ///
    /// ```
    /// R(s) = b(j + 1)·(a + j·c/2),   j = ⌊s/c⌋,  a = s − j·c
    /// ```
    /// (`= b·c·j(j+1)/2 + b(j+1)·a`, one product of positive terms.)
    /// - Parameter supply: `s ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func reserve(atSupply supply: Double) -> Double {
        let (j, a) = _segment(supply)
        return basePrice * (j + 1) * a.addingProduct(j, 0.5 * stepWidth)
    }

    /// The supply backed by a reserve: the mint from an empty curve.
    ///
    /// ```
    /// R⁻¹(y) = j·c + (y − b·c·j(j+1)/2)/(b(j + 1))
    /// ```
    /// - Parameter reserve: `y ≥ 0`.
    /// - Returns: Tokens.
    @inlinable
    public func supply(forReserve reserve: Double) -> Double {
        tokensMinted(forDeposit: reserve, atSupply: 0)
    }

    /// The cost of minting `q` tokens: the rest of the current step, whole
    /// steps, and part of the last.
    ///
    /// ```
    /// q ≤ r = c − a:   P·q
    /// else:            P·r + b·c·(n(j+2) + n(n−1)/2) + b(j+2+n)·q₂,   (n, q₂) = steps of q − r
    /// ```
    /// - Parameters:
    ///   - tokens: `q ≥ 0`.
    ///   - supply: `s ≥ 0`.
    /// - Returns: Currency.
    @inlinable
    public func costToMint(_ tokens: Double, atSupply supply: Double) -> Double {
        let (j, a) = _segment(supply)
        let p = basePrice * (j + 1)
        let room = stepWidth - a
        if tokens <= room { return p * tokens }
        let (n, rest) = _segment(tokens - room)
        return p * room + _stepValue * (n * (j + 2) + n * (n - 1) / 2) + basePrice * (j + 2 + n) * rest
    }

    /// The refund for burning `q` tokens: the part of the current step,
    /// whole steps below, and part of the last.
    ///
    /// ```
    /// q ≤ a:   P·q
    /// else:    P·a + b·c·(n·j − n(n−1)/2) + b(j − n)·q₂,   (n, q₂) = steps of q − a
    /// ```
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ s`.
    ///   - supply: `s`.
    /// - Returns: Currency.
    @inlinable
    public func refundForBurn(_ tokens: Double, atSupply supply: Double) -> Double {
        let (j, a) = _segment(supply)
        let p = basePrice * (j + 1)
        if tokens <= a { return p * tokens }
        let (n, rest) = _segment(tokens - a)
        return p * a + _stepValue * (n * j - n * (n - 1) / 2) + basePrice * (j - n) * rest
    }

    /// The tokens minted for a deposit.
    ///
    /// ```
    /// d ≤ P·r:   Δ = d/P                          (r = c − a, the rest of the step)
    /// else:      Δ = r + tokens bought with d − P·r from step j + 1
    /// ```
    /// - Parameters:
    ///   - deposit: `d ≥ 0`.
    ///   - supply: `s ≥ 0`.
    /// - Returns: Tokens.
    @inlinable
    public func tokensMinted(forDeposit deposit: Double, atSupply supply: Double) -> Double {
        let (j, a) = _segment(supply)
        let p = basePrice * (j + 1)
        let room = stepWidth - a
        if deposit <= p * room { return deposit / p }
        return _tokensAcrossSteps(from: j, room: room, buying: deposit - p * room)
    }

    // MARK: Lanes

    /// The step and the part below on every lane (see the scalar `_segment`).
    @inlinable @inline(__always)
    func _segment<V: LaneVector>(_ x: V) -> (index: V, offset: V) {
        let j0 = (x / stepWidth).rounded(.down)
        let a0 = x.addingProduct(-j0, stepWidth)
        let j = j0.replacing(with: j0 - 1, where: a0 .< 0).replacing(with: j0 + 1, where: a0 .>= V(repeating: stepWidth))
        return (j, x.addingProduct(-j, stepWidth))
    }

    /// The currency of `n` whole steps after step `j`, on every lane.
    ///
    /// ```
    /// b·c·(n(j + 2) + n(n − 1)/2)       prices b(j+2), …, b(j+1+n)
    /// ```
    @inlinable @inline(__always)
    func _costOfWholeSteps<V: LaneVector>(_ n: V, after j: V) -> V {
        let count: V = n * (j + 2)
        let triangle: V = n * (n - 1) / 2
        return _stepValue * (count + triangle)
    }

    /// The price of each lane's step.
    ///
    /// ```
    /// f(s) = b·(1 + ⌊s/c⌋)
    /// ```
    /// - Parameter supply: `s ≥ 0` on each lane.
    /// - Returns: The price of each lane.
    @inlinable @inline(__always)
    public func price<V: LaneVector>(atSupply supply: V) -> V {
        basePrice * (_segment(supply).index + 1)
    }

    /// The tokens minted on every lane; one `sqrt`, no transcendental call.
    ///
    /// ```
    /// d ≤ P·r:   Δ = d/P
    /// else:      Δ = r + n·c + (d₁ − b·c·(n(j+2) + n(n−1)/2))/(b(j+2+n)),   d₁ = d − P·r
    /// price ← f(s + Δ)
    /// ```
    /// Both cases are evaluated and selected per lane. Does not read the
    /// incoming price (the step is located by the supply).
    /// - Parameters:
    ///   - deposit: `d ≥ 0` on each lane.
    ///   - supply: `s ≥ 0` on each lane.
    ///   - price: On return `f(s + Δ)`; unchanged where `d = 0`.
    /// - Returns: The tokens minted, exactly `0` where `d = 0`.
    @inlinable @inline(__always)
    public func tokensMinted<V: LaneVector>(forDeposit deposit: V, atSupply supply: V, price: inout V) -> V {
        let (j, a) = _segment(supply)
        let p = basePrice * (j + 1)
        let room = stepWidth - a
        let inside = deposit .<= p * room
        let rest = V.maximum(deposit - p * room, V())
        // n whole steps after this one: the rationalized root, corrected by one.
        let t: V = rest / _stepValue
        let center: V = j + 1.5
        let root: V = (2 * t).addingProduct(center, center).squareRoot()
        let guess: V = (2 * t / (center + root)).rounded(.down)
        let left0: V = rest - _costOfWholeSteps(guess, after: j)
        let next: V = _stepValue * (j + 2 + guess)
        let n: V = guess.replacing(with: guess - 1, where: left0 .< 0).replacing(with: guess + 1, where: left0 .>= next)
        let left: V = rest - _costOfWholeSteps(n, after: j)
        let lastPrice: V = basePrice * (j + 2 + n)
        let across: V = room + n * stepWidth + left / lastPrice
        let zero = deposit .== 0
        let minted = across.replacing(with: deposit / p, where: inside).replacing(with: 0, where: zero)
        price = self.price(atSupply: supply + minted).replacing(with: price, where: zero)
        return minted
    }

    /// The refund for burning tokens on every lane; no transcendental call.
    ///
    /// ```
    /// q ≤ a:   P·q
    /// else:    P·a + b·c·(n·j − n(n−1)/2) + b(j − n)·q₂,   (n, q₂) = steps of q − a
    /// price ← f(s − q)
    /// ```
    /// Does not read the incoming price.
    /// - Parameters:
    ///   - tokens: `0 ≤ q ≤ s` on each lane.
    ///   - supply: `s` on each lane.
    ///   - price: On return `f(s − q)`; unchanged where `q = 0`.
    /// - Returns: The refund, exactly `0` where `q = 0`.
    @inlinable @inline(__always)
    public func refundForBurn<V: LaneVector>(_ tokens: V, atSupply supply: V, price: inout V) -> V {
        let (j, a) = _segment(supply)
        let p = basePrice * (j + 1)
        let (n, rest) = _segment(V.maximum(tokens - a, V()))
        let below: V = n * j - n * (n - 1) / 2
        let lastPrice: V = basePrice * (j - n)
        let across: V = p * a + _stepValue * below + lastPrice * rest
        let zero = tokens .== 0
        let refund = across.replacing(with: p * tokens, where: tokens .<= a).replacing(with: 0, where: zero)
        price = self.price(atSupply: supply - tokens).replacing(with: price, where: zero)
        return refund
    }
}
