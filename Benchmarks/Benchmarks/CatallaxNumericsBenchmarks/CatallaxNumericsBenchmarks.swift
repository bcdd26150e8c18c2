// Benchmarks of CatallaxNumerics: Philox4x32-10 throughput and the SIMD lane
// math against the scalar C library, in numbers (or values) per second.

import Benchmark
import BenchmarkRates
import CatallaxNumerics
import Foundation

let benchmarks: @Sendable () -> Void = {
    philoxBenchmarks()
    laneMathBenchmarks()
}

// MARK: - Philox4x32-10

/// 32-bit random words per second; uniform doubles per second.
let words = Rate("words/s", tolerance: 15)
let uniforms = Rate("doubles/s", tolerance: 15)

/// Blocks per timed pass: 2¹⁴, a fraction of a millisecond, so that most
/// passes fit in one scheduler time slice on a busy machine.
let blocksPerPass = 1 << 14

func philoxBenchmarks() {
    let key = SIMD2<UInt32>(0x1234_5678, 0x9ABC_DEF0)

    Benchmark("Philox4x32 block, scalar", configuration: words.configuration(maxDuration: .seconds(1))) { benchmark in
        benchmark.measure(words, work: Double(4 * blocksPerPass)) {
            var sum = SIMD4<UInt32>()
            for i in 0..<UInt32(blocksPerPass) {
                sum ^= Philox4x32.block(counter: SIMD4(i, 0, 0, 0), key: key)
            }
            return sum
        }
    }

    Benchmark("Philox4x32 block, SIMD4 lanes", configuration: words.configuration(maxDuration: .seconds(1))) { benchmark in
        benchmark.measure(words, work: Double(4 * 4 * blocksPerPass)) {
            laneBlocks(SIMD4<UInt64>.self, key: key)
        }
    }

    Benchmark("Philox4x32 block, SIMD8 lanes", configuration: words.configuration(maxDuration: .seconds(1))) { benchmark in
        benchmark.measure(words, work: Double(4 * 8 * blocksPerPass)) {
            laneBlocks(SIMD8<UInt64>.self, key: key)
        }
    }

    Benchmark("Philox4x32 uniform doubles, SIMD4 lanes", configuration: uniforms.configuration(maxDuration: .seconds(1))) { benchmark in
        // One block per lane gives two doubles per lane (52 bits from 64).
        let draws = UnsafeMutableBufferPointer<SIMD4<Double>>.allocate(capacity: 256)
        defer { draws.deallocate() }
        benchmark.measure(uniforms, work: Double(2 * 4 * blocksPerPass)) {
            laneUniforms(SIMD4<Double>.self, key: key, into: draws)
            return draws[0]
        }
    }
}

/// `blocksPerPass` lane blocks under a different key per lane (one lane is
/// one run, as in the kernel), folded together so none is dead code.
@inline(never)
func laneBlocks<W: LaneBits>(_: W.Type, key: SIMD2<UInt32>) -> W {
    var key0 = W()
    for lane in 0..<W.scalarCount { key0[lane] = UInt64(key[0] &+ UInt32(lane)) }
    let key1 = W(repeating: UInt64(key[1]))
    var sum = W()
    for i in 0..<UInt32(blocksPerPass) {
        let (w0, w1, w2, w3) = Philox4x32.block(counter: SIMD4(i, 0, 0, 0), key0: key0, key1: key1)
        sum ^= w0 ^ w1 ^ w2 ^ w3
    }
    return sum
}

/// `blocksPerPass` lane blocks turned into two uniform doubles per lane,
/// stored as the kernel stores its draws (a reduction instead lets the
/// optimizer fuse the loop into scalar code).
@inline(never)
func laneUniforms<V: LaneVector>(_: V.Type, key: SIMD2<UInt32>, into draws: UnsafeMutableBufferPointer<V>) {
    var key0 = V.Bits(repeating: UInt64(key[0]))
    for lane in 0..<V.scalarCount { key0[lane] = UInt64(key[0] &+ UInt32(lane)) }
    let key1 = V.Bits(repeating: UInt64(key[1]))
    let mask = draws.count - 1
    for i in 0..<blocksPerPass {
        let (w0, w1, w2, w3) = Philox4x32.block(counter: SIMD4(UInt32(i), 0, 0, 0), key0: key0, key1: key1)
        draws[(2 * i) & mask] = Philox4x32.unitInterval(hi: w0, lo: w1)
        draws[(2 * i + 1) & mask] = Philox4x32.unitInterval(hi: w2, lo: w3)
    }
}

// MARK: - Lane math against the C library

/// Function values per second.
let values = Rate("values/s", tolerance: 15)

/// Values per timed pass: 4 096 arguments (32 KiB, in L1/L2) evaluated 16
/// times, well under a millisecond.
let argumentCount = 4_096
let repeatsPerPass = 16

/// One function measured both ways: `LaneMath` on `SIMD4<Double>` lanes and
/// the scalar C library on each value, over the same arguments.
protocol MeasuredFunction {
    /// The benchmark name, e.g. `exp`.
    static var name: String { get }
    /// The arguments' range, sampled uniformly.
    static var domain: ClosedRange<Double> { get }
    /// The lane version.
    static func lanes<V: LaneVector>(_ x: V) -> V
    /// The scalar library version.
    static func scalar(_ x: Double) -> Double
}

enum Exp: MeasuredFunction {
    static let name = "exp"
    static let domain = -20.0...20.0
    @inline(__always) static func lanes<V: LaneVector>(_ x: V) -> V { LaneMath.exp(x) }
    @inline(__always) static func scalar(_ x: Double) -> Double { Foundation.exp(x) }
}

enum Log: MeasuredFunction {
    static let name = "log"
    static let domain = 1e-3...1e3
    @inline(__always) static func lanes<V: LaneVector>(_ x: V) -> V { LaneMath.log(x) }
    @inline(__always) static func scalar(_ x: Double) -> Double { Foundation.log(x) }
}

enum Log1p: MeasuredFunction {
    static let name = "log1p"
    static let domain = -0.5...10.0
    @inline(__always) static func lanes<V: LaneVector>(_ x: V) -> V { LaneMath.log1p(x) }
    @inline(__always) static func scalar(_ x: Double) -> Double { Foundation.log1p(x) }
}

enum Expm1: MeasuredFunction {
    static let name = "expm1"
    static let domain = -1.0...1.0
    @inline(__always) static func lanes<V: LaneVector>(_ x: V) -> V { LaneMath.expm1(x) }
    @inline(__always) static func scalar(_ x: Double) -> Double { Foundation.expm1(x) }
}

enum Softplus: MeasuredFunction {
    static let name = "softplus"
    static let domain = -20.0...20.0
    @inline(__always) static func lanes<V: LaneVector>(_ x: V) -> V { LaneMath.softplus(x) }
    /// `ln(1 + eˣ) = max(x, 0) + log1p(e^{−|x|})`, the overflow-free scalar form.
    @inline(__always) static func scalar(_ x: Double) -> Double { max(x, 0) + Foundation.log1p(Foundation.exp(-abs(x))) }
}

func laneMathBenchmarks() {
    measureBothWays(Exp.self)
    measureBothWays(Log.self)
    measureBothWays(Log1p.self)
    measureBothWays(Expm1.self)
    measureBothWays(Softplus.self)
}

/// Registers `LaneMath.<f>` on `SIMD4<Double>` and the C library's `<f>`.
func measureBothWays<F: MeasuredFunction>(_: F.Type) {
    let arguments = uniformArguments(in: F.domain)
    let work = Double(argumentCount * repeatsPerPass)
    let laneArguments = stride(from: 0, to: argumentCount, by: 4).map { SIMD4(arguments[$0..<$0 + 4]) }
    Benchmark("LaneMath.\(F.name), SIMD4<Double>", configuration: values.configuration(maxDuration: .seconds(1))) { benchmark in
        var results = [SIMD4<Double>](repeating: .zero, count: laneArguments.count)
        benchmark.measure(values, work: work) { evaluateLanes(F.self, laneArguments, into: &results) }
        blackHole(results)
    }
    Benchmark("C library \(F.name), scalar", configuration: values.configuration(maxDuration: .seconds(1))) { benchmark in
        var results = [Double](repeating: 0, count: argumentCount)
        benchmark.measure(values, work: work) { evaluateScalar(F.self, arguments, into: &results) }
        blackHole(results)
    }
}

/// `argumentCount` arguments spread over `domain` in a scrambled order (Philox
/// uniforms), so that the scalar library's branches are not all predicted.
func uniformArguments(in domain: ClosedRange<Double>) -> [Double] {
    (0..<argumentCount).map { i in
        let w = Philox4x32.block(counter: SIMD4(UInt32(i), 0, 0, 0), key: SIMD2(7, 11))
        let u = Philox4x32.unitInterval(hi: w[0], lo: w[1])
        return domain.lowerBound + u * (domain.upperBound - domain.lowerBound)
    }
}

@inline(never)
func evaluateLanes<F: MeasuredFunction>(_: F.Type, _ arguments: [SIMD4<Double>], into results: inout [SIMD4<Double>]) {
    arguments.withUnsafeBufferPointer { x in
        results.withUnsafeMutableBufferPointer { y in
            for _ in 0..<repeatsPerPass {
                for i in 0..<y.count { y[i] = F.lanes(x[i]) }
            }
        }
    }
}

@inline(never)
func evaluateScalar<F: MeasuredFunction>(_: F.Type, _ arguments: [Double], into results: inout [Double]) {
    arguments.withUnsafeBufferPointer { x in
        results.withUnsafeMutableBufferPointer { y in
            for _ in 0..<repeatsPerPass {
                for i in 0..<y.count { y[i] = F.scalar(x[i]) }
            }
        }
    }
}
