import CatallaxNumerics

/// Both markets of each lane after a step, as an observer sees them: the
/// attacked market's price, each market's accounts, the last attempt's
/// profit, and the invariants of `docs/MarketManipulation.md`.
public struct MarketManipulationState<V: LaneVector>: StepState {
    /// The attacked market's price, per lane.
    public let snapshot: StepSnapshot<V>
    @usableFromInline let _kernel: MarketManipulationKernel<V>
    @usableFromInline let _runCount: Int

    @inlinable init(kernel: MarketManipulationKernel<V>, runCount: Int, price: V) {
        snapshot = StepSnapshot(price: price)
        _kernel = kernel
        _runCount = runCount
    }

    @usableFromInline func _market(_ lane: Int, attacked: Bool) -> ManipulationMarket {
        attacked ? _kernel._runs[lane].attacked : _kernel._runs[lane].counterfactual
    }

    /// Every account's cash (victims, then attackers), lane `lane`.
    public func cash(lane: Int, attacked: Bool = true) -> [Double] { _market(lane, attacked: attacked).ledger.cash }
    /// Every account's tokens (victims, then attackers), lane `lane`.
    public func tokens(lane: Int, attacked: Bool = true) -> [Double] { _market(lane, attacked: attacked).ledger.tokens }
    /// `S`, the supply, lane `lane`.
    public func supply(lane: Int, attacked: Bool = true) -> Double { _market(lane, attacked: attacked).ledger.supply }
    /// The price after the step, lane `lane`.
    public func price(lane: Int, attacked: Bool = true) -> Double { _market(lane, attacked: attacked).price }
    /// The treasury, lane `lane`.
    public func treasury(lane: Int, attacked: Bool = true) -> Double { _market(lane, attacked: attacked).ledger.treasury }
    /// The reserve, lane `lane`.
    public func reserve(lane: Int, attacked: Bool = true) -> Double { _market(lane, attacked: attacked).ledger.reserve }
    /// The step's orders as executed (trader, signed tokens, cash flow), lane `lane`.
    public func executedOrders(lane: Int, attacked: Bool = true) -> [(trader: Int, tokens: Double, flow: Double)] {
        let q = _market(lane, attacked: attacked).queue
        return (0..<q.count).map { (Int(q.trader[$0]), q.tokens[$0], q.flow[$0]) }
    }
    /// The profit of the sandwich or wash round trip tried in the step (pump cycles: when one ends), lane `lane`.
    public func attemptProfit(lane: Int) -> Double? { _kernel._runs[lane].lastAttemptProfit }

    public func violatedInvariant(lane: Int) -> String? {
        lane < _runCount ? _kernel._runs[lane].violatedInvariant() : nil
    }
}
