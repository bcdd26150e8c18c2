import CatallaxModel
import CatallaxNumerics
import Testing

/// Properties every `BondingCurve` must have, as generic checks. The shared
/// suite (`BondingCurvePropertyTests`) runs them on a table of curves, and
/// each curve's own suite runs them on seeded random parameters.
enum CurveProperties {
    /// Deposits tried at a supply, as fractions of the market value `s·f(s)`.
    static let depositFractions: [Double] = [1e-12, 1e-6, 1e-2, 0.3, 2]
    /// Burns tried at a supply, as fractions of the supply.
    static let burnFractions: [Double] = [1e-12, 1e-6, 1e-2, 0.3, 1]

    /// `R(s)` equals the quadrature of the price over `[0, s]`, taken piece
    /// by piece between the `breakpoints` (where the price jumps or kinks,
    /// which Gauss–Legendre cannot integrate to `1e-12` across; or a
    /// geometric grid toward `S = 0`, where `√S` and `k/(1 + S)` change on
    /// scales far below a uniform panel).
    static func reserveMatchesQuadrature<C: BondingCurve>(
        _ curve: C, supply s: Double, breakpoints: [Double] = [], tolerance: Double = 1e-12,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let ends = [0] + breakpoints.filter { $0 > 0 && $0 < s } + [s]
        let integral = zip(ends, ends.dropFirst()).reduce(0.0) { sum, piece in
            sum + gaussLegendreIntegral(from: piece.0, to: piece.1, panels: max(16, Int(4000 * (piece.1 - piece.0) / s))) {
                curve.price(atSupply: $0)
            }
        }
        expectClose(
            curve.reserve(atSupply: s), integral, relative: tolerance, "R(\(s)) vs quadrature",
            sourceLocation: sourceLocation)
    }

    /// `R⁻¹(R(s)) = s`.
    static func supplyInvertsReserve<C: BondingCurve>(
        _ curve: C, supply s: Double, tolerance: Double = 1e-12, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let back = curve.supply(forReserve: curve.reserve(atSupply: s))
        expectClose(back, s, relative: tolerance, "R⁻¹(R(\(s)))", sourceLocation: sourceLocation)
    }

    /// Minting with `d` then burning what was minted refunds `d`; the cost
    /// of minting that amount is `d` too.
    static func mintThenBurnReturnsDeposit<C: BondingCurve>(
        _ curve: C, supply s: Double, deposit d: Double, tolerance: Double = 1e-12,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let minted = curve.tokensMinted(forDeposit: d, atSupply: s)
        #expect(minted > 0, "minted \(minted) for deposit \(d) at \(s)", sourceLocation: sourceLocation)
        let refund = curve.refundForBurn(minted, atSupply: s + minted)
        expectClose(refund, d, relative: tolerance, "refund after mint \(d) at \(s)", sourceLocation: sourceLocation)
        let cost = curve.costToMint(minted, atSupply: s)
        expectClose(cost, d, relative: tolerance, "cost of minted for \(d) at \(s)", sourceLocation: sourceLocation)
    }

    /// Burning `q` at `s` refunds what minting `q` at `s − q` costs.
    static func burnMirrorsMint<C: BondingCurve>(
        _ curve: C, supply s: Double, tokens q: Double, tolerance: Double = 1e-12,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        expectClose(
            curve.refundForBurn(q, atSupply: s), curve.costToMint(q, atSupply: s - q), relative: tolerance,
            "burn \(q) at \(s)", sourceLocation: sourceLocation)
    }

    /// `cost(a, s) + cost(b, s + a) = cost(a + b, s)`.
    static func costIsAdditive<C: BondingCurve>(
        _ curve: C, supply s: Double, first a: Double, second b: Double, tolerance: Double = 1e-12,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let split = curve.costToMint(a, atSupply: s) + curve.costToMint(b, atSupply: s + a)
        expectClose(
            split, curve.costToMint(a + b, atSupply: s), relative: tolerance, "cost(\(a)) + cost(\(b)) at \(s)",
            sourceLocation: sourceLocation)
    }

    /// A trade of `1e-12·s` matches its second-order Taylor expansion to
    /// `1e-13`: a difference of reserves would keep about four digits.
    static func tinyTradesKeepRelativeAccuracy<C: BondingCurve>(
        _ curve: C, supply s: Double, tolerance: Double = 1e-13, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let q = 1e-12 * s
        let p = curve.price(atSupply: s)
        let slope = priceSlope(curve, atSupply: s)
        let d = p * q
        expectClose(
            curve.costToMint(q, atSupply: s), p * q + slope * q * q / 2, relative: tolerance, "tiny cost at \(s)",
            sourceLocation: sourceLocation)
        expectClose(
            curve.refundForBurn(q, atSupply: s), p * q - slope * q * q / 2, relative: tolerance,
            "tiny refund at \(s)", sourceLocation: sourceLocation)
        let u = d / p
        expectClose(
            curve.tokensMinted(forDeposit: d, atSupply: s), u - (slope / p) * u * u / 2,
            relative: tolerance, "tiny mint at \(s)", sourceLocation: sourceLocation)
    }

    /// The reserve is increasing along `supplies` (sorted ascending), and
    /// the price non-decreasing, or strictly falling where `priceFalls`
    /// (the inverse curve).
    static func increases<C: BondingCurve>(
        _ curve: C, along supplies: [Double], priceFalls: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for (low, high) in zip(supplies, supplies.dropFirst()) {
            let (pLow, pHigh) = (curve.price(atSupply: low), curve.price(atSupply: high))
            #expect(priceFalls ? pLow > pHigh : pLow <= pHigh, "price at \(low) vs \(high)", sourceLocation: sourceLocation)
            #expect(
                curve.reserve(atSupply: low) < curve.reserve(atSupply: high), "reserve at \(low) vs \(high)",
                sourceLocation: sourceLocation)
        }
    }

    /// Every lane operation equals its scalar version lane by lane, and the
    /// carried price leaves each trade as `f` of the new supply.
    static func lanesMatchScalar<C: BondingCurve, V: LaneVector>(
        _ curve: C, _ type: V.Type, supply: Double, tolerance: Double = 1e-12,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let s: V = lanes([1, 0.5, 1.1, 1e-3, 0, 0.3, 0.9, 1.05].map { $0 * supply })
        let depositFraction: V = lanes(depositFractions + [0.05, 0.7, 1.5])
        let burnFraction: V = lanes(burnFractions + [0.05, 0.7, 0.999])
        let p0 = curve.price(atSupply: s)
        var d = V(), q = V()
        for i in s.indices {
            d[i] = s[i] == 0 ? supply * curve.price(atSupply: supply) : depositFraction[i] * s[i] * p0[i]
            q[i] = burnFraction[i] * s[i]
        }
        var mintPrice = p0, burnPrice = p0
        let minted = curve.tokensMinted(forDeposit: d, atSupply: s, price: &mintPrice)
        let refund = curve.refundForBurn(q, atSupply: s, price: &burnPrice)
        let mintedFresh = curve.tokensMinted(forDeposit: d, atSupply: s)
        let refundFresh = curve.refundForBurn(q, atSupply: s)
        for i in s.indices {
            let lane = "lane \(i) of \(V.scalarCount), s \(s[i]), d \(d[i]), q \(q[i])"
            func close(_ x: Double, _ y: Double, _ what: String) {
                expectClose(x, y, relative: tolerance, "\(what), \(lane)", sourceLocation: sourceLocation)
            }
            close(p0[i], curve.price(atSupply: s[i]), "price")
            let scalarMinted = curve.tokensMinted(forDeposit: d[i], atSupply: s[i])
            let scalarRefund = curve.refundForBurn(q[i], atSupply: s[i])
            close(minted[i], scalarMinted, "minted")
            close(mintedFresh[i], scalarMinted, "minted (uncarried)")
            close(refund[i], scalarRefund, "refund")
            close(refundFresh[i], scalarRefund, "refund (uncarried)")
            close(mintPrice[i], curve.price(atSupply: s[i] + minted[i]), "price after mint")
            close(burnPrice[i], curve.price(atSupply: s[i] - q[i]), "price after burn")
        }
    }

    /// `trade` gives each lane what the scalar mint or burn gives it, with
    /// buys, sells, idle lanes, a burn of the whole supply and an empty
    /// curve side by side, and each lane's result does not depend on its
    /// neighbours (the same lane alone in a vector gives the same bits).
    static func tradeMatchesMintAndBurn<C: BondingCurve, V: LaneVector>(
        _ curve: C, _ type: V.Type, supply: Double, tolerance: Double = 1e-12,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let s: V = lanes([1, 0.5, 1.1, 1e-3, 0, 0.3, 0.9, 1.05].map { $0 * supply })
        let kind: [Int] = [0, 1, 2, 1, 0, 1, 0, 3]  // 0 buy, 1 sell, 2 idle, 3 sell everything
        let fraction: [Double] = [0.05, 0.2, 0, 0.5, 0, 0.999, 1.5, 1]
        let p0 = curve.price(atSupply: s)
        var d = V(), q = V()
        for i in s.indices {
            switch kind[i % kind.count] {
            case 0: d[i] = s[i] == 0 ? supply * curve.price(atSupply: supply) : fraction[i % 8] * s[i] * p0[i]
            case 1: q[i] = fraction[i % 8] * s[i]
            case 3: q[i] = s[i]
            default: break
            }
        }
        let start = curve.position(atSupply: s, price: p0)
        var position = start
        let (minted, refund) = curve.trade(deposit: d, burn: q, atSupply: s, position: &position)
        let price = position.price
        for i in s.indices {
            let lane = "lane \(i) of \(V.scalarCount), s \(s[i]), d \(d[i]), q \(q[i])"
            let scalarMinted = d[i] == 0 ? 0 : curve.tokensMinted(forDeposit: d[i], atSupply: s[i])
            let scalarRefund = q[i] == 0 ? 0 : curve.refundForBurn(q[i], atSupply: s[i])
            expectClose(minted[i], scalarMinted, relative: tolerance, "minted, \(lane)", sourceLocation: sourceLocation)
            expectClose(refund[i], scalarRefund, relative: tolerance, "refund, \(lane)", sourceLocation: sourceLocation)
            if d[i] == 0 && q[i] == 0 {
                #expect(minted[i] == 0 && refund[i] == 0 && price[i] == p0[i], "idle, \(lane)", sourceLocation: sourceLocation)
                #expect(position.carried[i].bitPattern == start.carried[i].bitPattern, "idle carried, \(lane)",
                        sourceLocation: sourceLocation)
            } else {
                // The carried price is exact to rounding of the prices it
                // came from: selling everything leaves a residue of order
                // ε·P₀ where the exact price is b (0 for some curves).
                let after = s[i] + minted[i] - q[i]
                let priceAfter = curve.price(atSupply: after)
                expectClose(price[i], priceAfter, relative: tolerance,
                            absolute: 4 * Double.ulpOfOne * p0[i], "price after, \(lane)", sourceLocation: sourceLocation)
                // What the curve carries is its function of the new supply.
                let carriedAfter = curve.position(atSupply: V(repeating: after), price: V(repeating: priceAfter)).carried[0]
                expectClose(position.carried[i], carriedAfter, relative: tolerance,
                            absolute: 4 * Double.ulpOfOne * abs(start.carried[i]), "carried after, \(lane)",
                            sourceLocation: sourceLocation)
            }
            var alone = curve.position(atSupply: V(repeating: s[i]), price: V(repeating: p0[i]))
            let aloneTrade = curve.trade(deposit: V(repeating: d[i]), burn: V(repeating: q[i]), atSupply: V(repeating: s[i]), position: &alone)
            #expect(aloneTrade.minted[0] == minted[i] && aloneTrade.refund[0] == refund[i] && alone.price[0] == price[i]
                        && alone.carried[0].bitPattern == position.carried[i].bitPattern,
                    "lane result depends on its neighbours, \(lane)", sourceLocation: sourceLocation)
        }
    }

    /// Lanes with zero orders give exactly zero and leave the price
    /// unchanged bit for bit, at any supply including zero.
    static func zeroOrdersGiveZero<C: BondingCurve, V: LaneVector>(
        _ curve: C, _ type: V.Type, supply: Double, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let s: V = lanes([0, supply, 0.5 * supply, 2 * supply])
        let order: V = lanes([0, 0, 0.01 * supply, 0])
        let price = curve.price(atSupply: s)
        var mintPrice = price, burnPrice = price
        let minted = curve.tokensMinted(forDeposit: order, atSupply: s, price: &mintPrice)
        let refund = curve.refundForBurn(order, atSupply: s, price: &burnPrice)
        let mintedFresh = curve.tokensMinted(forDeposit: order, atSupply: s)
        let refundFresh = curve.refundForBurn(order, atSupply: s)
        for i in s.indices where order[i] == 0 {
            let lane = "lane \(i) of \(V.scalarCount), s \(s[i])"
            #expect(minted[i] == 0 && mintedFresh[i] == 0, "minted, \(lane)", sourceLocation: sourceLocation)
            #expect(refund[i] == 0 && refundFresh[i] == 0, "refund, \(lane)", sourceLocation: sourceLocation)
            #expect(
                mintPrice[i].bitPattern == price[i].bitPattern && burnPrice[i].bitPattern == price[i].bitPattern,
                "price unchanged, \(lane)", sourceLocation: sourceLocation)
        }
        #expect(curve.tokensMinted(forDeposit: 0, atSupply: supply) == 0, sourceLocation: sourceLocation)
        #expect(curve.refundForBurn(0, atSupply: supply) == 0, sourceLocation: sourceLocation)
        #expect(curve.costToMint(0, atSupply: supply) == 0, sourceLocation: sourceLocation)
    }

    /// A run of orders with the price carried from trade to trade, as the
    /// kernel runs them: every trade matches the scalar one, and the carried
    /// price stays `f(S)` to rounding.
    static func carriedPriceTracksSupply<C: BondingCurve, V: LaneVector>(
        _ curve: C, _ type: V.Type, supply: Double, orders: Int = 200, tolerance: Double = 1e-12,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var s = V(repeating: supply)
        var price = curve.price(atSupply: s)
        for t in 0..<orders {
            // Lane i buys on even steps and sells on odd ones, sizes varying by lane and step.
            var d = V(), q = V()
            for i in s.indices {
                let size = 0.001 * Double((i * 7 + t * 3) % 11)
                if (t + i) % 2 == 0 { d[i] = size * s[i] * price[i] } else { q[i] = size * s[i] }
            }
            let before = s
            let minted = curve.tokensMinted(forDeposit: d, atSupply: s, price: &price)
            s += minted
            let refund = curve.refundForBurn(q, atSupply: s, price: &price)
            for i in s.indices {
                let expected = d[i] > 0
                    ? curve.tokensMinted(forDeposit: d[i], atSupply: before[i])
                    : curve.refundForBurn(q[i], atSupply: s[i])
                let actual = d[i] > 0 ? minted[i] : refund[i]
                expectClose(actual, expected, relative: tolerance, "order \(t), lane \(i)", sourceLocation: sourceLocation)
            }
            s -= q
        }
        for i in s.indices {
            expectClose(
                price[i], curve.price(atSupply: s[i]), relative: tolerance, "carried price, lane \(i)",
                sourceLocation: sourceLocation)
        }
    }

    /// A run of orders through `trade`, the position carried from order to
    /// order as the kernel carries it: every trade matches the scalar one,
    /// and the carried position stays the curve's position at the supply
    /// to rounding.
    static func tradedPositionTracksSupply<C: BondingCurve, V: LaneVector>(
        _ curve: C, _ type: V.Type, supply: Double, orders: Int = 200, tolerance: Double = 1e-12,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var s = V(repeating: supply)
        var position = curve.position(atSupply: s, price: curve.price(atSupply: s))
        for t in 0..<orders {
            // Lane i buys on even steps and sells on odd ones (every fifth
            // order of a lane idles), sizes varying by lane and step.
            var d = V(), q = V()
            for i in s.indices where (t + 2 * i) % 5 != 0 {
                let size = 0.001 * Double((i * 7 + t * 3) % 11)
                if (t + i) % 2 == 0 { d[i] = size * s[i] * position.price[i] } else { q[i] = size * s[i] }
            }
            let (minted, refund) = curve.trade(deposit: d, burn: q, atSupply: s, position: &position)
            for i in s.indices {
                let expectedMinted = d[i] > 0 ? curve.tokensMinted(forDeposit: d[i], atSupply: s[i]) : 0
                let expectedRefund = q[i] > 0 ? curve.refundForBurn(q[i], atSupply: s[i]) : 0
                expectClose(minted[i], expectedMinted, relative: tolerance, "minted, order \(t), lane \(i)",
                            sourceLocation: sourceLocation)
                expectClose(refund[i], expectedRefund, relative: tolerance, "refund, order \(t), lane \(i)",
                            sourceLocation: sourceLocation)
            }
            s += minted - q
        }
        let exact = curve.position(atSupply: s, price: curve.price(atSupply: s))
        for i in s.indices {
            expectClose(position.price[i], exact.price[i], relative: tolerance, "carried price, lane \(i)",
                        sourceLocation: sourceLocation)
            expectClose(position.carried[i], exact.carried[i], relative: tolerance, "carried quantity, lane \(i)",
                        sourceLocation: sourceLocation)
        }
    }

    /// The scalar properties at one supply, over the standard trade sizes.
    static func scalarProperties<C: BondingCurve>(
        _ curve: C, supply s: Double, tolerance: Double = 1e-12, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        supplyInvertsReserve(curve, supply: s, tolerance: tolerance, sourceLocation: sourceLocation)
        let value = s * curve.price(atSupply: s)
        for fraction in depositFractions {
            mintThenBurnReturnsDeposit(
                curve, supply: s, deposit: fraction * value, tolerance: tolerance, sourceLocation: sourceLocation)
        }
        for fraction in burnFractions {
            burnMirrorsMint(curve, supply: s, tokens: fraction * s, tolerance: tolerance, sourceLocation: sourceLocation)
        }
        costIsAdditive(curve, supply: s, first: 0.1 * s, second: 0.27 * s, tolerance: tolerance, sourceLocation: sourceLocation)
        costIsAdditive(curve, supply: s, first: 1e-9 * s, second: 3, tolerance: tolerance, sourceLocation: sourceLocation)
        tinyTradesKeepRelativeAccuracy(curve, supply: s, sourceLocation: sourceLocation)
    }
}
