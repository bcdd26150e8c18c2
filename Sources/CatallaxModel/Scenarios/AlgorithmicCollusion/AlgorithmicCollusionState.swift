import CatallaxNumerics

/// The market after a step, as an observer sees it: the step's mean price,
/// each lane's Q-tables and counters, and the invariants of
/// `docs/AlgorithmicCollusion.md`.
public struct AlgorithmicCollusionState<V: LaneVector>: StepState {
    /// The mean price of the step's periods (or the last step's, once stopped), per lane.
    public let snapshot: StepSnapshot<V>
    @usableFromInline let _kernel: AlgorithmicCollusionKernel<V>
    @usableFromInline let _runCount: Int

    @inlinable init(kernel: AlgorithmicCollusionKernel<V>, runCount: Int, price: V) {
        snapshot = StepSnapshot(price: price)
        _kernel = kernel
        _runCount = runCount
    }

    /// `τ`, the periods run, lane `lane`.
    public func periods(lane: Int) -> Int { _kernel._runs[lane].period }
    /// Whether the session has converged, lane `lane`.
    public func converged(lane: Int) -> Bool { _kernel._runs[lane].converged }
    /// Whether the session has stopped (converged or at the cap), lane `lane`.
    public func stopped(lane: Int) -> Bool { _kernel._runs[lane].stopped }
    /// `u`, the periods since a greedy action last changed, lane `lane`.
    public func stablePeriods(lane: Int) -> Int { _kernel._runs[lane].stableFor }
    /// `g_i(s)`, firm `firm`'s greedy price index in state `state`, lane `lane`.
    public func greedyAction(lane: Int, firm: Int, state: Int) -> Int {
        _kernel._runs[lane].learners.greedyAction(agent: firm, state: state)
    }
    /// `Q_i(s, a)`, lane `lane`.
    public func value(lane: Int, firm: Int, state: Int, action: Int) -> Double {
        _kernel._runs[lane].learners.value(agent: firm, state: state, action: action)
    }

    public func violatedInvariant(lane: Int) -> String? {
        lane < _runCount ? _kernel._runs[lane].violatedInvariant() : nil
    }
}
