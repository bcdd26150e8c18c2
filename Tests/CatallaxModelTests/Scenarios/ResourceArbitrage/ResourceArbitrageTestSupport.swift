import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// A point from `key = value` assignments over the defaults (the tests'
/// points are inside every domain and consistent).
func arbitragePoint(_ assignments: [(String, ParameterValue)]) -> ResourceArbitrageParameters {
    do {
        return try ResourceArbitrageParameters(assigning: assignments.map { (key: $0.0, value: $0.1) })
    } catch {
        preconditionFailure("\(error)")
    }
}

func arbitrageKeys(_ replicates: Range<Int>, seed: UInt64 = 15) -> [RunKey] {
    replicates.map { RunKey(seed: seed, replicate: UInt64($0)) }
}

/// A drawn run of `p` (replicate `replicate` of seed 15) after its last
/// step, every invariant checked after every step.
func drawnArbitrageRun(_ p: ResourceArbitrageParameters, replicate: Int) -> ResourceArbitrageRun {
    var run = ResourceArbitrageRun()
    run.start(p, key: arbitrageKeys(replicate..<(replicate + 1))[0])
    for t in 0..<p.steps {
        run.step(t)
        if let broken = run.violatedInvariant() { Issue.record("step \(t): \(broken)") }
    }
    return run
}

/// What the known answers read of a run after each step: the step's trade `x(t)` at `p(t)`.
struct ArbitrageStep {
    var prices: [Double]
    var flows: [Double]
    var violation: Double
    var demand: [Double]
    var unmet: [Double]
}

/// A run on an economy written out by hand (`docs/ResourceArbitrage.md`,
/// "Known answers"): nodes by their autarky points `(π, q)`, links with
/// their cost and capacity, in order of the link's lower direction.
struct HandEconomy {
    var nodes: [(price: Double, quantity: Double)]
    var links: [(Int32, Int32)]
    var costs: [Double]
    var capacities: [Double]

    /// Two nodes (8, 128) and (16, 128), one link of cost 2 (known answer (a)).
    static func pair(capacity: Double = 1e9) -> HandEconomy {
        HandEconomy(nodes: [(8, 128), (16, 128)], links: [(0, 1)], costs: [2], capacities: [capacity])
    }

    /// The line (6, 96) – (10, 160) – (20, 160), costs 1 (known answer (b)).
    static func line(cost: Double = 1, capacity12: Double = 1e9) -> HandEconomy {
        HandEconomy(nodes: [(6, 96), (10, 160), (20, 160)], links: [(0, 1), (1, 2)], costs: [cost, cost], capacities: [1e9, capacity12])
    }

    /// A point of the spec's defaults for the known answers: `p̄ = 40`, `λ = 0`, `γ = 1`, over `steps`.
    func point(steps: Int, update: ArbitrageUpdate = .sequential, gamma: Double = 1, cap: Double = 40) -> ResourceArbitrageParameters {
        arbitragePoint([("price_cap", .number(cap)), ("steps", .number(Double(steps))), ("update", .word(update.rawValue)),
                        ("gamma", .number(gamma)), ("nodes", .number(Double(nodes.count))), ("degree", .number(1)), ("topology", .word("er"))])
    }

    /// Runs `p` on the economy; returns the run after its last step and what each step showed.
    func run(_ p: ResourceArbitrageParameters) -> (run: ResourceArbitrageRun, steps: [ArbitrageStep]) {
        var run = ResourceArbitrageRun()
        run.start(p, key: RunKey(seed: 15, replicate: 0), network: Network(nodeCount: nodes.count, edges: links),
                  autarkyPrices: nodes.map(\.price), quantities: nodes.map(\.quantity), linkCosts: costs, linkCapacities: capacities)
        var steps: [ArbitrageStep] = []
        for t in 0..<p.steps {
            run.step(t)
            if let broken = run.violatedInvariant() { Issue.record("step \(t): \(broken)") }
            steps.append(ArbitrageStep(prices: run.price, flows: run.flow, violation: run.violation,
                                       demand: (0..<nodes.count).map { run.market[$0].demand(atPrice: run.price[$0]) }, unmet: run.unmet))
        }
        return (run, steps)
    }
}

/// The metric `metric` of `outcome`, or NaN when it is not reported.
func value(_ outcome: RunOutcome, _ metric: ResourceArbitrageMetric) -> Double { outcome[metric] ?? .nan }

/// `|a − b| ≤ tolerance·max(1, |b|)`.
func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool { abs(a - b) <= tolerance * max(1, abs(b)) }
