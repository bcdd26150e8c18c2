import CatallaxModel
import CatallaxSweep

extension Optimization {
    /// Searches block `block` until it has spent `budget` runs or its
    /// method has nothing more to propose (the generation that crosses the
    /// budget finishes).
    func search(block: Int, budget: Int, progress: (Progress) -> Void) throws(SweepError) {
        let dimensions = spec.spaces.searchBounds(ofBlock: block).count
        let unit = BoxBounds(lower: Array(repeating: 0, count: dimensions), upper: Array(repeating: 1, count: dimensions))
        // The budget is in runs, and a candidate that misses a design constraint costs none: CMA-ES and random
        // search propose until the runs are spent; a Latin hypercube is one design of budget/replicates points.
        let evaluations = max(1, budget / spec.replicates)
        // Each block's search draws from its own seed, derived from the spec's.
        let seed = spec.spaces.seed &+ UInt64(block + 1) &* 0x9E37_79B9_7F4A_7C15
        switch spec.method {
        case .cmaES:
            let options = CMAESOptions(stepSize: 0.3, bounds: unit, restarts: spec.restarts.cmaES, maxEvaluations: budget, seed: seed)
            var method = CMAESSearch(start: Array(repeating: 0.5, count: dimensions), options: options)
            try drive(&method, block: block, budget: budget, progress: progress)
        case .random:
            var method = RandomSearch(bounds: unit, budget: budget, batchSize: 16, seed: seed)
            try drive(&method, block: block, budget: budget, progress: progress)
        case .latinHypercube:
            var method = LatinHypercubeSearch(bounds: unit, budget: evaluations, batchSize: 16, seed: seed)
            try drive(&method, block: block, budget: budget, progress: progress)
        }
    }

    /// Asks `method` for candidates, runs and races them, and tells it their scores, generation by generation.
    func drive<Method: SearchMethod>(_ method: inout Method, block: Int, budget: Int, progress: (Progress) -> Void) throws(SweepError) {
        let start = runs
        var generation = 0
        while runs - start < budget {
            let batch = method.ask()
            if batch.isEmpty { break }
            let first = candidates.count
            for fractions in batch { candidates.append(propose(block: block, generation: generation, fractions: fractions)) }
            let proposed = Array(first..<candidates.count)
            try extend(proposed, to: spec.replicates)
            for i in proposed { candidates[i].cumulativeRuns = runs }
            try race(block: block)
            method.tell(scores(proposed, block: block))
            let best = incumbent(among: candidates.indices.filter { candidates[$0].block == block })
            progress(Progress(block: block, generation: generation, runs: runs, budget: spec.budget,
                              incumbent: best.flatMap { objective(candidates[$0]) }))
            generation += 1
        }
    }

    /// The candidate at `fractions` of block `block`, or its refusal when the point is not valid.
    func propose(block: Int, generation: Int, fractions: [Double]) -> Candidate {
        do {
            let point = try spec.spaces.point(inBlock: block, atFractions: fractions)
            var candidate = Candidate(index: candidates.count, block: block, generation: generation, fractions: fractions,
                                      parameters: point.parameters, coordinates: point.coordinates, refusal: nil)
            candidate.designMiss = spec.designConstraints.reduce(0) { $0 + $1.relativeViolation(at: point.parameters) }
            return candidate
        } catch {
            let bounds = spec.spaces.searchBounds(ofBlock: block)
            let coordinates = zip(bounds, fractions).map { ($0.key, "\($0.value(atFraction: $1))") }
            return Candidate(index: candidates.count, block: block, generation: generation, fractions: fractions,
                             parameters: nil, coordinates: coordinates, refusal: error.description)
        }
    }

    /// Runs the candidates `indices` up to `replicates` replicates each, as one parallel plan.
    func extend(_ indices: [Int], to replicates: [Int: Int]) throws(SweepError) {
        let due = indices.filter { candidates[$0].isRunnable && candidates[$0].outcomes.count < replicates[$0]! }
        guard !due.isEmpty else { return }
        let ranges = due.map { candidates[$0].outcomes.count..<replicates[$0]! }
        let outcomes = try evaluate(due.map { candidates[$0].parameters! }, ranges, on: evaluator)
        for (i, new) in zip(due, outcomes) { candidates[i].record(new, summarizing: spec.readMetrics) }
        runs += ranges.reduce(0) { $0 + $1.count }
    }

    /// Runs the candidates `indices` up to `replicates` replicates each.
    func extend(_ indices: [Int], to replicates: Int) throws(SweepError) {
        try extend(indices, to: Dictionary(uniqueKeysWithValues: indices.map { ($0, replicates) }))
    }

    /// Races block `block`: while a candidate's constraints are undecided,
    /// or its objective interval overlaps the incumbent's, it and the
    /// incumbent get twice the replicates, up to `max_replicates`.
    func race(block: Int) throws(SweepError) {
        let members = candidates.indices.filter { candidates[$0].block == block && candidates[$0].isRunnable }
        while true {
            // A local copy of the list: reading the class's stored array element by element copies each candidate.
            let candidates = self.candidates
            var more: [Int: Int] = [:]
            let leader = incumbent(among: members)
            for i in members where candidates[i].outcomes.count < spec.maxReplicates {
                let contested = judgement(candidates[i]) == .undecided
                    || (leader != nil && i != leader! && overlaps(candidates[i], candidates[leader!]))
                guard contested else { continue }
                more[i] = min(spec.maxReplicates, 2 * candidates[i].outcomes.count)
                if let leader, candidates[leader].outcomes.count < spec.maxReplicates, i != leader {
                    more[leader] = min(spec.maxReplicates, 2 * candidates[leader].outcomes.count)
                }
            }
            if more.isEmpty { return }
            try extend(Array(more.keys).sorted(), to: more)
        }
    }

    /// Whether the objective's 95% intervals of candidates `a` and `b` overlap.
    func overlaps(_ a: Candidate, _ b: Candidate) -> Bool {
        let x = a.summary(of: spec.objective), y = b.summary(of: spec.objective)
        guard let xl = x.ciLow, let xh = x.ciHigh, let yl = y.ciLow, let yh = y.ciHigh else { return false }
        return xl <= yh && yl <= xh
    }

    /// What the method is told for candidates `indices` (it minimizes): the
    /// objective statistic, negated when higher is better; a candidate that
    /// misses a constraint ranks after every one that meets them, ordered by
    /// how far it misses (relative to each bound; a design constraint's miss
    /// is known without running); a refused point is NaN (worst).
    func scores(_ indices: [Int], block: Int) -> [Double] {
        let sign = spec.order == .ascending ? 1.0 : -1.0
        let candidates = self.candidates
        func misses(_ i: Int) -> Double {
            spec.constraints.reduce(candidates[i].designMiss) { sum, constraint in
                sum + constraint.violation(candidates[i].summary(of: constraint.metric)) / max(abs(constraint.bound), 1e-300)
            }
        }
        let met = candidates.indices.filter { candidates[$0].block == block && candidates[$0].isRunnable && misses($0) == 0 }
        let ceiling = met.compactMap { objective(candidates[$0]).map { sign * $0 } }.max() ?? 0
        return indices.map { i in
            guard candidates[i].parameters != nil else { return .nan }
            let miss = misses(i)
            let penalty = ceiling + (abs(ceiling) + 1) * (1 + miss)
            // A design miss is known without runs, so such a candidate has no objective to fall back on.
            if candidates[i].designMiss > 0 { return penalty }
            guard let value = objective(candidates[i]) else { return .nan }
            return miss == 0 ? sign * value : penalty
        }
    }
}
