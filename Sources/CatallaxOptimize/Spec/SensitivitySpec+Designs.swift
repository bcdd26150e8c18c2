import CatallaxSweep

extension SensitivitySpec {
    /// The searched parameters of block `block`: the design's coordinates, in order.
    public func parameters(ofBlock block: Int) -> [SweepSpec.SearchBound] {
        spaces.searchBounds(ofBlock: block)
    }

    /// The Saltelli design of block `block`: `N(k + 2)` rows.
    public func saltelliDesign(ofBlock block: Int) -> SaltelliDesign {
        SaltelliDesign(parameterCount: parameters(ofBlock: block).count, baseCount: baseSamples)
    }

    /// The Morris design of block `block`: `r(k + 1)` rows, its trajectories
    /// drawn from ``morrisSeed(ofBlock:)`` so the same spec gives the same design.
    public func morrisDesign(ofBlock block: Int) -> MorrisDesign {
        var rng = SplitMix64(seed: morrisSeed(ofBlock: block))
        return MorrisDesign(parameterCount: parameters(ofBlock: block).count, trajectoryCount: trajectories,
                            levelCount: levels, using: &rng)
    }

    /// The runs of block `block`: `(N(k + 2) + r(k + 1)) · replicates`.
    public func runCount(ofBlock block: Int) -> Int {
        let k = parameters(ofBlock: block).count
        return (baseSamples * (k + 2) + trajectories * (k + 1)) * replicates
    }

    /// The seed of block `block`'s Morris trajectories, derived from the spec's
    /// seed (a golden-ratio step per block, as the optimizer's searches do)
    /// so that blocks draw different trajectories.
    public func morrisSeed(ofBlock block: Int) -> UInt64 {
        spaces.seed &+ UInt64(block + 1) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The seed of the bootstrap of `metric`'s indices in block `block`: its
    /// own stream per (block, metric), so that adding a metric to the list
    /// leaves the others' intervals unchanged.
    public func bootstrapSeed(ofBlock block: Int, metricIndex: Int) -> UInt64 {
        morrisSeed(ofBlock: block) ^ (UInt64(metricIndex + 1) &* 0xBF58_476D_1CE4_E5B9)
    }
}
