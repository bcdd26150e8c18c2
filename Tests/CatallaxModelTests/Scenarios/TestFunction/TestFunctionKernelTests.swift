import _CatallaxTestSupport
@testable import CatallaxModel
import CatallaxNumerics
import Testing

@Suite struct TestFunctionKernelTests {
    static func outcomes(_ p: TestFunctionParameters, _ replicates: Range<Int>, laneWidth: Int = 4, seed: UInt64 = 11) -> [RunOutcome] {
        ScenarioBatchRunner.outcomes(ScenarioParameters(p), keys: ScenarioBatchRunner.keys(replicates, seed: seed), laneWidth: laneWidth)
    }

    @Test func theNoiseHasMeanZeroAndTheDeclaredStandardDeviation() throws {
        let sigma = 2.0, n = 4096
        let p = try testFunctionPoint([("function", .word("rosenbrock")), ("x1", .number(0.5)), ("x2", .number(0.5)),
                                       ("noise", .number(sigma))])
        let exact = p.exactValue
        let outcomes = Self.outcomes(p, 0..<n, laneWidth: 8)
        #expect(outcomes.allSatisfy { $0.failure == nil && $0[TestFunctionMetric.exact] == exact })
        let noise = outcomes.map { $0[TestFunctionMetric.value]! - exact }
        let mean = noise.reduce(0, +) / Double(n)
        let sd = (noise.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(n - 1)).squareRoot()
        // Four standard errors: σ/√n for the mean, ≈ σ/√(2n) for the standard deviation.
        #expect(abs(mean) < 4 * sigma / Double(n).squareRoot(), "mean \(mean)")
        #expect(abs(sd - sigma) < 4 * sigma / Double(2 * n).squareRoot(), "sd \(sd)")
        #expect(noise.allSatisfy { abs($0) <= TestFunctionParameters.largestDeviate * sigma })
    }

    @Test func withoutNoiseTheValueIsTheExactValueBitForBit() throws {
        let p = try testFunctionPoint([("function", .word("ishigami")), ("x1", .number(1)), ("x2", .number(-2)), ("x3", .number(0.5))])
        for outcome in Self.outcomes(p, 0..<6) {
            #expect(outcome.values.map { $0?.bitPattern } == [p.exactValue.bitPattern, p.exactValue.bitPattern])
        }
    }

    @Test(arguments: TestFunctionParameters.referencePoints.map(\.point))
    func runsAreBitIdenticalAtLaneWidthsTwoFourAndEight(_ p: TestFunctionParameters) {
        // 13 replicates: full batches and a partial one at every width.
        let two = Self.outcomes(p, 0..<13, laneWidth: 2), four = Self.outcomes(p, 0..<13, laneWidth: 4)
        let eight = Self.outcomes(p, 0..<13, laneWidth: 8)
        #expect(two.map { $0.values.map { $0?.bitPattern } } == four.map { $0.values.map { $0?.bitPattern } })
        #expect(four == eight)
        #expect(Set(two.map { $0.values[0]! }).count == 13)
    }

    @Test func aReplicateIsAPureFunctionOfSeedAndReplicate() throws {
        let p = try testFunctionPoint([("noise", .number(1))])
        let all = Self.outcomes(p, 0..<8)
        #expect(Self.outcomes(p, 5..<6) == [all[5]])
        #expect(Self.outcomes(p, 0..<8, seed: 12) != all)
        // The noise is the cosine deviate of block (0, 0, shock, 0) under the run's key.
        let key = RunKey(seed: 11, replicate: 5)
        let block = Philox4x32.block(counter: DrawCounter(step: 0, agent: 0, purpose: .shock).words,
                                     key0: SIMD2<UInt64>(repeating: UInt64(key.words[0])), key1: SIMD2(repeating: UInt64(key.words[1])))
        let z = Philox4x32.standardNormals(u1: Philox4x32.unitInterval(hi: block.0, lo: block.1) as SIMD2<Double>,
                                           u2: Philox4x32.unitInterval(hi: block.2, lo: block.3) as SIMD2<Double>).0[0]
        #expect(all[5][TestFunctionMetric.value] == z)
    }

    @Test func theObserverSeesTheExactValueThenTheNoisyOne() throws {
        let p = try testFunctionPoint([("function", .word("sobol-g")), ("x1", .number(0.25)), ("noise", .number(0.1))])
        var recorder = PricePathRecorder<SIMD4<Double>>()
        let outcomes = TestFunctionKernel<SIMD4<Double>>(sizedFor: p)
            .run(p, keys: LaneKeys(ScenarioBatchRunner.keys(0..<3)), runCount: 3, observer: &recorder)
        for lane in 0..<3 { #expect(recorder.paths[lane] == [p.exactValue, outcomes[lane][TestFunctionMetric.value]!]) }
        let (violations, checks) = ScenarioBatchRunner.invariantViolations(ScenarioParameters(p), keys: ScenarioBatchRunner.keys(0..<3))
        #expect(checks == 2 && violations == [nil, nil, nil])
    }
}
