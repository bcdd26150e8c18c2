import CatallaxModel
import Foundation

extension Journal {
    /// What a journal file holds: its header, the outcome of every run it
    /// recorded (the last record of a run wins), and whether it was torn or
    /// damaged.
    public struct Contents: Sendable {
        /// The header, `nil` if the file is missing, empty or its first line unreadable.
        public var header: Header?
        /// Recorded outcomes by run (the last record of a run wins); empty
        /// from ``Journal/read(_:eachRecord:)``, which hands them on instead.
        public var outcomes: [RunID: RunOutcome]
        /// Bytes up to the end of the last complete record: what is left
        /// once a torn last line is cut off.
        public var intactByteCount = 0
        /// Bytes after ``intactByteCount``: a last line cut short by a crash.
        public var tornByteCount = 0
        /// The number (from 1) of the first line, other than the last, that
        /// is not a record: damage a crash does not cause.
        public var corruptLine: Int?
    }

    /// Reads the journal at `url`; a missing file is an empty journal.
    /// Holds every recorded outcome: see ``read(_:eachRecord:)`` for a
    /// reading that hands the records on instead.
    /// - Complexity: O(file size).
    public static func read(_ url: URL) -> Contents {
        var outcomes: [RunID: RunOutcome] = [:]
        var contents = read(url) { point, runs in
            for (replicate, outcome) in runs { outcomes[RunID(point: point, replicate: replicate)] = outcome }
        }
        contents.outcomes = outcomes
        return contents
    }

    /// Reads the journal at `url`, handing each record's point and runs to
    /// `eachRecord` in the file's order; the returned contents leave
    /// ``Contents/outcomes`` empty. A missing file is an empty journal.
    ///
    /// A line counts when it ends in a newline and decodes. A crash can only
    /// cut the last line short (each record is one `write`), so a last line
    /// that does not count is torn: it is left out of ``Contents/intactByteCount``.
    /// Any other line that does not count is reported as
    /// ``Contents/corruptLine`` and skipped.
    /// - Complexity: O(file size); a few megabytes in memory besides what `eachRecord` keeps.
    public static func read(_ url: URL, eachRecord: (_ point: Int, _ runs: [(replicate: Int, outcome: RunOutcome)]) -> Void)
        -> Contents {
        var contents = Contents(header: nil, outcomes: [:])
        // Read 4 MB at a time: a journal of a million runs is 160 MB.
        var lines = JournalLines(url, chunkSize: 1 << 22)
        guard lines.isOpen else { return contents }
        let decoder = JSONDecoder()
        var number = 0
        var failed: Int?  // a line that did not count: damage when anything follows it, else the torn last line
        while let line = lines.next() {
            if let line = failed { contents.corruptLine = contents.corruptLine ?? line }
            failed = nil
            number += 1
            let counts: Bool
            if number == 1 {
                contents.header = try? decoder.decode(Header.self, from: Data(line))
                counts = contents.header != nil
            } else if let record = Self._runs(ofRecord: line, decoder: decoder) {
                eachRecord(record.point, record.runs)
                counts = true
            } else {
                counts = false
            }
            if counts { contents.intactByteCount = lines.offset } else { failed = number }
        }
        // A line that did not count, followed by part of one, is damage; the part is torn.
        if let line = failed, lines.trailingByteCount > 0 { contents.corruptLine = contents.corruptLine ?? line }
        contents.tornByteCount = lines.offset + lines.trailingByteCount - contents.intactByteCount
        return contents
    }

    /// A record line's point and runs (without its newline), or `nil` when
    /// it is not a record: scanned directly in the form every journal writes
    /// (``JournalRecordScanner``), else decoded as JSON, which reads the
    /// same values from any spelling of the same record.
    static func _runs(ofRecord line: some DataProtocol & ContiguousBytes, decoder: JSONDecoder)
        -> (point: Int, runs: [(replicate: Int, outcome: RunOutcome)])? {
        if let record = line.withUnsafeBytes({ JournalRecordScanner($0).record() }) { return record }
        guard let batch = try? decoder.decode(_Line.self, from: Data(line)) else { return nil }
        var runs: [(replicate: Int, outcome: RunOutcome)] = []
        for run in batch.runs {
            // A value that is not a 64-bit pattern in hexadecimal is a record the journal never writes.
            guard let outcome = RunOutcome(bitPatterns: run.values, failure: run.failure) else { return nil }
            runs.append((run.replicate, outcome))
        }
        return (batch.point, runs)
    }
}
