import CatallaxModel

extension OptimizeSpec {
    /// The metrics a search reads of every candidate: the objective, the constraints' and the second objective.
    var readMetrics: [Metric] {
        [objective] + constraints.map(\.metric) + (secondObjective.map { [$0] } ?? [])
    }

    /// The objective statistic of a candidate, `nil` without successful replicates.
    public func objectiveValue(of candidate: Candidate) -> Double? {
        statistic.value(in: candidate.summary(of: objective))
    }

    /// How the constraints stand for a candidate: infeasible if any is
    /// missed (or the point was refused, or no replicate succeeded),
    /// undecided if any is undecided, else feasible.
    public func judgement(of candidate: Candidate) -> MetricConstraint.Judgement {
        guard candidate.isRunnable, objectiveValue(of: candidate) != nil else { return .infeasible }
        var worst = MetricConstraint.Judgement.feasible
        for constraint in constraints {
            switch constraint.judge(candidate.summary(of: constraint.metric)) {
            case .infeasible: return .infeasible
            case .undecided: worst = .undecided
            case .feasible: break
            }
        }
        return worst
    }
}
