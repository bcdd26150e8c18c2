import CatallaxNumerics

/// Each lane after a step, as an observer sees it: the price, the accounts,
/// the learners' values, and the invariants of `docs/LearningTraders.md`.
public struct LearningTradersState<V: LaneVector>: StepState {
    /// The price, per lane.
    public let snapshot: StepSnapshot<V>
    @usableFromInline let _kernel: LearningTradersKernel<V>
    @usableFromInline let _runCount: Int

    @inlinable init(kernel: LearningTradersKernel<V>, runCount: Int, price: V) {
        snapshot = StepSnapshot(price: price)
        _kernel = kernel
        _runCount = runCount
    }

    /// Every agent's cash (rule agents, then learners), lane `lane`.
    public func cash(lane: Int) -> [Double] { _kernel._runs[lane].ledger.cash }
    /// Every agent's tokens, lane `lane`.
    public func tokens(lane: Int) -> [Double] { _kernel._runs[lane].ledger.tokens }
    /// `S`, the supply, lane `lane`.
    public func supply(lane: Int) -> Double { _kernel._runs[lane].ledger.supply }
    /// The price after the step, lane `lane`.
    public func price(lane: Int) -> Double { _kernel._runs[lane].price }
    /// The learners' tables, lane `lane` (empty without learners).
    public func learnerTables(lane: Int) -> TabularQLearner { _kernel._runs[lane].tables }
    /// Each learner's last action, lane `lane`.
    public func learnerActions(lane: Int) -> [Int] { _kernel._runs[lane].lastAction.map { Int($0) } }
    /// The step's orders as executed (trader, signed tokens, cash flow), lane `lane`.
    public func executedOrders(lane: Int) -> [(trader: Int, tokens: Double, flow: Double)] {
        let q = _kernel._runs[lane].queue
        return (0..<q.count).map { (Int(q.trader[$0]), q.tokens[$0], q.flow[$0]) }
    }

    public func violatedInvariant(lane: Int) -> String? {
        lane < _runCount ? _kernel._runs[lane].violatedInvariant() : nil
    }
}
