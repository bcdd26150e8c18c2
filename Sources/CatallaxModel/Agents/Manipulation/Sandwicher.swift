/// An attacker that sees a step's queued orders and trades around the
/// largest buy: it buys `a` just before the victim's buy of `v` and sells
/// `a` just after (`docs/MarketManipulation.md`, "Attackers"; Daian et al.
/// 2020, "Flash Boys 2.0").
///
/// ```
/// π̂ = (1 − φ)·[R(S + a + v) − R(S + v)] − (1 + φ)·[R(S + a) − R(S)]     the tight sandwich at S
/// f = m·S, φ = 0:   π̂ = m·a·v
/// ```
/// It attacks iff `π̂ > 0`; the prediction assumes its legs sit next to the
/// victim, which only continuous execution grants.
public struct Sandwicher: Sendable, Equatable {
    /// How the front-run is sized.
    public var rule: FrontRunRule
    /// `a`, the front-run tokens under ``FrontRunRule/fixed``.
    public var size: Double
    /// `ρ`, front-run tokens per victim token under ``FrontRunRule/proportional``.
    public var ratio: Double

    /// A sandwicher sizing its front-run by `rule`.
    @inlinable public init(rule: FrontRunRule, size: Double, ratio: Double) {
        self.rule = rule
        self.size = size
        self.ratio = ratio
    }

    /// The queue position of the largest buy among the first `count` orders
    /// of `queue` (the first on a tie), or `nil` if none buys.
    @inlinable static func target(in queue: OrderQueue, among count: Int) -> Int? {
        var best: Int?
        for g in 0..<count where queue.tokens[g] > 0 && (best == nil || queue.tokens[g] > queue.tokens[best!]) { best = g }
        return best
    }

    /// The front-run `a` against a buy of `v` tokens: `a` or `ρ·v`, cut to
    /// `cap` and to what `cash` buys at supply `supply` with fee `φ`:
    /// `a ≤ R⁻¹(R(S) + B/(1 + φ)) − S`.
    @inlinable
    public func frontRun<Curve: BondingCurve>(against v: Double, cash: Double, cap: Double, atSupply supply: Double, fee: Double,
                                              on curve: Curve) -> Double {
        let wanted = rule == .fixed ? size : ratio * v
        let affordable = curve.tokensMinted(forDeposit: cash / (1 + fee), atSupply: supply)
        return Swift.min(wanted, cap, affordable)
    }

    /// `π̂`, the tight sandwich's profit predicted at supply `supply`.
    @inlinable
    public static func predictedProfit<Curve: BondingCurve>(frontRun a: Double, victim v: Double, atSupply supply: Double, fee: Double,
                                                            on curve: Curve) -> Double {
        let buy = curve.costToMint(a, atSupply: supply)
        let sell = curve.refundForBurn(a, atSupply: supply + a + v)
        return (1 - fee) * sell - (1 + fee) * buy
    }
}

/// How a sandwicher sizes its front-run.
public enum FrontRunRule: String, CaseIterable, Sendable, ParameterChoice {
    /// A fixed number of tokens, `a`.
    case fixed
    /// A multiple of the victim's order, `ρ·v`.
    case proportional
}
