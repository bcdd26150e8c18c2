/// A learner's five actions: order sizes as fractions of its cash (buys) or
/// tokens (sells) (`docs/LearningTraders.md`, "Agents").
///
/// ```
/// hold: nothing   buy_small: (q_L/2)·B/P tokens   sell_small: (q_L/2)·H   buy_big: q_L·B/P   sell_big: q_L·H
/// ```
/// Hold is first, so a fresh table of zeros (whose greedy action is the
/// lowest index) holds.
public enum TradeAction: Int, CaseIterable, Sendable {
    /// No order.
    case hold = 0
    /// Buy with `q_L/2` of the cash.
    case buySmall = 1
    /// Sell `q_L/2` of the tokens.
    case sellSmall = 2
    /// Buy with `q_L` of the cash.
    case buyBig = 3
    /// Sell `q_L` of the tokens.
    case sellBig = 4

    /// `K = 5`, the number of actions.
    public static let count = 5

    /// The signed tokens of action `index` for a trader with `cash` and
    /// `tokens` at price `price`, big orders of fraction `size`:
    /// `+f·B/P` for a buy, `−f·H` for a sell, `0` for hold.
    @inlinable @inline(__always)
    public static func order(_ index: Int, size: Double, cash: Double, tokens: Double, price: Double) -> Double {
        switch index {
        case 1: 0.5 * size * cash / price
        case 2: -0.5 * size * tokens
        case 3: size * cash / price
        case 4: -size * tokens
        default: 0
        }
    }
}
