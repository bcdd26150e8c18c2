import CatallaxNumerics

/// The launch after a step, as an observer sees it: the step's price
/// `P_t = c·f(S)/σ` (the price at the start of the last step run), each
/// lane's accounts, and the invariants of `docs/TokenLaunch.md`.
public struct TokenLaunchState<V: LaneVector>: StepState {
    /// `P_t` per lane.
    public let snapshot: StepSnapshot<V>
    @usableFromInline let _kernel: TokenLaunchKernel<V>
    @usableFromInline let _runCount: Int

    @inlinable init(kernel: TokenLaunchKernel<V>, runCount: Int, price: V) {
        snapshot = StepSnapshot(price: price)
        _kernel = kernel
        _runCount = runCount
    }

    /// `B_i` of every trader, lane `lane`.
    public func balances(lane: Int) -> [Double] { _kernel._runs[lane].balance }
    /// `H_i` of every trader, lane `lane`.
    public func holdings(lane: Int) -> [Double] { _kernel._runs[lane].holding }
    /// `L_i` of every trader, lane `lane`.
    public func locked(lane: Int) -> [Double] { _kernel._runs[lane].locked }
    /// `a_i` of every trader, lane `lane`.
    public func allocations(lane: Int) -> [Double] { _kernel._runs[lane].allocation }
    /// `stake_i` of every trader, lane `lane`.
    public func stakes(lane: Int) -> [Double] { _kernel._runs[lane].staking.stakes }
    /// `S`, internal units, lane `lane`.
    public func supply(lane: Int) -> Double { _kernel._runs[lane].supply }
    /// `c`, the curve's level, lane `lane`.
    public func level(lane: Int) -> Double { _kernel._runs[lane].level }
    /// `σ`, tokens per internal unit, lane `lane`.
    public func scale(lane: Int) -> Double { _kernel._runs[lane].scale }
    /// The price now, `c·f(S)/σ`, lane `lane` (after the step's trades and control).
    public func currentPrice(lane: Int) -> Double {
        let run = _kernel._runs[lane]
        return run.level * run.point.curve.price(atSupply: run.supply) / run.scale
    }
    /// `T`, the treasury's balance, lane `lane`.
    public func treasury(lane: Int) -> Double { _kernel._runs[lane].treasury.balance }
    /// `U`, the unbacked reserve, lane `lane`.
    public func unbacked(lane: Int) -> Double { _kernel._runs[lane].unbacked }
    /// Units minted by rewards so far, lane `lane`.
    public func minted(lane: Int) -> Double { _kernel._runs[lane].tally.minted }
    /// `r`, the commission rate, lane `lane`.
    public func commissionRate(lane: Int) -> Double { _kernel._runs[lane].commission.rate }

    public func violatedInvariant(lane: Int) -> String? {
        lane < _runCount ? _kernel._runs[lane].violatedInvariant() : nil
    }
}
