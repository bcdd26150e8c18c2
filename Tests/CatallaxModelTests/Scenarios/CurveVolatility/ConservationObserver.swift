import Testing
import CatallaxModel
import CatallaxNumerics

/// Checks the specification's invariants after every step:
/// `Σ B_i + T_fee + R(S) (+ shock proceeds) = N·B₀ + R(S_init)`,
/// `Σ H_i (+ unsold shock tokens) = S`, nothing negative or non-finite.
struct ConservationObserver<Lanes: LaneVector>: StepObserver {
    let curve: CurveChoice
    let startingCurrency: Double
    let initialSupply: Double
    let runCount: Int
    var worstCurrencyError = 0.0
    var worstTokenError = 0.0
    var negativeOrNonFinite = 0
    var stepsSeen = 0

    init(_ p: CurveVolatilityParameters, runCount: Int) {
        curve = p.curve
        startingCurrency = Double(p.agents) * p.initialBalance + p.curve.reserve(atSupply: p.initialSupply)
        initialSupply = p.initialSupply
        self.runCount = runCount
    }

    mutating func stepEnded<State: StepState<Lanes>>(_ t: Int, _ state: State) {
        guard let snapshot = state as? any CurveEconomyReading<Lanes> else { Issue.record("unexpected state \(State.self)"); return }
        stepsSeen += 1
        for lane in 0..<runCount {
            var currency = snapshot.treasury[lane] + snapshot.shockProceeds[lane] + curve.reserve(atSupply: snapshot.supply[lane])
            var tokens = snapshot.unsoldShockTokens
            for i in 0..<snapshot.accounts.agents {
                let b = snapshot.accounts.balance(agent: i, lane: lane), h = snapshot.accounts.holdings(agent: i, lane: lane)
                if !(b >= 0 && h >= 0 && b.isFinite && h.isFinite) { negativeOrNonFinite += 1 }
                currency += b
                tokens += h
            }
            let s = snapshot.supply[lane]
            if !(s >= 0 && s.isFinite && snapshot.treasury[lane] >= 0) { negativeOrNonFinite += 1 }
            worstCurrencyError = max(worstCurrencyError, abs(currency - startingCurrency) / startingCurrency)
            worstTokenError = max(worstTokenError, abs(tokens - s) / initialSupply)
        }
    }
}

/// What the observer reads of the curve economy, whatever its curve type.
protocol CurveEconomyReading<Lanes> {
    associatedtype Lanes: LaneVector
    var supply: Lanes { get }
    var treasury: Lanes { get }
    var shockProceeds: Lanes { get }
    var unsoldShockTokens: Double { get }
    var accounts: AgentAccounts<Lanes> { get }
}

extension CurveVolatilityState: CurveEconomyReading {
    typealias Lanes = V
}
