import CatallaxModel
import CatallaxNumerics

/// An observer that checks every real lane's invariants after every step
/// and keeps one record per real lane and step, made by `record` from the
/// scenario's own state: the probe the scenario tests read kernels with.
public struct RecordingProbe<Lanes: LaneVector, State: StepState<Lanes>, Record>: StepObserver, @unchecked Sendable {
    /// The lanes that are real runs.
    public let runCount: Int
    /// `[lane][step]`, the start (`t = −1`) not included.
    public private(set) var records: [[Record]]
    /// Every violation seen, as `step t lane l: what failed`.
    public private(set) var violations: [String] = []
    let _record: (State, Int) -> Record

    /// A probe of `runCount` real lanes that records `record(state, lane)` after each step.
    public init(runCount: Int, record: @escaping (State, Int) -> Record) {
        self.runCount = runCount
        records = Array(repeating: [], count: runCount)
        _record = record
    }

    public mutating func stepEnded<S: StepState<Lanes>>(_ t: Int, _ state: S) {
        for lane in 0..<runCount {
            if let v = state.violatedInvariant(lane: lane) { violations.append("step \(t) lane \(lane): \(v)") }
        }
        guard t >= 0, let s = state as? State else { return }
        for lane in 0..<runCount { records[lane].append(_record(s, lane)) }
    }
}
