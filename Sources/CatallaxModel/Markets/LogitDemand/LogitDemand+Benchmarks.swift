import CatallaxNumerics

extension LogitDemand {
    /// `p_N`, the symmetric one-shot Bertrand–Nash price of `firms` firms:
    /// the root of the first-order condition `∂π_i/∂p_i = 0`,
    ///
    /// ```
    /// p − c = μ/(1 − q(p)),     since ∂q_i/∂p_i = −q_i(1 − q_i)/μ
    /// ```
    /// solved by ``bisectedRoot(_:)``. With `x = (p − a + a₀)/μ`,
    /// `μ/(1 − q) = μ(n + eˣ)/(n − 1 + eˣ)`, evaluated as
    /// `μ(n·e⁻ˣ + 1)/((n − 1)·e⁻ˣ + 1)` when `x > 0`, so neither form overflows.
    /// - Precondition: `firms ≥ 1`.
    public func nashPrice(firms n: Int) -> Double {
        precondition(n >= 1, "a market needs a firm")
        return bisectedRoot { p in p - cost - nashMarkup(price: p, firms: n) }
    }

    /// `μ/(1 − q(p))`, the markup the Nash first-order condition asks for at a common price `p`.
    public func nashMarkup(price p: Double, firms n: Int) -> Double {
        let x = (p - quality + outsideQuality) / differentiation, m = Double(n)
        if x > 0 {
            let y = LaneMath.exp(-x)
            return differentiation * (m * y + 1) / ((m - 1) * y + 1)
        }
        let e = LaneMath.exp(x)
        return differentiation * (m + e) / (m - 1 + e)
    }

    /// `p_M`, the price maximising the joint profit `n·(p − c)·q(p)` at a
    /// common price (the symmetric monopoly):
    ///
    /// ```
    /// p − c = μ/(1 − n·q(p)) = μ(1 + n·e⁻ˣ),     since dq/dp = −q(1 − n·q)/μ along the diagonal
    /// ```
    /// solved by ``bisectedRoot(_:)``.
    public func monopolyPrice(firms n: Int) -> Double {
        precondition(n >= 1, "a market needs a firm")
        return bisectedRoot { p in p - cost - monopolyMarkup(price: p, firms: n) }
    }

    /// `μ(1 + n·e⁻ˣ)`, the markup the monopoly first-order condition asks for at a common price `p`.
    public func monopolyMarkup(price p: Double, firms n: Int) -> Double {
        differentiation * (1 + Double(n) * LaneMath.exp(-(p - quality + outsideQuality) / differentiation))
    }

    /// The root of `residual` above `c`, for residuals that are negative at
    /// `c` and rise through one root (both conditions above: the markup
    /// asked for falls in `p`).
    ///
    /// The bracket `[c, c + h]` starts at `h = μ` and doubles until the
    /// residual at its top is positive. Then it is halved until the
    /// midpoint equals an end (the root to the last bit) or 200 times.
    /// Bisection cannot diverge, and each root is found once per run.
    /// - Returns: the bracket's midpoint.
    func bisectedRoot(_ residual: (Double) -> Double) -> Double {
        var low = cost, step = differentiation
        var high = cost + step
        while residual(high) <= 0 && step < 1e12 {
            low = high
            step *= 2
            high = cost + step
        }
        for _ in 0..<200 {
            let middle = low + (high - low) / 2
            if middle == low || middle == high { break }
            if residual(middle) < 0 { low = middle } else { high = middle }
        }
        return low + (high - low) / 2
    }
}
