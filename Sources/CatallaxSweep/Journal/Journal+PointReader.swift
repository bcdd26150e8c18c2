import CatallaxModel
import Foundation

extension Journal {
    /// A finished journal read one record at a time, a megabyte of the file
    /// in memory at most besides the record, so that merging shards of
    /// millions of runs does not hold any shard's runs whole.
    ///
    /// A finished journal is compact: its header, then one record per point
    /// holding runs, in ascending point order (``writeCompact(to:header:outcomes:)``
    /// and a finished sweep write it so). The reader refuses anything else
    /// with the same phrases as ``Journal/RunCheck`` and ``Contents/damage(_:)``:
    /// a line that is not a record, a last record cut short, a run the sweep
    /// does not have, a run with the wrong number of values, and records out
    /// of point order.
    public final class PointReader {
        /// What the reader found wrong, as a phrase for `… is damaged: <reason>`.
        public struct Damage: Error, Sendable {
            /// The phrase.
            public var reason: String
        }

        /// The journal's header, `nil` when the file is missing, empty or its first line unreadable.
        public private(set) var header: Header?
        var _lines: JournalLines
        /// The number (from 1) of the line last read.
        var _line = 0
        var _lastPoint = -1
        /// The sweep's shape, for the phrases naming a run that does not fit it.
        let _shape: RunCheck
        let _decoder = JSONDecoder()
        /// The record read ahead by ``peekPoint()``.
        var _ahead: FinishedPoint?

        /// Opens the journal at `url` of a sweep of `points` points × `replicates`
        /// replicates whose runs report `metrics` values each, and reads its header.
        public init(_ url: URL, points: Int, replicates: Int, metrics: Int) {
            _shape = RunCheck(points: points, replicates: replicates, metrics: metrics)
            _lines = JournalLines(url, chunkSize: 1 << 20)
            if _lines.isOpen, let text = try? _nextLine() {
                header = try? _decoder.decode(Header.self, from: Data(text))
            }
        }

        /// The point of the next record, without consuming it; `nil` at the end.
        /// - Throws: ``Damage`` when the next line is not a fit record.
        public func peekPoint() throws(Damage) -> Int? {
            if _ahead == nil { _ahead = try _readRecord() }
            return _ahead?.point
        }

        /// The next record's point and runs (replicates ascending), or `nil`
        /// at the end of the journal.
        /// - Throws: ``Damage`` when the next line is not a fit record.
        public func next() throws(Damage) -> FinishedPoint? {
            if let ahead = _ahead {
                _ahead = nil
                return ahead
            }
            return try _readRecord()
        }

        func _readRecord() throws(Damage) -> FinishedPoint? {
            guard let bytes = try _nextLine() else { return nil }
            guard let record = Journal._runs(ofRecord: bytes, decoder: _decoder) else {
                throw Damage(reason: "line \(_line) is not a record")
            }
            let point = record.point
            guard point > _lastPoint else {
                throw Damage(reason: "line \(_line) records point \(point) after point \(_lastPoint): a finished journal holds its points in order")
            }
            _lastPoint = point
            var replicates: [Int] = [], outcomes: [RunOutcome] = []
            replicates.reserveCapacity(record.runs.count)
            outcomes.reserveCapacity(record.runs.count)
            // Written in ascending order: the sort is then one pass.
            for (replicate, outcome) in record.runs.sorted(by: { $0.replicate < $1.replicate }) {
                if let fault = _shape.fault(RunID(point: point, replicate: replicate), outcome) { throw Damage(reason: fault) }
                guard replicates.last != replicate else {
                    throw Damage(reason: "line \(_line) records replicate \(replicate) of point \(point) twice")
                }
                replicates.append(replicate)
                outcomes.append(outcome)
            }
            return FinishedPoint(point: point, replicates: replicates, outcomes: outcomes)
        }

        /// The next line's bytes without its newline, `nil` at the end of the file.
        /// - Throws: ``Damage`` for a last line without its newline (cut short).
        func _nextLine() throws(Damage) -> ArraySlice<UInt8>? {
            guard let line = _lines.next() else {
                guard _lines.trailingByteCount == 0 else { throw Damage(reason: "its last record is cut short") }
                return nil
            }
            _line += 1
            return line
        }
    }
}
