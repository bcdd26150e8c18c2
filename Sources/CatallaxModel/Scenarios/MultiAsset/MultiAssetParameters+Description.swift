extension MultiAssetParameters {
    /// Every key with its value as a user would write it back (integers
    /// without a decimal point), so that `init(assigning: keyedValues)`
    /// gives these parameters again.
    public var keyedValues: [String: String] {
        [
            "assets": "\(assets)", "agents": "\(agents)", "steps": "\(steps)", "p_act": "\(activity)",
            "b0": "\(initialBalance)", "v0": "\(referenceValue)", "sigma_v": "\(beliefSpread)",
            "sigma_eps": "\(shockSize)", "rho_belief": "\(shockCorrelation)", "kappa": "\(reactivity)",
            "gamma": "\(crossSubstitution)", "depth": "\(depth)",
        ]
    }

    /// One line naming the asset count and every other key that differs
    /// from the reference point: `assets=4 agents=50 gamma=0.0`.
    public var summaryLine: String {
        let keyed = keyedValues, reference = Self().keyedValues
        let changed = Self.descriptors.map(\.key).filter { $0 != "assets" && keyed[$0] != reference[$0] }
        return (["assets=\(assets)"] + changed.map { "\($0)=\(keyed[$0]!)" }).joined(separator: " ")
    }
}
