import CatallaxNumerics

/// A worker's state for running the `token-launch` scenario on
/// `V.scalarCount` replicates of one point, each lane one run
/// (``TokenLaunchRun``). The lanes step in lockstep so an observer sees them
/// all after each step; within a step each lane's orders are scalar code
/// over its own arrays, so a run gives the same bits whatever lane width or
/// lane it runs in. The curve is opened once per step (``CurveVisitor``), so
/// the trader loop is specialized for it. See `docs/TokenLaunch.md`.
public final class TokenLaunchKernel<V: LaneVector> {
    /// One run per lane, kept for the next batch.
    @usableFromInline var _runs: [TokenLaunchRun] = []

    /// A worker sized for points like `point` (runs are sized as they start).
    @inlinable
    public init(sizedFor point: TokenLaunchParameters) {}

    /// The price `P = c·f(S)/σ` of every real lane, as of the last step run.
    @inlinable func _prices(runCount: Int) -> V {
        var price = V()
        for lane in 0..<runCount { price[lane] = _runs[lane].lastPrice }
        return price
    }
}

/// Step `t` of every lane with the concrete curve.
@usableFromInline struct _TokenLaunchStep<V: LaneVector>: CurveVisitor {
    @usableFromInline let kernel: TokenLaunchKernel<V>
    @usableFromInline let step: Int, runCount: Int

    @inlinable init(kernel: TokenLaunchKernel<V>, step: Int, runCount: Int) {
        self.kernel = kernel
        self.step = step
        self.runCount = runCount
    }

    /// Steps every lane (or, at `step = T`, finishes every lane).
    @inlinable func visit<Curve: BondingCurve>(_ curve: Curve) {
        for lane in 0..<runCount {
            if step < kernel._runs[lane].point.steps {
                kernel._runs[lane].step(step, curve: curve)
            } else {
                kernel._runs[lane].finish(curve: curve)
            }
        }
    }
}

extension TokenLaunchKernel: ScenarioKernel {
    /// Runs one batch: `runCount` replicates of `parameters`, one per lane,
    /// keyed by `keys`: each lane draws its traders and airdrop, then `T`
    /// steps of vesting, staking, orders, commission and control.
    /// - Returns: the outcome of each real run, in lane order, values in
    ///   ``TokenLaunchMetric/allCases`` order.
    /// - Complexity: O(T·N + (T/10)·N log N) per lane.
    @inlinable
    public func run<Observer: StepObserver<V>>(
        _ parameters: TokenLaunchParameters, keys: LaneKeys<V>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        precondition((1...V.scalarCount).contains(runCount), "a batch holds 1…\(V.scalarCount) runs")
        let p = parameters
        while _runs.count < runCount { _runs.append(TokenLaunchRun()) }
        for lane in 0..<runCount {
            _runs[lane].start(p, key: keys.runKey(lane: lane).words)
        }
        observer.stepEnded(-1, TokenLaunchState(kernel: self, runCount: runCount, price: _prices(runCount: runCount)))
        for t in 0..<p.steps {
            p.curve.accept(_TokenLaunchStep(kernel: self, step: t, runCount: runCount))
            observer.stepEnded(t, TokenLaunchState(kernel: self, runCount: runCount, price: _prices(runCount: runCount)))
        }
        p.curve.accept(_TokenLaunchStep(kernel: self, step: p.steps, runCount: runCount))
        observer.runEnded(finalPrice: _prices(runCount: runCount))
        return (0..<runCount).map { _runs[$0].outcome() }
    }
}
