import CatallaxNumerics

// Lane form: one replicate per lane, all lanes with the same rate and
// response (they belong to one parameter point), different prices and
// excess demands. The response is chosen once per call (an enum switch,
// uniform across lanes); inside, every lane takes the same instructions.

extension Tatonnement {
    /// The price after one adjustment on every lane.
    ///
    /// ```
    /// P' = P + λ·g(z, S)               lane by lane
    /// tanh|x| = −t/(2 + t),  t = expm1(−2|x|)      sign restored from x
    /// ```
    /// The saturated response uses one `LaneMath.expm1` per call: `tanh`
    /// written through `expm1(−2|x|)` keeps full relative accuracy for small
    /// `|x|` (where `1 − e^{−2x}` would cancel) and cannot overflow, since
    /// the argument is never positive.
    ///
    /// - Parameters:
    ///   - price: `P` per lane.
    ///   - excessDemand: `z = D − O` per lane.
    ///   - supply: `S > 0` per lane (relative response only).
    /// - Returns: `P'` per lane.
    @inlinable
    public func nextPrice<V: LaneVector>(after price: V, excessDemand: V, supply: V) -> V {
        let g: V
        switch adjustment {
        case .linear:
            g = excessDemand
        case .relative:
            g = excessDemand / supply
        case let .saturated(scale):
            let x = excessDemand / scale
            let magnitude = V.maximum(x, -x)
            let t = LaneMath.expm1(-2 * magnitude)
            let tanhMagnitude = -t / (2 + t)
            g = scale * tanhMagnitude.replacing(with: -tanhMagnitude, where: x .< 0)
        }
        return price.addingProduct(rate, g)
    }
}
