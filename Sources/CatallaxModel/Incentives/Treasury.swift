/// A budget that pays only what it holds (`docs/Incentives.md`,
/// "Treasury"): the balance never goes negative; a payment it cannot make
/// is not made, and counted.
///
/// ```
/// pay(x):      if T ≥ x: T ← T − x, paid; else unpaid ← unpaid + x
/// receive(x):  T ← T + x
/// lowest = min over time of T
/// ```
public struct Treasury: Sendable, Equatable {
    /// `T`, the balance.
    public private(set) var balance: Double
    /// The lowest balance so far.
    public private(set) var lowest: Double
    /// Payments refused for want of funds, summed.
    public private(set) var unpaid = 0.0
    /// Payments refused, counted.
    public private(set) var refusals = 0

    /// A treasury holding `balance ≥ 0`.
    public init(balance: Double) {
        precondition(balance >= 0, "a treasury starts with a non-negative balance")
        self.balance = balance
        lowest = balance
    }

    /// Pays `amount ≥ 0` if the balance covers it.
    /// - Returns: whether it paid.
    public mutating func pay(_ amount: Double) -> Bool {
        guard amount <= balance else {
            unpaid += amount
            refusals += 1
            return false
        }
        balance -= amount
        lowest = min(lowest, balance)
        return true
    }

    /// Pays as much of `amount ≥ 0` as the balance covers.
    /// - Returns: what it paid, `min(amount, T)`.
    public mutating func payUpTo(_ amount: Double) -> Double {
        let paid = min(amount, balance)
        balance -= paid
        lowest = min(lowest, balance)
        return paid
    }

    /// Takes in `amount ≥ 0` (fees, a released reserve).
    public mutating func receive(_ amount: Double) {
        balance += amount
    }
}
