import CatallaxNumerics

/// A worker's state for running the `payment-channels` scenario on
/// `V.scalarCount` replicates of one point, each lane one run with its own
/// network (``PaymentChannelRun``). The lanes step in lockstep so an
/// observer sees them all after each step; within a step each lane's
/// payments are scalar code over its own arrays, so a run gives the same
/// bits whatever lane width or lane it runs in. See `docs/PaymentChannels.md`.
public final class PaymentChannelsKernel<V: LaneVector> {
    /// One run per lane, kept for the next batch.
    @usableFromInline var _runs: [PaymentChannelRun] = []

    /// A worker sized for points like `point` (runs are sized as they start).
    @inlinable
    public init(sizedFor point: PaymentChannelsParameters) {}

    /// The step's success share of every real lane (0 in padding lanes).
    @inlinable func _successShare(_ p: PaymentChannelsParameters, runCount: Int) -> V {
        var share = V()
        for lane in 0..<runCount { share[lane] = Double(_runs[lane].stepSuccesses) / Double(p.payments) }
        return share
    }
}

extension PaymentChannelsKernel: ScenarioKernel {
    /// Runs one batch: `runCount` replicates of `parameters`, one per lane,
    /// keyed by `keys`: each lane draws its network, then `T` steps of `K`
    /// payments, depletion, rebalancing and ledger confirmations.
    /// - Returns: the outcome of each real run, in lane order, values in
    ///   ``PaymentChannelsMetric/allCases`` order.
    /// - Complexity: O(T·(K·k + E)) per lane for routes of `k` hops, plus a
    ///   cheapest-path search O(E log N) per source (cached) and per retried route.
    @inlinable
    public func run<Observer: StepObserver<V>>(
        _ parameters: PaymentChannelsParameters, keys: LaneKeys<V>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        precondition((1...V.scalarCount).contains(runCount), "a batch holds 1…\(V.scalarCount) runs")
        let p = parameters
        while _runs.count < runCount { _runs.append(PaymentChannelRun()) }
        for lane in 0..<runCount {
            _runs[lane].start(p, key: keys.runKey(lane: lane))
        }
        observer.stepEnded(-1, PaymentChannelsState(kernel: self, runCount: runCount, share: V()))
        for t in 0..<p.steps {
            for lane in 0..<runCount { _runs[lane].step(p, t) }
            observer.stepEnded(t, PaymentChannelsState(kernel: self, runCount: runCount, share: _successShare(p, runCount: runCount)))
        }
        observer.runEnded(finalPrice: _successShare(p, runCount: runCount))
        return (0..<runCount).map { _runs[$0].outcome(p) }
    }
}
