/// One node's local market for a resource in a spatial economy
/// (`docs/ResourceArbitrage.md`, "Node markets"): linear demand and supply
/// and a price, capped at `p̄` and floored at 0, that clears them given the
/// node's net imports.
///
/// ```
/// D(p) = max(0, a − b p),   S(p) = s₀ + f p   (s₀ = θ e, the base supply)
/// z(p) = D(p) − S(p),       excess demand, strictly decreasing
/// ```
///
/// Enke (1951), Samuelson (1952), Takayama and Judge (1964): with linear
/// curves a spatial price equilibrium maximizes the sum of the nodes'
/// ``payoff(netImports:)`` less transport cost.
public struct SpatialMarket: Sendable, Equatable {
    /// `a`, demand at price 0.
    public var demandIntercept: Double
    /// `b ≥ 0`, the demand slope (0: fixed demand, no choke price).
    public var demandSlope: Double
    /// `s₀ = θ e ≥ 0`, supply at price 0.
    public var baseSupply: Double
    /// `f > 0`, the supply slope.
    public var supplySlope: Double
    /// `p̄ > 0`, the highest price (the value of lost load).
    public var priceCap: Double

    /// A market with the given curves and cap.
    @inlinable
    public init(demandIntercept: Double, demandSlope: Double, baseSupply: Double, supplySlope: Double, priceCap: Double) {
        self.demandIntercept = demandIntercept
        self.demandSlope = demandSlope
        self.baseSupply = baseSupply
        self.supplySlope = supplySlope
        self.priceCap = priceCap
    }

    /// The market through the autarky point `(π, q)` with elasticities
    /// `ε_D`, `ε_S` there and base supply scaled by `θ`:
    ///
    /// ```
    /// a = (1 + ε_D) q,   b = ε_D q/π,   e = (1 − ε_S) q,   f = ε_S q/π,   s₀ = θ e
    /// ```
    @inlinable
    public init(autarkyPrice π: Double, quantity q: Double, demandElasticity εD: Double, supplyElasticity εS: Double,
                supplyScale θ: Double = 1, priceCap: Double) {
        self.init(demandIntercept: (1 + εD) * q, demandSlope: εD * q / π, baseSupply: θ * (1 - εS) * q,
                  supplySlope: εS * q / π, priceCap: priceCap)
    }

    /// `β = b + f`, the slope of excess demand where both curves are active.
    @inlinable public var slope: Double { demandSlope + supplySlope }

    /// `D(p) = max(0, a − b p)`.
    @inlinable public func demand(atPrice p: Double) -> Double { Swift.max(0, demandIntercept - demandSlope * p) }

    /// `S(p) = s₀ + f p`.
    @inlinable public func supply(atPrice p: Double) -> Double { baseSupply + supplySlope * p }

    /// `z0 = a − s₀`: net imports at which the price reaches the floor 0.
    @inlinable public var floorImports: Double { demandIntercept - baseSupply }

    /// `zc = D(p̄) − S(p̄)`: net imports at or below which the cap binds.
    @inlinable public var capImports: Double { demand(atPrice: priceCap) - supply(atPrice: priceCap) }

    /// `zA = −s₀ − f A`, `A = a/b` the choke price: net imports below which
    /// nobody demands (−∞ when `b = 0`).
    @inlinable public var chokeImports: Double {
        demandSlope > 0 ? -baseSupply - supplySlope * (demandIntercept / demandSlope) : -.infinity
    }

    /// `P(m)`, the price that clears the market given net imports `m`:
    ///
    /// ```
    /// m ≥ z0:        0
    /// m ≤ zc:        p̄
    /// m ≥ zA:        (z0 − m)/(b + f)       both curves active
    /// otherwise:     −(s₀ + m)/f            above the choke price
    /// ```
    /// Continuous, non-increasing and piecewise linear in `m`.
    @inlinable
    public func price(netImports m: Double) -> Double {
        let z0 = floorImports
        if m >= z0 { return 0 }
        if m <= capImports { return priceCap }
        if m >= chokeImports { return (z0 - m) / slope }
        return -(baseSupply + m) / supplySlope
    }

    /// What the market does not clear at the price `P(m)`:
    ///
    /// ```
    /// unmet r = max(0, zc − m)   (demand left at the cap)
    /// spill w = max(0, m − z0)   (supply nobody takes at price 0)
    /// ```
    /// so that `S(P) + m + r − w − D(P) = 0`.
    @inlinable
    public func shortfall(netImports m: Double) -> (unmet: Double, spill: Double) {
        (Swift.max(0, capImports - m), Swift.max(0, m - floorImports))
    }

    /// `Φ(m) = ∫₀^m P(y) dy`, the node's gain from net imports `m`
    /// (consumers' plus producers' surplus, less `p̄` per unit unmet,
    /// against autarky), exact: the trapezoid rule over the linear pieces of
    /// `P` between 0 and `m`, split at the breakpoints `zc < zA < z0`.
    ///
    /// ```
    /// Φ(m) = ± Σ_k (y_{k+1} − y_k)·(P(y_k) + P(y_{k+1}))/2,   y = min(0, m) … max(0, m) with the breakpoints between
    /// ```
    @inlinable
    public func payoff(netImports m: Double) -> Double {
        let low = Swift.min(0, m), high = Swift.max(0, m)
        let zc = capImports, zA = chokeImports, z0 = floorImports
        var y = low, p = price(netImports: low), area = 0.0
        // The breakpoints in ascending order (zA is one only above zc), unrolled: no array in the step loop.
        @inline(__always) func pass(_ b: Double) {
            guard b > y && b < high else { return }
            let q = price(netImports: b)
            area += (b - y) * (p + q) / 2
            y = b
            p = q
        }
        pass(zc)
        if zA > zc { pass(zA) }
        pass(z0)
        area += (high - y) * (p + price(netImports: high)) / 2
        return m >= 0 ? area : -area
    }
}
