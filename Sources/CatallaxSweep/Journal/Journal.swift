import CatallaxModel
import Foundation
import Synchronization

/// The record of a sweep's finished batches, appended as they complete, so
/// that a killed sweep (SIGKILL included) resumes with at most the batches
/// in flight redone.
///
/// The file is JSON lines: a header naming the spec's hash and the sweep's
/// shape, then one line per finished batch holding each run's outcome with
/// every value as its IEEE-754 bit pattern, so that a resumed sweep writes
/// exactly the bytes an uninterrupted one would. Each line goes out in one
/// `write` to a file opened with `O_APPEND`; a line cut short by a kill is
/// not valid JSON and is dropped when the journal is read back.
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

    let _descriptor: Mutex<Int32>
    /// Where the journal lives.
    public let url: URL

    /// Opens the journal at `url` for appending, writing `header` first if
    /// the file is new.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)``.
    public init(appendingTo url: URL, header: Header) throws(SweepError) {
        self.url = url
        let existed = FileManager.default.fileExists(atPath: url.path)
        let fd = open(url.path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path: url.path, reason: String(cString: strerror(errno))) }
        _descriptor = Mutex(fd)
        if !existed {
            let data = try! JSONEncoder.journal.encode(header)
            try _append(data)
        }
    }

    deinit {
        _descriptor.withLock { _ = close($0) }
    }

    /// Appends one finished batch.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)``.
    public func append(point: Int, replicates: [Int], outcomes: [RunOutcome]) throws(SweepError) {
        let runs = zip(replicates, outcomes).map { replicate, outcome in
            _Run(replicate: replicate, failure: outcome.failure,
                 values: outcome.values.map { $0.map { String($0.bitPattern, radix: 16) } })
        }
        try _append(try! JSONEncoder.journal.encode(_Line(point: point, runs: runs)))
    }

    func _append(_ line: Data) throws(SweepError) {
        var bytes = line
        bytes.append(UInt8(ascii: "\n"))
        let written = _descriptor.withLock { fd in bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } }
        if written != bytes.count {
            throw .cannotWrite(path: url.path, reason: written < 0 ? String(cString: strerror(errno)) : "short write")
        }
    }

    /// What a journal file holds: its header and the outcome of every run it
    /// recorded (the last record of a run wins).
    public struct Contents: Sendable {
        /// The header, `nil` if the file is empty or its first line unreadable.
        public var header: Header?
        /// Recorded outcomes by run.
        public var outcomes: [RunID: RunOutcome]
    }

    /// Reads the journal at `url`; a missing file is an empty journal and a
    /// truncated last line is ignored.
    public static func read(_ url: URL) -> Contents {
        guard let data = try? Data(contentsOf: url) else { return Contents(header: nil, outcomes: [:]) }
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        guard let first = lines.first, let header = try? JSONDecoder().decode(Header.self, from: Data(first)) else {
            return Contents(header: nil, outcomes: [:])
        }
        lines.removeFirst()
        var outcomes: [RunID: RunOutcome] = [:]
        for line in lines {
            guard let batch = try? JSONDecoder().decode(_Line.self, from: Data(line)) else { continue }
            for run in batch.runs {
                let values = run.values.map { $0.flatMap { UInt64($0, radix: 16) }.map { Double(bitPattern: $0) } }
                outcomes[RunID(point: batch.point, replicate: run.replicate)] = RunOutcome(values: values, failure: run.failure)
            }
        }
        return Contents(header: header, outcomes: outcomes)
    }
}

extension Journal {
    /// Writes a finished journal in run order (one line per point), under a
    /// temporary name then renamed, so a finished folder is byte-identical
    /// however its runs were scheduled, sharded or resumed.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)``.
    public static func writeCompact(to url: URL, header: Header, outcomes: [RunID: RunOutcome]) throws(SweepError) {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).compact")
        try? FileManager.default.removeItem(at: temporary)
        do {
            let compact = try Journal(appendingTo: temporary, header: header)
            let byPoint = Dictionary(grouping: outcomes.keys, by: \.point)
            for point in byPoint.keys.sorted() {
                let runs = byPoint[point]!.sorted()
                try compact.append(point: point, replicates: runs.map(\.replicate), outcomes: runs.map { outcomes[$0]! })
            }
        }
        guard rename(temporary.path, url.path) == 0 else {
            throw .cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
        }
    }
}

extension JSONEncoder {
    /// Compact, key-sorted JSON for journal lines.
    static var journal: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
