import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// A small point: `N = 50`, `T = 100`, other keys as given.
func smallMultiAssetPoint(_ assignments: [(key: String, value: ParameterValue)] = []) -> MultiAssetParameters {
    // The test points are inside every domain and consistent.
    try! MultiAssetParameters(assigning: [("agents", .number(50)), ("steps", .number(100))] + assignments)
}

func multiAssetKeys(_ replicates: Range<Int>, seed: UInt64 = 5) -> [RunKey] {
    replicates.map { RunKey(seed: seed, replicate: UInt64($0)) }
}

/// Runs `keys` in batches of `V.scalarCount` (through the optimized test
/// support module: this target is compiled unoptimized).
func multiAssetOutcomes<V: LaneVector>(_ p: MultiAssetParameters, lanes: V.Type, keys: [RunKey]) -> [RunOutcome] {
    ScenarioBatchRunner.outcomes(ScenarioParameters(p), keys: keys, laneWidth: V.scalarCount)
}

/// Looks inside the batch after the opening and every step: the beliefs,
/// the prices just solved and the holdings of every asset, lane by lane.
struct MultiAssetProbe<Lanes: LaneVector>: StepObserver, @unchecked Sendable {
    let batch: MultiAssetKernel<Lanes>
    let parameters: MultiAssetParameters
    let runCount: Int
    /// Called with (t, lane, beliefs [agent][asset], prices P_{t+1} (P_0 at t = −1)).
    var inspect: (Int, Int, [[Double]], [Double]) -> Void = { _, _, _, _ in }
    var worstHoldingError = 0.0
    var worstCashError = 0.0
    var snapshotPrices: [[Double]] = []
    var stepsSeen = 0

    init(_ batch: MultiAssetKernel<Lanes>, _ parameters: MultiAssetParameters, runCount: Int) {
        self.batch = batch
        self.parameters = parameters
        self.runCount = runCount
    }

    mutating func stepEnded<State: StepState<Lanes>>(_ t: Int, _ state: State) {
        guard let snapshot = state as? MultiAssetState<Lanes> else { Issue.record("unexpected state \(State.self)"); return }
        stepsSeen += 1
        let m = parameters.assets, n = parameters.agents
        let prices = batch._row(.prices), inventory = batch._row(.inventory)
        snapshotPrices.append((0..<runCount).map { snapshot.snapshot.price[$0] })
        for lane in 0..<runCount {
            let beliefs = (0..<n).map { i in (0..<m).map { j in batch._beliefs[i * m + j][lane] } }
            inspect(t, lane, beliefs, (0..<m).map { prices[$0][lane] })
            for j in 0..<m {
                var sum = inventory[j][lane], scale = abs(inventory[j][lane])
                for i in 0..<n {
                    let h = batch._holdings[i * m + j][lane]
                    sum += h
                    scale += abs(h)
                    if j == 0 && snapshot.accounts.holdings(agent: i, lane: lane) != h { worstHoldingError = .infinity }
                }
                worstHoldingError = max(worstHoldingError, scale > 0 ? abs(sum) / scale : abs(sum))
            }
            var cash = batch._makerCash[lane]
            for i in 0..<n { cash += snapshot.accounts.balance(agent: i, lane: lane) }
            let start = Double(n) * parameters.initialBalance
            worstCashError = max(worstCashError, abs(cash - start) / start)
        }
    }
}

extension MultiAssetParameters {
    /// `a_j = κ·Σ_i (V_ij − g·Σ_{k≠j} V_ik)`, agent by agent.
    func demandIntercepts(beliefs: [[Double]]) -> [Double] {
        let g = assets > 1 ? crossSubstitution / Double(assets - 1) : 0
        return (0..<assets).map { j in
            beliefs.reduce(0) { sum, v in
                let others = v.indices.filter { $0 != j }.reduce(0) { $0 + v[$1] }
                return sum + reactivity * (v[j] - g * others)
            }
        }
    }

    /// The market of one step: `a` from the beliefs, `B`, `c`, `C` from the parameters.
    func market(beliefs: [[Double]]) throws -> LinearMultiAssetMarket {
        let m = assets, scale = Double(agents) * reactivity
        let g = m > 1 ? crossSubstitution / Double(m - 1) : 0
        let slopes = try Matrix(rowMajor: (0..<m).map { r in (0..<m).map { c in r == c ? scale : -scale * g } })
        let supply = try Matrix(rowMajor: (0..<m).map { r in (0..<m).map { c in r == c ? depth * scale : 0 } })
        return try LinearMultiAssetMarket(
            demandIntercepts: demandIntercepts(beliefs: beliefs), demandSlopes: slopes,
            supplyIntercepts: Array(repeating: -depth * scale * referenceValue, count: m), supplySlopes: supply)
    }
}
