import CatallaxReport
import Foundation

/// `sensitivity.csv` read back (``SensitivityFile``): per block and metric,
/// each parameter's Sobol′ indices with their intervals and its Morris
/// statistics — what the sensitivity page draws, from the file alone.
public struct SensitivityTable: Sendable, Equatable {
    /// One parameter's indices for one metric.
    public struct Entry: Sendable, Equatable {
        /// The parameter.
        public var parameter: String
        /// `S1` and its interval.
        public var firstOrder: Double, firstLow: Double, firstHigh: Double
        /// `ST` and its interval.
        public var total: Double, totalLow: Double, totalHigh: Double
        /// Morris's `μ*` and `σ`.
        public var absoluteMean: Double, standardDeviation: Double
    }

    /// The indices of one metric in one block, a parameter each, in the file's order.
    public struct Group: Sendable, Equatable {
        /// The block, `nil` when the file has one (no `block` column).
        public var block: Int?
        /// The metric's name.
        public var metric: String
        /// One entry per parameter.
        public var entries: [Entry]
    }

    /// The groups, in order of first appearance in the file.
    public var groups: [Group]

    /// The table in `text`, a `sensitivity.csv`.
    /// - Throws: ``ReportError/unreadable(path:reason:)`` naming `path` when
    ///   a column is missing or a row is malformed.
    /// - Complexity: O(rows).
    public init(parsing text: String, path: String) throws(ReportError) {
        let records = CSV.records(text)
        guard let header = records.first else { throw .unreadable(path: path, reason: "it is empty") }
        var index: [String: Int] = [:]
        for name in SensitivityFile.columns {
            guard let i = header.firstIndex(of: name) else { throw .unreadable(path: path, reason: "it has no column \(name)") }
            index[name] = i
        }
        let blockColumn = header.firstIndex(of: "block")
        groups = []
        for (number, record) in records.dropFirst().enumerated() {
            guard record.count == header.count else {
                throw .unreadable(path: path, reason: "line \(number + 2) has \(record.count) fields, the header \(header.count)")
            }
            // Swift reads `nan` (an index that cannot be estimated) as NaN.
            let x = SensitivityFile.columns.dropFirst(2).map { Double(record[index[$0]!]) }
            let block = blockColumn.flatMap { Int(record[$0]) }
            guard !x.contains(nil), blockColumn == nil || block != nil else {
                throw .unreadable(path: path, reason: "line \(number + 2) holds a field that is not a number")
            }
            let n = x.map { $0! }
            let entry = Entry(parameter: record[index["parameter"]!], firstOrder: n[0], firstLow: n[1], firstHigh: n[2],
                              total: n[3], totalLow: n[4], totalHigh: n[5], absoluteMean: n[6], standardDeviation: n[7])
            let metric = record[index["metric"]!]
            if let g = groups.firstIndex(where: { $0.block == block && $0.metric == metric }) {
                groups[g].entries.append(entry)
            } else {
                groups.append(Group(block: block, metric: metric, entries: [entry]))
            }
        }
    }

    /// The table of `folder`'s `sensitivity.csv`.
    /// - Throws: ``ReportError/missingFile(path:hint:)`` when there is none, and the errors of ``init(parsing:path:)``.
    public static func load(folder: URL) throws(ReportError) -> SensitivityTable {
        let url = folder.appendingPathComponent(SensitivityFile.name)
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw .missingFile(path: url.path, hint: "give the output folder of a finished `catallax sensitivity`.")
        }
        return try SensitivityTable(parsing: text, path: url.path)
    }
}
