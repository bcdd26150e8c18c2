import CatallaxSweep
import Foundation

/// The files of a sweep's output folder, each written under a temporary name
/// and renamed, so a reader (or a killed sweep) never leaves half a file.
public enum ResultFolder {
    /// Writes `runs.csv`, `points.csv` and `summary.json` of `record` into `folder`.
    /// - Throws: the file system's error.
    public static func write(_ record: SweepRecord, to folder: URL) throws {
        // Streamed a megabyte at a time: a million runs make hundreds of megabytes of text.
        try WholeFile.write(to: folder.appendingPathComponent("runs.csv")) { RunsFile.write(record, to: &$0) }
        try WholeFile.write(to: folder.appendingPathComponent("points.csv")) { PointsFile.write(record, to: &$0) }
        try AtomicFile.write(Data(SummaryFile.text(record).utf8), to: folder.appendingPathComponent("summary.json"))
    }
}
