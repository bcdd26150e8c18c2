import CatallaxNumerics

/// The multi-asset market after a step, as an observer sees it: asset 0's
/// price, the agents' cash and holdings, and the market maker's.
public struct MultiAssetState<V: LaneVector>: StepState {
    /// Asset 0's `P_t`.
    public let snapshot: StepSnapshot<V>
    @usableFromInline unowned(unsafe) let _kernel: MultiAssetKernel<V>
    @usableFromInline let _parameters: MultiAssetParameters

    @inlinable
    init(price: V, kernel: MultiAssetKernel<V>, parameters: MultiAssetParameters) {
        snapshot = StepSnapshot(price: price)
        _kernel = kernel
        _parameters = parameters
    }

    /// Every agent's cash `B_i` and units of asset 0 `H_i0`.
    public var accounts: AgentAccounts<V> {
        AgentAccounts(agents: _parameters.agents, balance: _kernel._balance, holdings: _kernel._firstHoldings)
    }

    /// The invariants of `docs/MultiAsset.md`, to a relative 1e-9: every
    /// asset's units are conserved with the market maker's inventory, and so
    /// is cash with the maker's cash.
    /// ```
    /// Σ_i H_ij + inventory_j = 0,   Σ_i B_i + maker cash = N·B₀
    /// ```
    public func violatedInvariant(lane: Int) -> String? {
        let totals = _kernel._cashTotals(_parameters)
        return _kernel._conservationViolation(_parameters, lane: lane, cash: totals.cash[lane], cashScale: totals.scale[lane])
    }
}
