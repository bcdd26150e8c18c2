import Testing
import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// Small points and batch helpers for the `market-clearing` tests.
enum MarketClearingTestSupport {
    /// A small reference population trading through `mechanism`.
    static func smallPoint(
        _ mechanism: ClearingMechanism, agents: Int = 120, steps: Int = 120, interval: Int = 1
    ) -> MarketClearingParameters {
        var p = MarketClearingParameters()
        p.mechanism = mechanism
        p.agents = agents
        p.steps = steps
        p.callInterval = interval
        return p
    }

    /// Runs `replicates` in batches of `V.scalarCount` lanes.
    static func outcomes<V: LaneVector>(_ p: MarketClearingParameters, lanes: V.Type, replicates: Range<Int>) -> [RunOutcome] {
        ScenarioBatchRunner.outcomes(ScenarioParameters(p), keys: TestSupport.keys(replicates), laneWidth: V.scalarCount)
    }
}

/// Checks the scenario's invariants after every step: `Σ B_i = N·B₀`,
/// `Σ H_i = N·H₀`, nothing negative or non-finite, the price positive and
/// finite.
struct ClearingConservationObserver<Lanes: LaneVector>: StepObserver {
    let startingCash: Double
    let startingUnits: Double
    let runCount: Int
    var worstCashError = 0.0
    var worstUnitError = 0.0
    var negativeOrNonFinite = 0
    var nonWholeUnits = 0
    var stepsSeen = 0

    init(_ p: MarketClearingParameters, runCount: Int) {
        startingCash = Double(p.agents) * p.initialBalance
        startingUnits = Double(p.agents) * Double(p.initialUnits)
        self.runCount = runCount
    }

    mutating func stepEnded<State: StepState<Lanes>>(_ t: Int, _ state: State) {
        guard let snapshot = state as? MarketClearingState<Lanes> else { Issue.record("unexpected state \(State.self)"); return }
        stepsSeen += 1
        for lane in 0..<runCount {
            var cash = 0.0, units = 0.0
            for i in 0..<snapshot.accounts.agents {
                let b = snapshot.accounts.balance(agent: i, lane: lane), h = snapshot.accounts.holdings(agent: i, lane: lane)
                if !(b >= 0 && h >= 0 && b.isFinite && h.isFinite) { negativeOrNonFinite += 1 }
                if h != h.rounded() { nonWholeUnits += 1 }
                cash += b
                units += h
            }
            let price = snapshot.snapshot.price[lane]
            if !(price > 0 && price.isFinite) { negativeOrNonFinite += 1 }
            if snapshot.startingUnits != startingUnits || snapshot.violatedInvariant(lane: lane) != nil { negativeOrNonFinite += 1 }
            worstCashError = max(worstCashError, abs(cash - startingCash) / startingCash)
            worstUnitError = max(worstUnitError, abs(units - startingUnits) / startingUnits)
        }
    }
}

