import CatallaxNumerics

/// The spatial economy after a step, as an observer sees it: the mean node
/// price as the snapshot price, each lane's step (`x(t)` at `p(t)`), its
/// `CV(t)`, `V(t)` and `G(t)`, and the invariants of `docs/ResourceArbitrage.md`.
public struct ResourceArbitrageState<V: LaneVector>: StepState {
    /// The mean node price, per lane.
    public let snapshot: StepSnapshot<V>
    @usableFromInline let _kernel: ResourceArbitrageKernel<V>
    @usableFromInline let _runCount: Int

    @inlinable init(kernel: ResourceArbitrageKernel<V>, runCount: Int, price: V) {
        snapshot = StepSnapshot(price: price)
        _kernel = kernel
        _runCount = runCount
    }

    /// `p_i` of every node, lane `lane`.
    public func prices(lane: Int) -> [Double] { _kernel._runs[lane].price }
    /// `m_i` of every node, lane `lane`.
    public func netImports(lane: Int) -> [Double] { _kernel._runs[lane].netImports }
    /// `r_i` of every node, lane `lane`.
    public func unmetDemand(lane: Int) -> [Double] { _kernel._runs[lane].unmet }
    /// `w_i` of every node, lane `lane`.
    public func spill(lane: Int) -> [Double] { _kernel._runs[lane].spill }
    /// `x_d` of every direction, lane `lane`.
    public func flows(lane: Int) -> [Double] { _kernel._runs[lane].flow }
    /// `θ_i` of every node, lane `lane`.
    public func supplyScales(lane: Int) -> [Double] { _kernel._runs[lane].supplyScale }
    /// Each node's market, lane `lane`.
    public func markets(lane: Int) -> [SpatialMarket] { _kernel._runs[lane].market }
    /// The network of lane `lane`.
    public func network(lane: Int) -> Network { _kernel._runs[lane].network }
    /// `V(t)`, the largest violation of an agent, lane `lane`.
    public func violation(lane: Int) -> Double { _kernel._runs[lane].violation }
    /// `CV(t)` of the node prices, lane `lane`.
    public func dispersion(lane: Int) -> Double { _kernel._runs[lane].dispersion }
    /// `G(t)`, the net social payoff, lane `lane`.
    public func gain(lane: Int) -> Double { _kernel._runs[lane].gain }

    public func violatedInvariant(lane: Int) -> String? {
        lane < _runCount ? _kernel._runs[lane].violatedInvariant() : nil
    }
}
