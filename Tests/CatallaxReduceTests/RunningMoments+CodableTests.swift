import CatallaxReduce
import Foundation
import PropertyBased
import Testing

@Suite struct RunningMomentsCodableTests {
    @Test func jsonRoundTripIsBitIdentical() throws {
        let input = Gen.double(in: -1e6...1e6).array(of: 0...40)
        try seededPropertyCheck(count: 100, seed: 0x5EED_0201, input: input) { values in
            let m = RunningMoments(values)
            let decoded = try JSONDecoder().decode(RunningMoments.self, from: JSONEncoder().encode(m))
            #expect(decoded == m)
            #expect(decoded.mean?.bitPattern == m.mean?.bitPattern)
            #expect(decoded.sumOfSquaredDeviations.bitPattern == m.sumOfSquaredDeviations.bitPattern)
        }
    }

    @Test func emptyEncodesAsCountAlone() throws {
        let data = try JSONEncoder().encode(RunningMoments())
        #expect(String(decoding: data, as: UTF8.self) == #"{"count":0}"#)
        #expect(try JSONDecoder().decode(RunningMoments.self, from: data) == RunningMoments())
    }

    @Test func negativeSumOfSquaresIsRejected() {
        let json = #"{"count":2,"mean":1,"sumOfSquaredDeviations":-1,"min":0,"max":2}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RunningMoments.self, from: Data(json.utf8))
        }
    }

    @Test func minAboveMaxIsRejected() {
        let json = #"{"count":2,"mean":1,"sumOfSquaredDeviations":2,"min":3,"max":0}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RunningMoments.self, from: Data(json.utf8))
        }
    }

    @Test func negativeCountIsRejected() {
        let json = #"{"count":-1,"mean":1,"sumOfSquaredDeviations":0,"min":1,"max":1}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RunningMoments.self, from: Data(json.utf8))
        }
    }
}
