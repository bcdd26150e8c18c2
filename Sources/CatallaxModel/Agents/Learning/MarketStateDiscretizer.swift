import Foundation

/// A learner's discrete state from the recent price moves, its holdings and
/// its own last action (`docs/LearningTraders.md`, "Agents", State):
///
/// ```
/// move_k   = 2 if ln(P_{t−k+1}/P_{t−k}) > θ_move, 0 if < −θ_move, else 1;   k = 1…m   (1 before the run has k moves)
/// trend    = Σ_k move_k·3^{k−1}                                            ∈ 0 … 3^m − 1
/// holding  = min(2, ⌊3x⌋),   x = H·P / (B + H·P)   (0 when B + H·P = 0)
/// state    = (trend·3 + holding)·K + a_{t−1}                                3^m·3·K states
/// ```
public struct MarketStateDiscretizer: Sendable, Equatable {
    /// `m`, the past moves in the state.
    public let memory: Int
    /// `θ_move`, the log return beyond which a move is up or down.
    public let threshold: Double
    /// `K`, the actions (the last action is part of the state).
    public let actions: Int

    /// The discretizer of `m` moves with threshold `θ_move` for `K` actions.
    @inlinable public init(memory: Int, threshold: Double, actions: Int = TradeAction.count) {
        self.memory = memory
        self.threshold = threshold
        self.actions = actions
    }

    /// `3^m`, the trend patterns.
    @inlinable public var trendCount: Int {
        var c = 1
        for _ in 0..<memory { c *= 3 }
        return c
    }

    /// `3^m·3·K`, the states.
    @inlinable public var stateCount: Int { trendCount * 3 * actions }

    /// A move's class: `0` down, `1` flat, `2` up, from the log return `r`.
    @inlinable @inline(__always)
    public func move(logReturn r: Double) -> Int { r > threshold ? 2 : (r < -threshold ? 0 : 1) }

    /// The trend pattern at step `t` from a ring of recent prices (`P_s` at
    /// `ring[s mod ring.count]`, at least `m + 1` entries).
    @inlinable
    public func trend(prices ring: [Double], step t: Int) -> Int {
        let n = ring.count
        var code = 0, weight = 1
        for k in 1...memory {
            let m = t - k + 1 >= 1 ? move(logReturn: log(ring[(t - k + 1) % n] / ring[(t - k) % n])) : 1
            code += m * weight
            weight *= 3
        }
        return code
    }

    /// `holding = min(2, ⌊3x⌋)`, `x = H·P/(B + H·P)`.
    @inlinable @inline(__always)
    public func holding(cash: Double, tokens: Double, price: Double) -> Int {
        let value = tokens * price, wealth = cash + value
        guard wealth > 0 else { return 0 }
        return Swift.min(2, Int(3 * value / wealth))
    }

    /// `(trend·3 + holding)·K + lastAction`.
    @inlinable @inline(__always)
    public func state(trend: Int, holding: Int, lastAction: Int) -> Int { (trend * 3 + holding) * actions + lastAction }
}
