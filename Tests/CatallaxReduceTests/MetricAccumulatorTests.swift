import CatallaxReduce
import Foundation
import PropertyBased
import Testing

@Suite struct MetricAccumulatorTests {
    @Test func keepsFiniteValuesInOrder() {
        var accumulator = MetricAccumulator()
        for x in [3.0, -1.5, 8.25] { accumulator.add(x) }
        #expect(accumulator.values == [3.0, -1.5, 8.25])
        #expect(accumulator.count == 3)
        #expect(accumulator.failures == 0)
    }

    @Test func roomReservedChangesNothingItHolds() {
        var reserved = MetricAccumulator(reservingCapacity: 4), grown = MetricAccumulator()
        #expect(reserved == grown)
        for x in [2.5, .nan, -7, 1e300, 0.125] {
            reserved.add(x)
            grown.add(x)
        }
        #expect(reserved == grown)
        #expect(reserved.summary() == grown.summary())
    }

    @Test func countsNonFiniteValuesAsFailures() {
        var accumulator = MetricAccumulator()
        accumulator.add(1)
        accumulator.add(.nan)
        accumulator.add(.infinity)
        accumulator.add(-.infinity)
        accumulator.add(2)
        #expect(accumulator.values == [1, 2])
        #expect(accumulator.failures == 3)
        #expect(accumulator.moments.mean == 1.5)
    }

    @Test func recordsFailuresWithoutValues() {
        var accumulator = MetricAccumulator()
        accumulator.recordFailure()
        accumulator.recordFailure()
        #expect(accumulator.count == 0)
        #expect(accumulator.failures == 2)
    }

    @Test func mergeConcatenatesAndAddsFailures() {
        var a = MetricAccumulator()
        a.add(1)
        a.add(.nan)
        var b = MetricAccumulator()
        b.add(2)
        b.add(3)
        b.recordFailure()
        let merged = a.merged(with: b)
        #expect(merged.values == [1, 2, 3])
        #expect(merged.failures == 2)
        a.merge(with: b)
        #expect(a == merged)
    }

    @Test func momentsAccumulateTheValuesInOrder() {
        var accumulator = MetricAccumulator()
        let values = [0.1, 0.25, -7.5, 3.0]
        for x in values { accumulator.add(x) }
        #expect(accumulator.moments == RunningMoments(values))
    }

    @Test func mergeIsExactlyAssociative() {
        let input = Gen.double(in: -1e3...1e3).array(of: 0...10).array(of: 3)
        seededPropertyCheck(seed: 0x5EED_0601, input: input) { parts in
            let accumulators = parts.map { part -> MetricAccumulator in
                var accumulator = MetricAccumulator()
                for x in part { accumulator.add(x) }
                return accumulator
            }
            let left = accumulators[0].merged(with: accumulators[1]).merged(with: accumulators[2])
            let right = accumulators[0].merged(with: accumulators[1].merged(with: accumulators[2]))
            #expect(left == right)
        }
    }

    @Test func summaryIsBitIdenticalForEveryBatching() {
        // The same replicate-ordered values, cut into batches at random and
        // merged in batch order, summarize to the same bits as one batch.
        let input = zip(Gen.double(in: -1e3...1e3).array(of: 1...64), Gen.int(in: 1...64).array(of: 1...8))
        seededPropertyCheck(seed: 0x5EED_0602, input: input) { values, batchSizes in
            var whole = MetricAccumulator()
            for x in values { whole.add(x) }
            var merged = MetricAccumulator()
            var start = 0
            var sizes = batchSizes.makeIterator()
            while start < values.count {
                let end = Swift.min(values.count, start + (sizes.next() ?? values.count))
                var batch = MetricAccumulator()
                for x in values[start..<end] { batch.add(x) }
                merged.merge(with: batch)
                start = end
            }
            #expect(merged.summary() == whole.summary())
            #expect(merged.summary().mean?.bitPattern == whole.summary().mean?.bitPattern)
            #expect(merged.summary().standardDeviation?.bitPattern == whole.summary().standardDeviation?.bitPattern)
        }
    }

    @Test func jsonRoundTripIsBitIdentical() throws {
        var accumulator = MetricAccumulator()
        for x in [0.1, 1.0 / 3, -2.5e-300, 7e200] { accumulator.add(x) }
        accumulator.recordFailure()
        let decoded = try JSONDecoder().decode(MetricAccumulator.self, from: JSONEncoder().encode(accumulator))
        #expect(decoded == accumulator)
        #expect(decoded.values.map(\.bitPattern) == accumulator.values.map(\.bitPattern))
    }

    @Test func decodingRejectsNegativeFailures() {
        let json = #"{"values":[1,2],"failures":-1}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(MetricAccumulator.self, from: Data(json.utf8))
        }
    }

    @Test func decodingRejectsNonFiniteValues() {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let json = #"{"values":[1,"nan"],"failures":0}"#
        #expect(throws: DecodingError.self) {
            try decoder.decode(MetricAccumulator.self, from: Data(json.utf8))
        }
    }
}
