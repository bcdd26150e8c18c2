import CatallaxSweep

extension OptimizeSpec {
    /// The search in one canonical text: the search spaces' canonical text
    /// (settings, centres and bounds) followed by every `[optimize]` setting
    /// and constraint, one per line. Equal for files that describe the same
    /// search, whatever their layout; it names the search in its journal.
    public var canonicalText: String {
        var lines = [
            "optimize.method = \(method.rawValue)", "optimize.budget = \(budget)", "optimize.statistic = \(statistic.rawValue)",
            "optimize.max_replicates = \(maxReplicates)", "optimize.finalists = \(finalists)",
            "optimize.indifference_zone = \(indifferenceZone)", "optimize.final_replicates = \(finalReplicates)",
            "optimize.restarts = \(restarts.rawValue)",
        ]
        lines += constraints.map { "optimize.constraint metric \($0.metric.name) \($0.statistic.rawValue) \($0.side.rawValue) \($0.bound)" }
        lines += designConstraints.map { "optimize.constraint design \($0.quantity) \($0.side.rawValue) \($0.bound)" }
        if let secondObjective { lines.append("optimize.second_objective = \(secondObjective.name) \(secondOrder.rawValue)") }
        return spaces.canonicalText + lines.joined(separator: "\n") + "\n"
    }

    /// 64-bit FNV-1a of ``canonicalText`` as 16 hexadecimal digits.
    public var hashHex: String {
        let digits = String(SweepSpec.fnv1a64(canonicalText), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
