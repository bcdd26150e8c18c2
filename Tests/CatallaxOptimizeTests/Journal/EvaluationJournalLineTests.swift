import CatallaxModel
@testable import CatallaxOptimize
import CatallaxSweep
import Foundation
import Testing

/// A search journal's hand-written evaluation line is the very bytes the
/// key-sorted JSON encoder gives for the record, and decodes back to it.
@Suite struct EvaluationJournalLineTests {
    @Test func anEvaluationRecordIsWhatTheEncoderWrites() throws {
        let outcomes: [[RunOutcome]] = [
            [RunOutcome(values: [0.5, nil, -.infinity], failure: nil), RunOutcome(values: [.nan, 1e-300, 2], failure: "bankrupt \"agent\" 3\n")],
            [],
            [RunOutcome(values: [-0.0, 0, 1], failure: nil)],
        ]
        let ranges = [4..<6, 9..<9, 0..<1]
        let seed: UInt64 = 0xDEAD_BEEF_0000_0001
        let written = EvaluationJournal._record(evaluation: 17, seed: seed, ranges: ranges, outcomes: outcomes)
        let record = EvaluationJournal._Evaluation(
            evaluation: 17, seed: String(seed, radix: 16), ranges: ranges.map { [$0.lowerBound, $0.upperBound] },
            outcomes: outcomes.map { $0.map { .init(failure: $0.failure, values: $0.values.map { $0.map { String($0.bitPattern, radix: 16) } }) } })
        let expected = try JSONEncoder.journal.encode(record) + Data("\n".utf8)
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        let decoded = EvaluationJournal._decoded(try JSONDecoder().decode(EvaluationJournal._Evaluation.self, from: written))
        #expect(decoded?.seed == seed)
        #expect(decoded?.ranges == ranges)
        #expect(decoded?.outcomes.map { $0.map { $0.values.map { $0?.bitPattern } } } == outcomes.map { $0.map { $0.values.map { $0?.bitPattern } } })
    }
}
