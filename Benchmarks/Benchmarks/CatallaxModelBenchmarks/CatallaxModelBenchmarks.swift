// Benchmarks of CatallaxModel: the curve-volatility kernel on one core, per
// curve family at its reference point, the other scenarios' kernels at
// their reference points (each clearing mechanism, each trader type, 4 and
// 16 assets), the bonding curves' lane functions, in agent-steps and
// curve evaluations per second, and the payment network's routing
// (CheapestPathsBenchmarks.swift).

import Benchmark
import BenchmarkRates
import CatallaxModel
import CatallaxNumerics

let benchmarks: @Sendable () -> Void = {
    for family in CurveFamily.allCases {
        kernelBenchmark(family)
    }
    for scenario in Scenario.all where scenario != Scenario(CurveVolatilityParameters.self) {
        for (label, parameters) in scenario.referencePoints {
            scenarioBenchmark(scenario, label, parameters)
        }
    }
    for family in CurveFamily.allCases {
        for operation in CurvePass.Operation.allCases {
            curveBenchmark(family, operation)
        }
    }
    cheapestPathsBenchmarks()
}

// MARK: - The kernel on one core

/// Agent-steps per second: `N·T` per run, 10⁶ at the reference point.
let agentSteps = Rate("agent-steps/s", tolerance: 10)

/// The kernel alone, on the calling thread: one `CurveVolatilityKernel` of
/// `SIMD4<Double>` lanes running replicates 0…3 of the family's reference
/// point (4·10⁶ agent-steps per pass). No executor, no threads: the number
/// every sweep's throughput divides into.
func kernelBenchmark(_ family: CurveFamily) {
    let parameters = CurveVolatilityParameters.reference(family)
    let keys = LaneKeys<SIMD4<Double>>((0..<4).map { RunKey(seed: 1, replicate: UInt64($0)) })
    let work = 4 * parameters.agentSteps
    let kernel = CurveVolatilityKernel<SIMD4<Double>>(sizedFor: parameters)
    Benchmark("Kernel \(family.rawValue), 1 core", configuration: agentSteps.configuration(maxDuration: .seconds(3))) { benchmark in
        benchmark.measure(agentSteps, work: work) {
            kernel.run(parameters, keys: keys, runCount: 4)
        }
    }
}

/// A scenario's kernel through `ScenarioKernels`, as the executor calls it, on
/// the calling thread: replicates 0…3 in `SIMD4<Double>` lanes, repeated
/// until a pass holds at least 10⁶ agent-steps (the zero-intelligence
/// market's reference run is only 6 000).
func scenarioBenchmark(_ scenario: Scenario, _ label: String, _ parameters: ScenarioParameters) {
    let keys = LaneKeys<SIMD4<Double>>((0..<4).map { RunKey(seed: 1, replicate: UInt64($0)) })
    let repeats = max(1, Int((1e6 / (4 * parameters.agentSteps)).rounded(.up)))
    let work = Double(repeats) * 4 * parameters.agentSteps
    let kernel = ScenarioKernels<SIMD4<Double>>()
    Benchmark("Kernel \(scenario.name) \(label), 1 core", configuration: agentSteps.configuration(maxDuration: .seconds(3))) { benchmark in
        benchmark.measure(agentSteps, work: work) {
            var outcomes: [RunOutcome] = []
            for _ in 0..<repeats { outcomes = kernel.run(parameters, keys: keys, runCount: 4) }
            return outcomes
        }
    }
}

// MARK: - Curve evaluation

/// Curve evaluations per second (one lane is one evaluation).
let evaluations = Rate("evaluations/s", tolerance: 15)

/// Evaluations per timed pass: 4 096 states evaluated 16 times, at most about
/// a millisecond, so that most passes fit in one scheduler time slice.
let stateCount = 4_096
let repeatsPerPass = 16

/// One lane function of a curve over a table of market states.
struct CurvePass: CurveVisitor {
    /// Which lane function is measured.
    enum Operation: String, CaseIterable {
        /// `f(S)`.
        case price
        /// `R⁻¹(R(s) + d) − s` with the price carried.
        case mint
        /// `R(s) − R(s − q)` with the price carried.
        case burn
    }

    let operation: Operation
    /// Supplies `s`, around the reference `S_init = 100 000`.
    let supplies: [SIMD4<Double>]
    /// Deposits `d` (currency) or burned tokens `q`: up to 10, a tenth of an agent's balance.
    let amounts: [SIMD4<Double>]

    /// Where each evaluation is stored (as the kernel stores its state; a
    /// floating-point reduction across the loop instead can make the
    /// optimizer give up vectorizing it).
    let results: UnsafeMutableBufferPointer<SIMD4<Double>>

    /// One pass: every state evaluated `repeatsPerPass` times.
    @inline(never)
    func visit<Curve: BondingCurve>(_ curve: Curve) -> SIMD4<Double> {
        supplies.withUnsafeBufferPointer { s in
            amounts.withUnsafeBufferPointer { a in
                // The operation is chosen once, outside the loops.
                switch operation {
                case .price:
                    for _ in 0..<repeatsPerPass {
                        for i in 0..<s.count { results[i] = curve.price(atSupply: s[i]) }
                    }
                case .mint:
                    for _ in 0..<repeatsPerPass {
                        for i in 0..<s.count {
                            var price = curve.price(atSupply: s[i])
                            results[i] = curve.tokensMinted(forDeposit: a[i], atSupply: s[i], price: &price) + price
                        }
                    }
                case .burn:
                    for _ in 0..<repeatsPerPass {
                        for i in 0..<s.count {
                            var price = curve.price(atSupply: s[i])
                            results[i] = curve.refundForBurn(a[i], atSupply: s[i], price: &price) + price
                        }
                    }
                }
                return results[0]
            }
        }
    }
}

/// `operation` of the family's reference curve over 4 096 scrambled market
/// states (Philox uniforms), in evaluations per second. Mint and burn include
/// the price evaluation they carry, as in the kernel's step.
func curveBenchmark(_ family: CurveFamily, _ operation: CurvePass.Operation) {
    let curve = family.referenceCurve
    let pass = CurvePass(operation: operation,
                         supplies: uniformLanes(in: 50_000...150_000, stream: 1),
                         amounts: uniformLanes(in: 0...10, stream: 2),
                         // Kept for the life of the benchmark process.
                         results: .allocate(capacity: stateCount / 4))
    let work = Double(stateCount * repeatsPerPass)
    Benchmark("Curve \(family.rawValue) \(operation.rawValue), SIMD4<Double>",
              configuration: evaluations.configuration(maxDuration: .seconds(1))) { benchmark in
        benchmark.measure(evaluations, work: work) { curve.accept(pass) }
    }
}

/// `stateCount` values spread over `range` in a scrambled order, as lanes.
func uniformLanes(in range: ClosedRange<Double>, stream: UInt32) -> [SIMD4<Double>] {
    (0..<stateCount / 4).map { i in
        let w = Philox4x32.block(counter: SIMD4(UInt32(i), 0, 0, 0), key: SIMD2(stream, 0))
        let u = SIMD4(Philox4x32.unitInterval(hi: w[0], lo: w[1]), Philox4x32.unitInterval(hi: w[1], lo: w[2]),
                      Philox4x32.unitInterval(hi: w[2], lo: w[3]), Philox4x32.unitInterval(hi: w[3], lo: w[0]))
        return range.lowerBound + u * (range.upperBound - range.lowerBound)
    }
}
