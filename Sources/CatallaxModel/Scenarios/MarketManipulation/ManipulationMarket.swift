import Foundation

/// One of a run's two markets (the attacked one, or its counterfactual):
/// the ledger, the step's queue, the recent prices trend followers read,
/// and the sums its price metrics are made of (`docs/MarketManipulation.md`).
@usableFromInline struct ManipulationMarket {
    /// Accounts: victims `0..<N`, then the attackers.
    @usableFromInline var ledger = CurveLedger()
    /// The step's orders.
    @usableFromInline var queue = OrderQueue()
    /// `P_t` at index `t mod (L + 1)`: the last `L + 1` prices.
    @usableFromInline var history: [Double] = []
    /// `P_t`, the price at the current step's start (after the last step, `P_T`).
    @usableFromInline var price = 0.0
    /// `P_0`.
    @usableFromInline var firstPrice = 0.0
    /// `Σ cash + treasury + reserve` at the start.
    @usableFromInline var startingMoney = 0.0
    /// Welford sums of the log returns: count, mean, `M₂`.
    @usableFromInline var returnCount = 0.0, returnMean = 0.0, returnM2 = 0.0

    @inlinable init() {}

    /// Seats `N` victims with `B₀, H₀` and `k` attacker accounts with `A₀, H_A`
    /// at supply `S₀`, the reserve `R(S₀)`, an empty treasury, and records `P_0`.
    @inlinable mutating func open<Curve: BondingCurve>(_ p: MarketManipulationParameters, attackerAccounts k: Int, on curve: Curve) {
        let n = p.victims
        ledger.supply = p.initialSupply
        ledger.reserve = curve.reserve(atSupply: p.initialSupply)
        ledger.treasury = 0
        ledger.minted = 0
        ledger.feesPaid = 0
        ledger.rewardPaid = 0
        ledger.volume = 0
        ledger.cash._refill(n, with: p.initialCash)
        ledger.cash.append(contentsOf: repeatElement(p.attackerCash, count: k))
        ledger.tokens._refill(n, with: p.initialTokens)
        ledger.tokens.append(contentsOf: repeatElement(p.attackerTokens, count: k))
        ledger.passiveTokens = p.passiveTokens
        queue.removeAll()
        queue.reserve(n + 2 * k)
        history._refill(p.lag + 1, with: 0)
        returnCount = 0
        returnMean = 0
        returnM2 = 0
        startingMoney = Double(n) * p.initialCash + Double(k) * p.attackerCash + ledger.reserve
        record(curve.price(atSupply: p.initialSupply), step: 0, lag: p.lag)
    }

    /// Records the price `P_t` of step `t` (`t = 0` at the start): the ring and the return from `P_{t−1}`.
    @inlinable mutating func record(_ p: Double, step t: Int, lag: Int) {
        if t > 0 {
            let r = log(p / price)
            returnCount += 1
            let delta = r - returnMean
            returnMean += delta / returnCount
            returnM2 += delta * (r - returnMean)
        } else {
            firstPrice = p
        }
        price = p
        history[t % (lag + 1)] = p
    }

    /// `m = ln(P_t / P_{t−L})`, `0` while `t < L`.
    @inlinable func momentum(step t: Int, lag: Int) -> Double {
        t < lag ? 0 : log(price / history[(t - lag) % (lag + 1)])
    }

    /// The sample standard deviation (n − 1) of the log returns so far.
    @inlinable var volatility: Double { returnCount > 1 ? (returnM2 / (returnCount - 1)).squareRoot() : 0 }

    /// `Σ_{i < N} B_i + H_i·P`, the victims' wealth at the current price.
    @inlinable func victimWealth(victims n: Int) -> Double {
        var total = 0.0
        for i in 0..<n { total += ledger.cash[i] + ledger.tokens[i] * price }
        return total
    }
}

extension ManipulationMarket {
    /// Queues the victims' orders in `order` from the step's shared draws
    /// (`docs/MarketManipulation.md`, "Victims"): noise traders buy or sell a
    /// fraction `U·q_max`; trend followers trade `min(q_max, κ·|m|)` with the
    /// sign of `m` when `|m| > θ_m`; a buy is `u·B_i/P_t` tokens, a sell
    /// `u·H_i`; every order is cut to `c`.
    @inlinable mutating func queueVictims(order: [Int32], active: [Bool], buys: [Bool], uniform: [Double],
                                          point p: MarketManipulationParameters, step t: Int) {
        let noise = p.victims - p.trendFollowers
        let m = momentum(step: t, lag: p.lag)
        let trend = abs(m) > p.trendThreshold
        let trendFraction = Swift.min(p.maxFraction, p.reactivity * abs(m))
        let cap = p.orderCap
        for o in order {
            let i = Int(o)
            guard active[i] else { continue }
            let fraction: Double, buy: Bool
            if i < noise {
                fraction = uniform[i] * p.maxFraction
                buy = buys[i]
            } else {
                guard trend else { continue }
                fraction = trendFraction
                buy = m > 0
            }
            let q = Swift.min(cap, buy ? fraction * ledger.cash[i] / price : fraction * ledger.tokens[i])
            if q > 0 { queue.insert(account: i, tokens: buy ? q : -q) }
        }
    }

    /// Executes the queue under `policy`: one batch for a call auction,
    /// serially in queue order otherwise; then records `P_{t+1}`.
    @inlinable mutating func execute<Curve: BondingCurve>(_ policy: ExecutionPolicy, on curve: Curve, point p: MarketManipulationParameters,
                                                          step t: Int) {
        if policy.clearsInBatch {
            ledger.clearInBatch(&queue, on: curve, fee: p.fee, reward: p.rewardRate)
        } else {
            ledger.executeSerially(&queue, on: curve, fee: p.fee, reward: p.rewardRate)
        }
        record(curve.price(atSupply: ledger.supply), step: t + 1, lag: p.lag)
    }
}
