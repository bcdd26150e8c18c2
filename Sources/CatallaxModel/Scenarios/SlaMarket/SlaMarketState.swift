import CatallaxNumerics

/// The service market after a step, as an observer sees it: the step's mean
/// contract price in place of a price, each lane's wallets, accounts,
/// reputations and providers, and the invariants of `docs/SlaMarket.md`.
public struct SlaMarketState<V: LaneVector>: StepState {
    /// The mean price of the step's contracts (or the last such mean), per lane.
    public let snapshot: StepSnapshot<V>
    @usableFromInline let _kernel: SlaMarketKernel<V>
    @usableFromInline let _runCount: Int

    @inlinable init(kernel: SlaMarketKernel<V>, runCount: Int, price: V) {
        snapshot = StepSnapshot(price: price)
        _kernel = kernel
        _runCount = runCount
    }

    /// `W_i` of every requester, lane `lane`.
    public func requesterWallets(lane: Int) -> [Double] { _kernel._runs[lane].requesterWallet }
    /// `W_j` of every provider, lane `lane`.
    public func providerWallets(lane: Int) -> [Double] { _kernel._runs[lane].providerWallet }
    /// `Y`, the protocol account, lane `lane`.
    public func protocolAccount(lane: Int) -> Double { _kernel._runs[lane].protocolAccount }
    /// `X`, the outside account, lane `lane`.
    public func outsideAccount(lane: Int) -> Double { _kernel._runs[lane].outsideAccount }
    /// `Σ_{open c}(p_c + k)`, the escrow, lane `lane`.
    public func escrow(lane: Int) -> Double { _kernel._runs[lane].escrow }
    /// `ρ_j = (s_j + 1)/(s_j + f_j + 2)` of every provider, lane `lane`.
    public func reputations(lane: Int) -> [Double] { _kernel._runs[lane].reputation.map(\.mean) }
    /// Whether each provider has left, lane `lane`.
    public func providersLeft(lane: Int) -> [Bool] { _kernel._runs[lane].hasLeft }
    /// Whether each provider skips the work, lane `lane` (the kernel's decisions).
    public func skipsWork(lane: Int) -> [Bool] { _kernel._runs[lane].skips }
    /// Each provider's type, lane `lane`.
    public func providerKinds(lane: Int) -> [SlaProviderKind] { _kernel._runs[lane].kind }
    /// `c_j` of every provider, lane `lane`.
    public func costs(lane: Int) -> [Double] { _kernel._runs[lane].cost }

    public func violatedInvariant(lane: Int) -> String? {
        lane < _runCount ? _kernel._runs[lane].violatedInvariant() : nil
    }
}
