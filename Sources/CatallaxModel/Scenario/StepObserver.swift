import CatallaxNumerics

/// Something that looks at a batch after every step: data collection and
/// invariant checks are declared by the caller, not built into the step.
///
/// Kernels are generic over the observer, so ``NoObservation`` compiles
/// away entirely.
public protocol StepObserver<Lanes>: Sendable {
    /// The lane vector of the batches observed.
    associatedtype Lanes: LaneVector
    /// Called with the state at the end of step `t` (after its orders), and
    /// once more with `t = −1` before the first step.
    mutating func stepEnded<State: StepState<Lanes>>(_ t: Int, _ state: State)
    /// Called once after the last step with `P_T`.
    mutating func runEnded(finalPrice: Lanes)
}

extension StepObserver {
    /// Observers that do not need `P_T` ignore it.
    @inlinable @inline(__always)
    public mutating func runEnded(finalPrice: Lanes) {}
}

/// What every kernel shows between steps: `P_t` of every lane.
public struct StepSnapshot<V: LaneVector>: Sendable {
    /// `P_t`, the price at the start of the step just run (for several
    /// assets, the first asset's).
    public let price: V

    /// A snapshot with price `price`.
    @inlinable
    public init(price: V) {
        self.price = price
    }
}

/// A kernel's state between two steps, as an observer sees it: the common
/// ``snapshot`` and the scenario's declared invariants (conservation of
/// money, tokens and units; nothing negative), which only the scenario
/// knows how to check.
public protocol StepState<Lanes> {
    /// The lane vector of the batch.
    associatedtype Lanes: LaneVector
    /// What every kernel has.
    var snapshot: StepSnapshot<Lanes> { get }
    /// The first of the scenario's invariants that fails in `lane`, in
    /// words, or `nil` when all hold.
    func violatedInvariant(lane: Int) -> String?
}

/// Records every lane's price path `P_0 … P_T`.
public struct PricePathRecorder<Lanes: LaneVector>: StepObserver {
    /// The paths, one per lane, each `T + 1` prices once the run has ended
    /// (no lanes when not recording).
    public var paths: [[Double]] { _paths }
    @usableFromInline var _paths: [[Double]]
    /// Whether it records; one that does not costs a branch per step, inlined
    /// into the kernel's step loop.
    public let isRecording: Bool

    /// Creates an empty recorder, or one that records nothing: the sweep
    /// runs every batch through one observer type, so each kernel is
    /// specialized once per lane width, not once with and once without
    /// paths (the sweep executor's file compiled in 146 s instead of 197 s
    /// in a debug build).
    @inlinable
    public init(recording: Bool = true) {
        isRecording = recording
        _paths = recording ? Array(repeating: [], count: Lanes.scalarCount) : []
    }

    @inlinable
    public mutating func stepEnded<State: StepState<Lanes>>(_ t: Int, _ state: State) {
        guard isRecording else { return }
        if t == 0 { _paths = Array(repeating: [], count: Lanes.scalarCount) }
        guard t >= 0 else { return }
        let price = state.snapshot.price
        for lane in 0..<Lanes.scalarCount { _paths[lane].append(price[lane]) }
    }

    @inlinable
    public mutating func runEnded(finalPrice: Lanes) {
        guard isRecording else { return }
        for lane in 0..<Lanes.scalarCount { _paths[lane].append(finalPrice[lane]) }
    }
}

/// Checks the scenario's declared invariants after every step and keeps,
/// per lane, the first violation and the step it happened at.
public struct InvariantObserver<Lanes: LaneVector>: StepObserver {
    /// The lanes that are real runs.
    public let runCount: Int
    /// Per real lane: the first violation as `step t: what failed`, or `nil`.
    public private(set) var violations: [String?]
    /// How many times the state was checked (steps plus the start).
    public private(set) var checks = 0

    /// An observer of `runCount` real lanes.
    public init(runCount: Int) {
        self.runCount = runCount
        violations = Array(repeating: nil, count: runCount)
    }

    public mutating func stepEnded<State: StepState<Lanes>>(_ t: Int, _ state: State) {
        checks += 1
        for lane in 0..<runCount where violations[lane] == nil {
            if let violation = state.violatedInvariant(lane: lane) { violations[lane] = "step \(t): \(violation)" }
        }
    }
}

/// The observer that observes nothing.
public struct NoObservation<Lanes: LaneVector>: StepObserver {
    /// Creates the empty observer.
    @inlinable
    public init() {}
    @inlinable @inline(__always)
    public func stepEnded<State: StepState<Lanes>>(_ t: Int, _ state: State) {}
}
