import CatallaxNumerics

/// Something that looks at a batch after every step: data collection and
/// invariant checks are declared by the caller, not built into the step.
///
/// The kernel is generic over the observer, so ``NoObservation`` compiles
/// away entirely.
public protocol StepObserver<Lanes>: Sendable {
    /// The lane vector of the batches observed.
    associatedtype Lanes: LaneVector
    /// Called with the state at the end of step `t` (after its orders), and
    /// once more with `t = −1` before the first step.
    mutating func stepEnded(_ t: Int, _ snapshot: StepSnapshot<Lanes>)
    /// Called once after the last step with `P_T`.
    mutating func runEnded(finalPrice: Lanes)
}

extension StepObserver {
    /// Observers that do not need `P_T` ignore it.
    @inlinable @inline(__always)
    public mutating func runEnded(finalPrice: Lanes) {}
}

/// Records every lane's price path `P_0 … P_T`.
public struct PricePathRecorder<Lanes: LaneVector>: StepObserver {
    /// The paths, one per lane, each `T + 1` prices once the run has ended.
    public private(set) var paths: [[Double]] = Array(repeating: [], count: Lanes.scalarCount)

    /// Creates an empty recorder.
    public init() {}

    public mutating func stepEnded(_ t: Int, _ snapshot: StepSnapshot<Lanes>) {
        if t == 0 { paths = Array(repeating: [], count: Lanes.scalarCount) }
        guard t >= 0 else { return }
        for lane in 0..<Lanes.scalarCount { paths[lane].append(snapshot.price[lane]) }
    }

    public mutating func runEnded(finalPrice: Lanes) {
        for lane in 0..<Lanes.scalarCount { paths[lane].append(finalPrice[lane]) }
    }
}

/// The observer that observes nothing.
public struct NoObservation<Lanes: LaneVector>: StepObserver {
    /// Creates the empty observer.
    public init() {}
    @inlinable @inline(__always)
    public func stepEnded(_ t: Int, _ snapshot: StepSnapshot<Lanes>) {}
}

/// A read-only view of a batch between steps.
public struct StepSnapshot<V: LaneVector> {
    /// `P_t`, the price at the start of the step just run.
    public let price: V
    /// `S` after the step.
    public let supply: V
    /// `T_fee` after the step.
    public let treasury: V
    /// Currency the shock seller received so far.
    public let shockProceeds: V
    /// Shock tokens not sold yet.
    public let unsoldShockTokens: Double
    @usableFromInline let _balance: UnsafeMutableBufferPointer<V>
    @usableFromInline let _holdings: UnsafeMutableBufferPointer<V>
    /// Number of agents.
    public let agents: Int

    @usableFromInline
    init(price: V, supply: V, treasury: V, shockProceeds: V, unsoldShockTokens: Double,
         _balance: UnsafeMutableBufferPointer<V>, _holdings: UnsafeMutableBufferPointer<V>, agents: Int) {
        self.price = price
        self.supply = supply
        self.treasury = treasury
        self.shockProceeds = shockProceeds
        self.unsoldShockTokens = unsoldShockTokens
        self._balance = _balance
        self._holdings = _holdings
        self.agents = agents
    }

    /// `B_i` in `lane`.
    public func balance(agent i: Int, lane: Int) -> Double { _balance[i][lane] }
    /// `H_i` in `lane`.
    public func holdings(agent i: Int, lane: Int) -> Double { _holdings[i][lane] }
}
