import CatallaxNumerics

/// A worker's state for running one scenario on `Lanes.scalarCount`
/// replicates of a point in lockstep, each lane one run: structure of
/// arrays laid out `[agent][lane]`, allocated once and grown when a later
/// point needs more, nothing allocated inside the step loop.
///
/// A run is a pure function of its point and its lane's key: lanes never
/// mix, so a run gives the same result whatever lane width or batch it runs
/// in, and a kernel reused for another point gives what a new one would.
public protocol ScenarioKernel<Lanes>: AnyObject {
    /// The lane vector: `SIMD2`, `SIMD4` or `SIMD8` of `Double`.
    associatedtype Lanes: LaneVector
    /// The scenario's parameters.
    associatedtype Point: ScenarioPoint

    /// A kernel sized for points like `point` (it grows as needed).
    init(sizedFor point: Point)

    /// Runs one batch: `runCount` replicates of `point`, one per lane, keyed
    /// by `keys`, with `observer` seeing the state after every step.
    /// - Returns: the outcome of each real run, in lane order.
    func run<Observer: StepObserver<Lanes>>(
        _ point: Point, keys: LaneKeys<Lanes>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome]
}

extension ScenarioKernel {
    /// Runs one batch without observing it.
    @inlinable
    public func run(_ point: Point, keys: LaneKeys<Lanes>, runCount: Int) -> [RunOutcome] {
        var none = NoObservation<Lanes>()
        return run(point, keys: keys, runCount: runCount, observer: &none)
    }
}
