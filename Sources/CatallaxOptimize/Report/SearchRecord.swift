import CatallaxReport
import CatallaxSweep
import Foundation

/// A finished search as its result folder records it — the spec (its text
/// is in `best.json`), every candidate (`evaluations.csv`), the winner and
/// its selection (`best.json`) and the Pareto front (`pareto.csv`) — read
/// back so that the report page is made from the files alone, the same
/// page whether `catallax optimize` writes it or `catallax report` rebuilds it.
public struct SearchRecord {
    /// The search, parsed again from the text `best.json` holds.
    public var spec: OptimizeSpec
    /// The spec file's text.
    public var specText: String
    /// Every candidate, in the order proposed.
    public var rows: [EvaluationRow]
    /// The candidates of the Pareto front, best first by the objective
    /// (empty without a second objective).
    public var front: [Int]
    /// `best.json`.
    var best: BestFile

    /// The files of a search's folder.
    public static let files = [EvaluationsFile.name, BestFile.name]

    /// Reads the search in `folder`.
    /// - Throws: ``ReportError/missingFile(path:hint:)`` when a file is
    ///   missing, ``ReportError/unreadable(path:reason:)`` when one does not
    ///   parse, lacks a column, or belongs to another search.
    /// - Complexity: O(candidates × columns).
    public static func load(folder: URL) throws(ReportError) -> SearchRecord {
        let bestURL = folder.appendingPathComponent(BestFile.name)
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let best: BestFile
        do { best = try decoder.decode(BestFile.self, from: try _contents(bestURL)) } catch let error as ReportError { throw error } catch {
            throw .unreadable(path: bestURL.path, reason: "it is not a search's best.json (\(error))")
        }
        let spec: OptimizeSpec
        do {
            spec = try OptimizeSpec(spaces: SweepSpec(parsing: best.specText, file: best.spec, kind: .search(tables: ["optimize"])))
        } catch {
            throw .unreadable(path: bestURL.path, reason: "its spec text does not parse (\(error.description))")
        }
        guard spec.spaces.hashHex == best.specHash else {
            throw .specHashMismatch(path: bestURL.path, hash: best.specHash)
        }
        let evaluationsURL = folder.appendingPathComponent(EvaluationsFile.name)
        let rows = try _rows(CSV.records(_text(evaluationsURL)), spec: spec, path: evaluationsURL.path)
        guard rows.count == best.evaluations else {
            throw .unreadable(path: evaluationsURL.path, reason: "it has \(rows.count) candidates, best.json counts \(best.evaluations)")
        }
        var front: [Int] = []
        if spec.secondObjective != nil {
            let paretoURL = folder.appendingPathComponent(ParetoFile.name)
            let records = CSV.records(try _text(paretoURL))
            guard let column = records.first?.firstIndex(of: "candidate") else {
                throw .unreadable(path: paretoURL.path, reason: "it has no column candidate")
            }
            front = try records.dropFirst().map { (record: [String]) throws(ReportError) -> Int in
                guard column < record.count, let i = Int(record[column]), rows.indices.contains(i) else {
                    throw .unreadable(path: paretoURL.path, reason: "a row names no candidate of evaluations.csv")
                }
                return i
            }
        }
        return SearchRecord(spec: spec, specText: best.specText, rows: rows, front: front, best: best)
    }

    /// The rows of `evaluations.csv`'s `records`, read by the header's names.
    static func _rows(_ records: [[String]], spec: OptimizeSpec, path: String) throws(ReportError) -> [EvaluationRow] {
        guard let header = records.first else { throw .unreadable(path: path, reason: "it is empty") }
        let objective = spec.objective.name
        let statisticColumn = spec.statistic == .mean ? "\(objective)_mean" : "\(objective)_\(spec.statistic.rawValue)"
        var required = ["candidate", "block", "generation", "cumulative_runs", "replicates", "failures", statisticColumn,
                        "\(objective)_mean", "\(objective)_ci_low", "\(objective)_ci_high", "judgement", "refusal"]
        if let second = spec.secondObjective?.name { required += ["\(second)_mean", "\(second)_ci_low", "\(second)_ci_high"] }
        var index: [String: Int] = [:]
        for name in required {
            guard let i = header.firstIndex(of: name) else { throw .unreadable(path: path, reason: "it has no column \(name)") }
            index[name] = i
        }
        let coordinateKeys = header[(index["cumulative_runs"]! + 1)..<index["replicates"]!]
        var rows: [EvaluationRow] = []
        for (line, record) in records.dropFirst().enumerated() {
            guard record.count == header.count else {
                throw .unreadable(path: path, reason: "line \(line + 2) has \(record.count) fields, the header \(header.count)")
            }
            func field(_ name: String) -> String { record[index[name]!] }
            func number(_ name: String) -> Double? { Double(field(name)) }
            func second(_ suffix: String) -> Double? { spec.secondObjective.flatMap { Double(field("\($0.name)_\(suffix)")) } }
            guard let candidate = Int(field("candidate")), candidate == rows.count, let block = Int(field("block")),
                  spec.spaces.points.indices.contains(block), let generation = Int(field("generation")),
                  let runs = Int(field("cumulative_runs")), let replicates = Int(field("replicates")),
                  let failures = Int(field("failures")), let status = EvaluationRow.Status(rawValue: field("judgement")) else {
                throw .unreadable(path: path, reason: "line \(line + 2) is not the row of candidate \(rows.count)")
            }
            var coordinates: [String: String] = [:]
            for (key, value) in zip(coordinateKeys, record[coordinateKeys.indices]) where !value.isEmpty { coordinates[key] = value }
            rows.append(EvaluationRow(
                candidate: candidate, block: block, generation: generation, cumulativeRuns: runs, coordinates: coordinates,
                replicates: replicates, failures: failures, statistic: number(statisticColumn), mean: number("\(objective)_mean"),
                ciLow: number("\(objective)_ci_low"), ciHigh: number("\(objective)_ci_high"), secondMean: second("mean"),
                secondLow: second("ci_low"), secondHigh: second("ci_high"), status: status, refusal: field("refusal")))
        }
        return rows
    }

    /// The bytes of `url`.
    /// - Throws: ``ReportError/missingFile(path:hint:)``.
    static func _contents(_ url: URL) throws(ReportError) -> Data {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .missingFile(path: url.path, hint: "give the output folder of a finished `catallax optimize`.")
        }
        return data
    }

    /// The text of `url`.
    /// - Throws: ``ReportError/missingFile(path:hint:)``, or `unreadable` when it is not UTF-8.
    static func _text(_ url: URL) throws(ReportError) -> String {
        guard let text = String(data: try _contents(url), encoding: .utf8) else { throw .unreadable(path: url.path, reason: "it is not UTF-8 text") }
        return text
    }
}
