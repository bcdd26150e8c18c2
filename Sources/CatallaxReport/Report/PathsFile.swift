import CatallaxSweep
import Foundation

/// The price paths of runs as CSV, in one of two forms.
///
/// A sweep's `paths.csv` (the paths its spec keeps, `[paths] replicates = N`)
/// has one row per point, replicate and step, in that order:
///
/// ```
/// point,replicate,step,price
/// 0,0,0,1.0000000000000002
/// 0,0,1,0.9999931770871587
/// ```
/// `catallax run --paths FILE` writes one point's replicates, without the
/// point column:
///
/// ```
/// replicate,step,price
/// 0,0,1.0000000000000002
/// ```
/// `price` is `P_step` in currency per token, `step = 0 … T`, written in the
/// shortest form that reads back to the same `Double`, so the file is
/// byte-identical however the runs were threaded, sharded or resumed, and
/// merging shards' files (read, combine, write) reproduces it exactly.
public enum PathsFile {
    /// The file's name in a result folder.
    public static let name = "paths.csv"

    /// The header line's fields.
    static let header = "point,replicate,step,price\n"

    /// The header line of one point's file.
    static let replicateHeader = "replicate,step,price\n"

    /// The text of a sweep's file: the runs in run order (point, then replicate).
    /// - Complexity: O(total steps).
    public static func text(_ paths: [RunID: [Double]]) -> String {
        var text = header
        for run in paths.keys.sorted() {
            let prefix = "\(run.point),\(run.replicate),"
            for (step, price) in paths[run]!.enumerated() {
                text += prefix + "\(step)," + CSV.number(price) + "\n"
            }
        }
        return text
    }

    /// The text of one point's file: `paths[r]` is replicate `r`'s path.
    /// - Complexity: O(total steps).
    public static func text(replicatePaths paths: [[Double]]) -> String {
        var text = replicateHeader
        for (replicate, path) in paths.enumerated() {
            for (step, price) in path.enumerated() {
                text += "\(replicate),\(step)," + CSV.number(price) + "\n"
            }
        }
        return text
    }

    /// Writes one point's paths (`paths[r]` is replicate `r`'s) to the file
    /// `url` atomically: a reader never sees half a file.
    /// - Throws: the file system's error when the folder is missing or not writable.
    /// - Complexity: O(total steps).
    public static func write(replicatePaths paths: [[Double]], to url: URL) throws {
        try AtomicFile.write(Data(text(replicatePaths: paths).utf8), to: url)
    }

    /// Writes `paths` to `folder/paths.csv` atomically, or removes a stale
    /// file when there are no paths.
    /// - Throws: the file system's error.
    public static func write(_ paths: [RunID: [Double]], to folder: URL) throws {
        let url = folder.appendingPathComponent(name)
        if paths.isEmpty {
            if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
            return
        }
        try AtomicFile.write(Data(text(paths).utf8), to: url)
    }

    /// Reads the paths of `folder/paths.csv`: empty when there is no such file.
    /// - Throws: ``ReportError/unreadable(path:reason:)`` when a line is not
    ///   `point,replicate,step,price` with steps counting from 0, or the
    ///   file does not end in a newline.
    /// - Complexity: O(file size).
    public static func read(from folder: URL) throws(ReportError) -> [RunID: [Double]] {
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return [:] }
        guard let data = try? Data(contentsOf: url) else { throw .unreadable(path: url.path, reason: "cannot be read") }
        // The file is written whole, ending in a newline: anything else was cut short after it was written.
        guard data.last == UInt8(ascii: "\n") else { throw .unreadable(path: url.path, reason: "its last line is cut short") }
        var paths: [RunID: [Double]] = [:]
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n")) {
            lineNumber += 1
            if lineNumber == 1 { continue }
            let fields = line.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 4, let point = Int(fields[0]), let replicate = Int(fields[1]),
                  let step = Int(fields[2]), let price = Double(fields[3]) else {
                throw .unreadable(path: url.path, reason: "line \(lineNumber) is not point,replicate,step,price")
            }
            let run = RunID(point: point, replicate: replicate)
            guard step == paths[run, default: []].count else {
                throw .unreadable(path: url.path, reason: "line \(lineNumber): step \(step) of point \(point) replicate \(replicate) is out of order")
            }
            paths[run, default: []].append(price)
        }
        return paths
    }
}
