import CatallaxNumerics

/// The cobweb market after a period, as an observer sees it: each lane's
/// price, quantities, expectation and genetic populations, and the
/// invariants of `docs/Cobweb.md`.
public struct CobwebState<V: LaneVector>: StepState {
    /// `p_t`, per lane.
    public let snapshot: StepSnapshot<V>
    @usableFromInline let _kernel: CobwebKernel<V>
    @usableFromInline let _runCount: Int

    @inlinable init(kernel: CobwebKernel<V>, runCount: Int, price: V) {
        snapshot = StepSnapshot(price: price)
        _kernel = kernel
        _runCount = runCount
    }

    /// `q_i` of every firm, lane `lane`.
    public func quantities(lane: Int) -> [Double] { _kernel._runs[lane].quantities }
    /// Every population's strings side by side (population `g` at `g·n ..< (g + 1)·n`), lane `lane`.
    public func strings(lane: Int) -> [UInt64] { _kernel._runs[lane].strings }
    /// The string each GA firm produced from, lane `lane`.
    public func usedStrings(lane: Int) -> [UInt64] { _kernel._runs[lane].usedStrings }
    /// `p^e`, the naive or adaptive expectation for the next period, lane `lane`.
    public func expectedPrice(lane: Int) -> Double { _kernel._runs[lane].expectedPrice }
    /// The mean pairwise Hamming distance over `ℓ` in the populations, lane `lane`.
    public func diversity(lane: Int) -> Double { _kernel._runs[lane].diversity }

    public func violatedInvariant(lane: Int) -> String? {
        lane < _runCount ? _kernel._runs[lane].violatedInvariant() : nil
    }
}
