import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// A point from `key = value` assignments over the defaults (the tests'
/// points are inside every domain and consistent).
func resourcePoint(_ assignments: [(String, ParameterValue)]) -> ResourceEconomyParameters {
    do {
        return try ResourceEconomyParameters(assigning: assignments.map { (key: $0.0, value: $0.1) })
    } catch {
        preconditionFailure("\(error)")
    }
}

func resourceKeys(_ replicates: Range<Int>, seed: UInt64 = 14) -> [RunKey] {
    replicates.map { RunKey(seed: seed, replicate: UInt64($0)) }
}

/// Runs `keys` in batches of `laneWidth` through the optimized test
/// support, so the kernel runs at speed in a debug build.
func resourceOutcomes(_ p: ResourceEconomyParameters, laneWidth: Int, keys: [RunKey]) -> [RunOutcome] {
    ScenarioBatchRunner.outcomes(ScenarioParameters(p), keys: keys, laneWidth: laneWidth)
}

/// What a probe saw of lane 0 after one step.
struct ResourceStepRecord {
    var step: Int
    var wallets: [Double]
    var provider: Double
    var outside: Double
    var prices: [Double]
    var allocated: [Double]
    var capacity: [Double]
    /// `[agent][resource]` of lane 0.
    var spotFill: [[Double]]
    var aheadFill: [[Double]]
    var spotOrder: [[Double]]
    var aheadOrder: [[Double]]
    var redeemed: [[Double]]
    var needs: [Double]
    var dormant: [Bool]
    var nextQuote: [Double]
    var violation: String?
}

/// Records lane 0 of the kernel after every step and checks the invariants
/// of every real lane.
struct ResourceProbe<Lanes: LaneVector>: StepObserver, @unchecked Sendable {
    let kernel: ResourceEconomyKernel<Lanes>
    let parameters: ResourceEconomyParameters
    let runCount: Int
    var records: [ResourceStepRecord] = []
    var violations: [String] = []

    init(_ kernel: ResourceEconomyKernel<Lanes>, _ parameters: ResourceEconomyParameters, runCount: Int) {
        self.kernel = kernel
        self.parameters = parameters
        self.runCount = runCount
    }

    mutating func stepEnded<State: StepState<Lanes>>(_ t: Int, _ state: State) {
        for lane in 0..<runCount {
            if let v = state.violatedInvariant(lane: lane) { violations.append("step \(t) lane \(lane): \(v)") }
        }
        guard t >= 0, let s = state as? ResourceEconomyState<Lanes> else { return }
        let n = parameters.agents, m = parameters.resources
        func pairs(_ row: _PairRow) -> [[Double]] {
            (0..<n).map { i in (0..<m).map { j in kernel._row(row)[i * m + j][0] } }
        }
        let loads = s.loads(lane: 0), accounts = s.accounts(lane: 0)
        records.append(ResourceStepRecord(
            step: t, wallets: s.wallets(lane: 0), provider: accounts.provider, outside: accounts.outside, prices: s.prices(lane: 0),
            allocated: loads.map(\.allocated), capacity: loads.map(\.capacity),
            spotFill: pairs(.spotFill), aheadFill: pairs(.aheadFill), spotOrder: pairs(.spotOrder), aheadOrder: pairs(.aheadOrder),
            redeemed: pairs(.redeemed), needs: (0..<n).map { kernel._row(.need)[$0][0] },
            dormant: (0..<n).map { s.isDormant(agent: $0, lane: 0) }, nextQuote: (0..<m).map { kernel._row(.nextQuote)[$0][0] },
            violation: s.violatedInvariant(lane: 0)))
    }
}

/// Runs one batch of `p` with a probe, optionally with the needs set by `needs(t, i)`.
func probedRun<V: LaneVector>(
    _ p: ResourceEconomyParameters, lanes: V.Type, keys: [RunKey], needs: ((Int, Int) -> Double)? = nil
) -> (outcomes: [RunOutcome], probe: ResourceProbe<V>) {
    let kernel = ResourceEconomyKernel<V>(sizedFor: p)
    kernel._needsOverride = needs
    var probe = ResourceProbe(kernel, p, runCount: keys.count)
    let outcomes = kernel.run(p, keys: LaneKeys<V>(keys), runCount: keys.count, observer: &probe)
    return (outcomes, probe)
}

/// Records what `read` takes from the kernel after every step, given which
/// agents were live (lane 0) when the step's orders were placed.
struct StepRecorder<Lanes: LaneVector, Record>: StepObserver, @unchecked Sendable {
    let kernel: ResourceEconomyKernel<Lanes>
    let agents: Int
    let read: (ResourceEconomyKernel<Lanes>, _ liveBefore: [Bool]) -> [Record]
    var liveBefore: [Bool]
    var records: [Record] = []

    init(_ kernel: ResourceEconomyKernel<Lanes>, agents: Int,
         read: @escaping (ResourceEconomyKernel<Lanes>, _ liveBefore: [Bool]) -> [Record]) {
        self.kernel = kernel
        self.agents = agents
        self.read = read
        liveBefore = Array(repeating: true, count: agents)
    }

    mutating func stepEnded<State: StepState<Lanes>>(_ t: Int, _ state: State) {
        guard t >= 0 else { return }
        records += read(kernel, liveBefore)
        liveBefore = (0..<agents).map { kernel._row(.dormant)[$0][0] == 0 }
    }
}

/// Row `row` of lane 0 for resource `j`, agent by agent.
func laneZero<Lanes: LaneVector>(_ kernel: ResourceEconomyKernel<Lanes>, _ row: _PairRow, resource j: Int, agents n: Int, resources m: Int) -> [Double] {
    (0..<n).map { kernel._row(row)[$0 * m + j][0] }
}
