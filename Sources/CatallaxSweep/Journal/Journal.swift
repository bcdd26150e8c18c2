import CatallaxModel
import Foundation

/// The record of a sweep's finished batches, appended as they complete, so
/// that a killed sweep (SIGKILL included) resumes with at most the batches
/// in flight redone.
///
/// The file is JSON lines: a header naming the spec's hash and the sweep's
/// shape, then one line per finished batch holding each run's outcome with
/// every value as its IEEE-754 bit pattern, so that a resumed sweep writes
/// exactly the bytes an uninterrupted one would. Each line goes out in one
/// `write` to a file opened with `O_APPEND`, so a crash can only cut the
/// *last* line short; reading drops that torn line (see ``read(_:)``) and
/// ``discardTornTail(of:keeping:)`` cuts it off before appending again.
public final class Journal: Sendable {
    /// The journal's header: which sweep it belongs to.
    public struct Header: Codable, Equatable, Sendable {
        /// Format version.
        public var format = 1
        /// The spec's hash.
        public var specHash: String
        /// The sweep's points.
        public var points: Int
        /// Replicates per point.
        public var replicates: Int
        /// The sweep's seed.
        public var seed: UInt64
        /// The shard it runs, as `k/n`.
        public var shard: String

        /// Creates a header.
        public init(specHash: String, points: Int, replicates: Int, seed: UInt64, shard: Shard) {
            self.specHash = specHash
            self.points = points
            self.replicates = replicates
            self.seed = seed
            self.shard = shard.description
        }
    }

    struct _Line: Codable {
        var point: Int
        var runs: [_Run]
    }

    struct _Run: Codable {
        var replicate: Int
        var failure: String?
        /// Bit patterns in hexadecimal; `nil` where a metric does not apply.
        var values: [String?]
    }

    let _file: JournalFile
    /// Where the journal lives.
    public var url: URL { _file.url }

    /// Opens the journal at `url` for appending, writing `header` first if
    /// the file is new or empty.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)``.
    public init(appendingTo url: URL, header: Header) throws(SweepError) {
        _file = try JournalFile(appendingTo: url)
        if _file.isEmpty {
            try _file.append(Self._encoded(header))
        }
    }

    /// Appends one finished batch.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)``.
    public func append(point: Int, replicates: [Int], outcomes: [RunOutcome]) throws(SweepError) {
        try _file.append(Self._record(point: point, replicates: replicates, outcomes: outcomes))
    }

    /// Appends one finished batch already spelled as a line by ``_record(point:replicates:outcomes:)``.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)``.
    func append(_ line: Data) throws(SweepError) {
        try _file.append(line)
    }

    /// `header` as one journal line, newline included.
    static func _encoded(_ header: Header) -> Data {
        var data = try! JSONEncoder.journal.encode(header)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// One batch as one journal line, newline included.
    /// (The text `JSONEncoder.journal` gives for `_Line`, written directly: ``JournalLine``.)
    static func _record(point: Int, replicates: [Int], outcomes: [RunOutcome]) -> Data {
        var line = JournalLine(capacity: 32 + outcomes.count * (40 + 20 * (outcomes.first?.values.count ?? 0)))
        line.raw("{\"point\":")
        line.integer(point)
        line.raw(",\"runs\":[")
        for (i, (replicate, outcome)) in zip(replicates, outcomes).enumerated() {
            if i > 0 { line.raw(",") }
            line.outcome(outcome, replicate: replicate)
        }
        line.raw("]}")
        return line.data
    }
}

extension Journal {
    /// Cuts the journal at `url` back to its first `length` bytes: the end
    /// of its last complete record (``Contents/intactByteCount``), so that
    /// the next record is not glued onto a torn one.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)``.
    public static func discardTornTail(of url: URL, keeping length: Int) throws(SweepError) {
        guard truncate(url.path, off_t(length)) == 0 else {
            throw .cannotWrite(path: url.path, reason: SweepError.systemReason())
        }
    }

    /// Writes a finished journal in run order (one line per point), under a
    /// temporary name then renamed, so a finished folder is byte-identical
    /// however its runs were scheduled, sharded or resumed.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)``; the journal at
    ///   `url` is then left as it was.
    /// - Complexity: O(runs · log runs).
    public static func writeCompact(to url: URL, header: Header, outcomes: [RunID: RunOutcome]) throws(SweepError) {
        // Streamed a point at a time: a million runs make a journal of a hundred megabytes and more.
        try WholeFile.write(to: url) { file in
            file.write(_encoded(header))
            FinishedPoint.forEach(in: outcomes) { appendCompact($0, to: &file) }
        }
    }

    /// Appends `header`'s line to a finished journal being written.
    package static func appendHeader(_ header: Header, to file: inout WholeFile.Stream) {
        file.write(_encoded(header))
    }

    /// Appends `point`'s record (nothing for a point without runs) to a
    /// finished journal being written in point order.
    package static func appendCompact(_ point: FinishedPoint, to file: inout WholeFile.Stream) {
        guard !point.replicates.isEmpty else { return }
        file.write(_record(point: point.point, replicates: point.replicates, outcomes: point.outcomes))
    }
}

extension JSONEncoder {
    /// Compact, key-sorted JSON for journal lines (an unsorted encoder orders keys by a
    /// per-process hash seed, so the same record would differ in bytes between runs).
    package static var journal: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
