import CatallaxModel
import CatallaxReduce
import CatallaxSweep

extension Optimization {
    /// The error probability of the final selection.
    static let selectionErrorProbability = 0.05

    /// Compares the best feasible candidates by Kim–Nelson selection on
    /// common random numbers, then re-measures the winner on fresh streams.
    func select() throws(SweepError) -> OptimizationResult {
        let blocks = spec.spaces.points.count
        let blockBests = (0..<blocks).map { block in incumbent(among: candidates.indices.filter { candidates[$0].block == block }) }
        let qualified = candidates.indices
            .filter { judgement(candidates[$0]) == .feasible }
            .sorted { a, b in
                let x = objective(candidates[a])!, y = objective(candidates[b])!
                return better(x, than: y) || (x == y && a < b)
            }
        // The same point proposed twice is one finalist.
        var seen = Set<[Double]>()
        let finalists = Array(qualified.filter { seen.insert(candidates[$0].fractions).inserted }.prefix(spec.finalists))
        var selection = OptimizationResult.Selection(procedure: "none", indifferenceZone: 0,
                                                     errorProbability: Self.selectionErrorProbability, replicates: [],
                                                     approximateCorrectSelection: nil)
        var winner = finalists.first
        if finalists.count == 1 {
            selection.procedure = "single"
            selection.replicates = [candidates[finalists[0]].outcomes.count]
        } else if finalists.count > 1 {
            (winner, selection) = try kimNelson(finalists)
        }
        let remeasured = try winner.map { index throws(SweepError) in try remeasure(index) }
        return OptimizationResult(candidates: candidates, blockBests: blockBests, finalists: finalists, winner: winner,
                                  selection: selection, remeasured: remeasured, runs: runs, simulationSeconds: simulationSeconds)
    }

    /// KN among `finalists` on the objective metric's replicate values,
    /// continuing their common streams a lane-width of replicates at a time.
    func kimNelson(_ finalists: [Int]) throws(SweepError) -> (Int, OptimizationResult.Selection) {
        let metric = spec.objective
        // δ unset: a tenth of the finalists' mean replicate spread — a difference the noise hides in any one run.
        let spreads = finalists.compactMap { candidates[$0].summary(of: metric).standardDeviation }
        let typical = spreads.isEmpty ? 0 : spreads.reduce(0, +) / Double(spreads.count)
        let delta = spec.indifferenceZone > 0 ? spec.indifferenceZone : max(0.1 * typical, 1e-12)
        let firstStage = max(2, finalists.map { candidates[$0].outcomes.count }.min()!)
        try extend(finalists, to: firstStage)
        var kn = KimNelson(alternatives: finalists.count, indifferenceZone: delta,
                           errorProbability: Self.selectionErrorProbability, firstStageSize: firstStage, order: spec.order)
        // A failed run counts as the finalist's current mean: neither for nor against it.
        func value(_ finalist: Int, _ replicate: Int) -> Double {
            let candidate = candidates[finalists[finalist]]
            return candidate.outcomes[replicate][metric] ?? candidate.summary(of: metric).mean ?? 0
        }
        let cap = max(8 * spec.maxReplicates, 16 * firstStage)
        var replicate = 0
        while !kn.isDone && replicate < cap {
            let needed = replicate + evaluator.laneWidth.rawValue
            try extend(kn.alternativesToSample.map { finalists[$0] }, to: needed)
            while !kn.isDone && replicate < needed {
                kn.record(kn.alternativesToSample.map { value($0, replicate) })
                replicate += 1
            }
        }
        let summaries = finalists.map { candidates[$0].summary(of: metric) }
        let apcs = approximateCorrectSelection(
            selected: kn.best, means: summaries.map { $0.mean ?? 0 }, standardDeviations: summaries.map { $0.standardDeviation ?? 0 },
            counts: summaries.map { max(1, $0.count) }, order: spec.order)
        let selection = OptimizationResult.Selection(
            procedure: "kim-nelson", indifferenceZone: delta, errorProbability: Self.selectionErrorProbability,
            replicates: finalists.map { candidates[$0].outcomes.count }, approximateCorrectSelection: apcs)
        return (finalists[kn.best], selection)
    }

    /// The winner run again on streams of another seed, so its reported
    /// value is not flattered by the replicates it was selected on.
    func remeasure(_ winner: Int) throws(SweepError) -> OptimizationResult.Remeasurement {
        let fresh = evaluator.freshStreams
        let outcomes = try evaluate([candidates[winner].parameters!], [0..<spec.finalReplicates], on: fresh)[0]
        var copy = candidates[winner]
        copy = Candidate(index: copy.index, block: copy.block, generation: copy.generation, fractions: copy.fractions,
                         parameters: copy.parameters, coordinates: copy.coordinates, refusal: nil)
        copy.record(outcomes, summarizing: spec.readMetrics)
        let constraints = spec.constraints.map { constraint in
            let summary = copy.summary(of: constraint.metric)
            return (summary, constraint.judge(summary))
        }
        return .init(seed: fresh.seed, replicates: spec.finalReplicates, objective: copy.summary(of: spec.objective),
                     constraints: constraints)
    }
}
