import CatallaxNumerics

extension CurveVolatilityKernel: ScenarioKernel {
    /// Runs one batch of the point `parameters` with the curve it names,
    /// specialized for that curve's concrete type.
    /// - Returns: the outcome of each real run, in lane order.
    @inlinable
    public func run<Observer: StepObserver<V>>(
        _ parameters: CurveVolatilityParameters, keys: LaneKeys<V>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        let visit = _RunVisit(batch: self, parameters: parameters, keys: keys, runCount: runCount, observer: observer)
        let (outcomes, observed) = parameters.curve.accept(visit)
        observer = observed
        return outcomes
    }

}

@usableFromInline
struct _RunVisit<V: LaneVector, Observer: StepObserver<V>>: CurveVisitor {
    @usableFromInline let batch: CurveVolatilityKernel<V>
    @usableFromInline let parameters: CurveVolatilityParameters
    @usableFromInline let keys: LaneKeys<V>
    @usableFromInline let runCount: Int
    @usableFromInline let observer: Observer

    @inlinable
    init(batch: CurveVolatilityKernel<V>, parameters: CurveVolatilityParameters, keys: LaneKeys<V>, runCount: Int, observer: Observer) {
        self.batch = batch
        self.parameters = parameters
        self.keys = keys
        self.runCount = runCount
        self.observer = observer
    }

    @inlinable
    func visit<Curve: BondingCurve>(_ curve: Curve) -> ([RunOutcome], Observer) {
        var watcher = observer
        let outcomes = batch.run(parameters, curve: curve, keys: keys, runCount: runCount, observer: &watcher)
        return (outcomes, watcher)
    }
}
