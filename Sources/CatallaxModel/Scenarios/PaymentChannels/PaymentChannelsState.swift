import CatallaxNumerics

/// The payment-channel economy after a step, as an observer sees it: the
/// step's success share in place of a price, each lane's channels and last
/// payment, and the invariants of `docs/PaymentChannels.md`.
public struct PaymentChannelsState<V: LaneVector>: StepState {
    /// The step's successes over `K`, per lane.
    public let snapshot: StepSnapshot<V>
    @usableFromInline let _kernel: PaymentChannelsKernel<V>
    @usableFromInline let _runCount: Int

    @inlinable init(kernel: PaymentChannelsKernel<V>, runCount: Int, share: V) {
        snapshot = StepSnapshot(price: share)
        _kernel = kernel
        _runCount = runCount
    }

    /// `c_e` of every direction's channel, lane `lane`.
    public func capacities(lane: Int) -> [Double] { _kernel._runs[lane].capacity }
    /// `f_d` of every direction, lane `lane`.
    public func feeRates(lane: Int) -> [Double] { _kernel._runs[lane].ledger.feeRate }
    /// The step's last payment in lane `lane`: its amount, the last route
    /// tried (directions from the sender) and whether it succeeded.
    public func lastPayment(lane: Int) -> (amount: Double, route: [Int32], succeeded: Bool) {
        let run = _kernel._runs[lane]
        return (run.lastAmount, run.lastRoute, run.lastSucceeded)
    }

    public func violatedInvariant(lane: Int) -> String? {
        lane < _runCount ? _kernel._runs[lane].violatedInvariant() : nil
    }
}
