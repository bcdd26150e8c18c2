import CatallaxReduce
import CatallaxSweep
import Foundation

/// `best.json`: the winner of a search — its parameters, its objective
/// re-measured on fresh streams (mean and 95% interval; the search's own
/// estimate beside it), its constraints judged on those streams, how it was
/// selected and with what probability of correct selection, what the
/// search spent, and the spec's text (so that the folder alone rebuilds the
/// report page). Read back by ``SearchRecord``.
public struct BestFile: Codable {
    /// The file's name in the output folder.
    public static let name = "best.json"

    /// A statistic's numbers.
    struct Estimate: Codable {
        var metric: String
        var statistic: String
        var value: Double?
        var mean: Double?
        var ciLow: Double?
        var ciHigh: Double?
        var replicates: Int
        var failures: Int
    }

    struct Constraint: Codable {
        var metric: String
        var statistic: String
        var side: String
        var bound: Double
        var value: Double?
        var ciLow: Double?
        var ciHigh: Double?
        var judgement: String
    }

    struct SelectionFacts: Codable {
        var procedure: String
        var finalists: [Int]
        var indifferenceZone: Double
        var errorProbability: Double
        var guarantee: String
        var replicates: [Int]
        var approximateProbabilityOfCorrectSelection: Double?
    }

    var spec: String
    var specText: String
    var specHash: String
    var method: String
    var found: Bool
    var candidate: Int?
    var block: Int?
    var parameters: [String: String]
    var objective: Estimate?
    var searchObjective: Estimate?
    var freshSeed: String?
    var constraints: [Constraint]
    var designConstraints: [Constraint]
    var selection: SelectionFacts
    var probabilityCorrectSelection: Double?
    var evaluations: Int
    var refused: Int
    var runs: Int
    var blockBests: [Int?]

    /// The record of `result` of `spec`, read from a file holding `specText`.
    public init(_ result: OptimizationResult, spec: OptimizeSpec, specText: String) {
        func estimate(_ summary: MetricSummary, replicates: Int) -> Estimate {
            Estimate(metric: spec.objective.name, statistic: spec.statistic.rawValue, value: spec.statistic.value(in: summary),
                     mean: summary.mean, ciLow: summary.ciLow, ciHigh: summary.ciHigh, replicates: replicates, failures: summary.failures)
        }
        self.spec = spec.spaces.file
        self.specText = specText
        specHash = spec.spaces.hashHex
        method = spec.method.rawValue
        found = result.winner != nil
        candidate = result.winner
        let winner = result.winner.map { result.candidates[$0] }
        block = winner?.block
        parameters = winner?.parameters?.keyedValues ?? [:]
        objective = result.remeasured.map { estimate($0.objective, replicates: $0.replicates) }
        searchObjective = winner.map { estimate($0.summary(of: spec.objective), replicates: $0.outcomes.count) }
        freshSeed = result.remeasured.map { String($0.seed) }
        constraints = zip(spec.constraints, result.remeasured?.constraints ?? []).map { constraint, measured in
            Constraint(metric: constraint.metric.name, statistic: constraint.statistic.rawValue, side: constraint.side.rawValue,
                       bound: constraint.bound, value: constraint.statistic.value(in: measured.summary),
                       ciLow: measured.summary.ciLow, ciHigh: measured.summary.ciHigh, judgement: measured.judgement.rawValue)
        }
        designConstraints = spec.designConstraints.map { constraint in
            let value = winner?.parameters.map(constraint.value(at:))
            let met = winner?.parameters.map { constraint.relativeViolation(at: $0) == 0 } ?? false
            return Constraint(metric: constraint.quantity, statistic: "design", side: constraint.side.rawValue, bound: constraint.bound,
                              value: value, ciLow: nil, ciHigh: nil, judgement: met ? "feasible" : "infeasible")
        }
        let s = result.selection
        let guarantee = switch s.procedure {
        case "kim-nelson": "the winner is the best finalist with probability ≥ \(1 - s.errorProbability) if it is at least δ better than the others"
        case "single": "one candidate met the constraints; nothing to select"
        default: "no candidate met the constraints"
        }
        selection = SelectionFacts(procedure: s.procedure, finalists: result.finalists, indifferenceZone: s.indifferenceZone,
                                   errorProbability: s.errorProbability, guarantee: guarantee, replicates: s.replicates,
                                   approximateProbabilityOfCorrectSelection: s.approximateCorrectSelection)
        probabilityCorrectSelection = s.procedure == "kim-nelson" ? 1 - s.errorProbability : (s.procedure == "single" ? 1 : nil)
        evaluations = result.candidates.count
        refused = result.candidates.filter { $0.parameters == nil }.count
        runs = result.runs
        blockBests = result.blockBests
    }

    /// Writes `best.json` into `folder`, whole or not at all.
    /// - Throws: `SweepError.cannotWrite`.
    public func write(to folder: URL) throws(SweepError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let data: Data
        do { data = try encoder.encode(self) } catch { throw .cannotWrite(path: folder.appendingPathComponent(Self.name).path, reason: "\(error)") }
        try WholeFile.write(data + Data("\n".utf8), to: folder.appendingPathComponent(Self.name))
    }
}
