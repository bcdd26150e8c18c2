import CatallaxModel
import CatallaxSweep
import Foundation

/// The record of a search's evaluations, appended as they finish, so that a
/// killed search (SIGKILL included) resumes where it was.
///
/// A search is a pure function of its spec and of the outcomes its runs
/// return, so it need not save its own state: a resumed search starts again
/// from the beginning and takes the outcomes of its first evaluations from
/// the journal instead of running them, reaching bit-identically the state
/// the killed one had, then goes on running. JSON lines: a header naming the
/// search (its hash), then one line per evaluation (one parallel plan) with
/// its candidates' replicate ranges and every outcome as IEEE-754 bit
/// patterns, stored like a sweep's journal (``JournalFile``); a last line
/// cut by a crash is dropped on resume.
public final class EvaluationJournal {
    /// The journal's header.
    public struct Header: Codable, Equatable, Sendable {
        /// Format version.
        public var format = 1
        /// The search's hash (``OptimizeSpec/hashHex``).
        public var searchHash: String

        /// The header of the search with hash `searchHash`.
        public init(searchHash: String) {
            self.searchHash = searchHash
        }
    }

    struct _Outcome: Codable {
        var failure: String?
        /// Bit patterns in hexadecimal; `nil` where a metric does not apply.
        var values: [String?]
    }

    struct _Evaluation: Codable {
        var evaluation: Int
        var seed: String
        var ranges: [[Int]]
        var outcomes: [[_Outcome]]
    }

    /// The journal's file name in the output folder.
    public static let name = "search-journal.jsonl"

    /// Where it lives.
    public let url: URL
    /// The evaluations recorded before this process, in order.
    public private(set) var recorded: [(seed: UInt64, ranges: [Range<Int>], outcomes: [[RunOutcome]])] = []
    let _file: JournalFile

    /// Opens the journal of the search `header` names at `url`: a new one,
    /// or, with `resuming`, the existing one, whose torn last line is cut off.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)``, and
    ///   ``SweepError/damagedJournal(path:damage:)`` when the existing
    ///   journal belongs to another search or a line other than the last is not a record.
    public init(at url: URL, header: Header, resuming: Bool) throws(SweepError) {
        self.url = url
        // A crash before the header's newline left no search to resume: such a file starts afresh.
        if resuming, let data = FileManager.default.contents(atPath: url.path), data.contains(UInt8(ascii: "\n")) {
            var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            // Only text before the last newline is whole; what follows it was cut by a crash.
            let tail = lines.removeLast()
            guard let found = try? JSONDecoder().decode(Header.self, from: Data(lines[0])), found == header else {
                throw .damagedJournal(path: url.path, damage: "it belongs to another search, not the one of hash \(header.searchHash)")
            }
            var intact = lines[0].count + 1
            for (number, line) in lines.enumerated().dropFirst() {
                guard let record = try? JSONDecoder().decode(_Evaluation.self, from: Data(line)), record.evaluation == recorded.count,
                      let evaluation = Self._decoded(record) else {
                    throw .damagedJournal(path: url.path, damage: "line \(number + 1) is not the record of evaluation \(recorded.count)")
                }
                recorded.append(evaluation)
                intact += line.count + 1
            }
            if !tail.isEmpty { try Journal.discardTornTail(of: url, keeping: intact) }
        } else {
            try? FileManager.default.removeItem(at: url)
        }
        _file = try JournalFile(appendingTo: url)
        if _file.isEmpty { try _file.append(Self._line(header)) }
    }

    /// Appends evaluation number `index`.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)``.
    public func append(evaluation index: Int, seed: UInt64, ranges: [Range<Int>], outcomes: [[RunOutcome]]) throws(SweepError) {
        try _file.append(Self._record(evaluation: index, seed: seed, ranges: ranges, outcomes: outcomes))
    }

    /// One evaluation as one journal line, newline included: the text
    /// `JSONEncoder.journal` gives for `_Evaluation`, written directly (``JournalLine``).
    static func _record(evaluation index: Int, seed: UInt64, ranges: [Range<Int>], outcomes: [[RunOutcome]]) -> Data {
        var line = JournalLine()
        line.raw("{\"evaluation\":")
        line.integer(index)
        line.raw(",\"outcomes\":[")
        for (i, runs) in outcomes.enumerated() {
            line.raw(i > 0 ? ",[" : "[")
            for (j, outcome) in runs.enumerated() {
                if j > 0 { line.raw(",") }
                line.outcome(outcome)
            }
            line.raw("]")
        }
        line.raw("],\"ranges\":[")
        for (i, range) in ranges.enumerated() {
            line.raw(i > 0 ? ",[" : "[")
            line.integer(range.lowerBound)
            line.raw(",")
            line.integer(range.upperBound)
            line.raw("]")
        }
        line.raw("],\"seed\":")
        line.hexadecimal(seed)
        line.raw("}")
        return line.data
    }

    /// `value` as one journal line, newline included.
    static func _line(_ value: some Encodable) -> Data {
        try! JSONEncoder.journal.encode(value) + Data("\n".utf8)
    }

    /// A record's contents, or `nil` when a value is not a 64-bit pattern or a range is malformed.
    static func _decoded(_ record: _Evaluation) -> (seed: UInt64, ranges: [Range<Int>], outcomes: [[RunOutcome]])? {
        guard let seed = UInt64(record.seed, radix: 16), record.ranges.count == record.outcomes.count else { return nil }
        var ranges: [Range<Int>] = []
        for pair in record.ranges {
            guard pair.count == 2, pair[0] >= 0, pair[0] <= pair[1] else { return nil }
            ranges.append(pair[0]..<pair[1])
        }
        var outcomes: [[RunOutcome]] = []
        for (range, runs) in zip(ranges, record.outcomes) {
            guard runs.count == range.count else { return nil }
            var decoded: [RunOutcome] = []
            for run in runs {
                guard let outcome = RunOutcome(bitPatterns: run.values, failure: run.failure) else { return nil }
                decoded.append(outcome)
            }
            outcomes.append(decoded)
        }
        return (seed, ranges, outcomes)
    }
}
