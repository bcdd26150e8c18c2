import CatallaxSweep
import Foundation

extension PointsFile {
    /// Writes `points.csv` to `url` from `tails`, a file of rows without
    /// their point and rank (``appendTail(coordinates:summaries:to:)``, one
    /// line per point in point order), putting `<point>,<rank>` before each.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)``; a `tails` file
    ///   that cannot be read or holds other than `ranks.count` lines is a
    ///   failure to write.
    /// - Complexity: O(bytes), a megabyte in memory at a time.
    static func write(tails: URL, ranks: [Int], columns: [String], metrics: [String], to url: URL) throws(SweepError) {
        guard let input = FileHandle(forReadingAtPath: tails.path) else {
            throw .cannotWrite(path: url.path, reason: "its rows in \(tails.path) cannot be read")
        }
        defer { try? input.close() }
        var point = 0
        var failure: String?
        try WholeFile.write(to: url) { stream in
            appendHeader(columns: columns, metrics: metrics, to: &stream)
            var atLineStart = true
            while let chunk = try? input.read(upToCount: 1 << 20), !chunk.isEmpty {
                chunk.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                    var start = 0
                    while start < bytes.count {
                        if atLineStart {
                            guard point < ranks.count else { failure = "more rows than points"; return }
                            appendLead(point: point, rank: ranks[point], to: &stream)
                            atLineStart = false
                        }
                        let newline = memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start)
                        let end = newline.map { UnsafeRawPointer($0) - bytes.baseAddress! + 1 } ?? bytes.count
                        stream.write(bytes: bytes[start..<end])
                        if bytes[end - 1] == UInt8(ascii: "\n") {
                            atLineStart = true
                            point += 1
                        }
                        start = end
                    }
                }
            }
            if failure == nil && point != ranks.count { failure = "\(point) rows for \(ranks.count) points" }
        }
        if let failure { throw .cannotWrite(path: url.path, reason: failure) }
    }
}
