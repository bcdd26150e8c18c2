import CatallaxSweep

extension SensitivityAnalysis {
    /// The Sobol′ indices and Morris statistics of every metric of block
    /// `block`, from its rows' outputs (Saltelli rows first, then Morris).
    ///
    /// A design with an empty row (every run failed) gives NaN for every
    /// index it feeds, with the row counted in
    /// ``SensitivityAnalysisResult/MetricIndices/emptyRows``: an estimate on
    /// part of a design would be biased in an unknown direction.
    func indices(ofBlock block: Int, outputs: [RowOutputs]) -> SensitivityAnalysisResult.BlockIndices {
        let saltelli = spec.saltelliDesign(ofBlock: block)
        let morris = spec.morrisDesign(ofBlock: block)
        let metrics = zip(spec.metrics, outputs).enumerated().map { m, pair in
            let (metric, output) = pair
            let sobolOutputs = Array(output.values[..<saltelli.rowCount])
            let morrisOutputs = Array(output.values[saltelli.rowCount...])
            var rng = SplitMix64(seed: spec.bootstrapSeed(ofBlock: block, metricIndex: m))
            let sobol = sobolOutputs.contains(where: \.isNaN)
                ? Array(repeating: SobolIndices.unknown(level: spec.level), count: saltelli.parameterCount)
                : saltelli.indices(of: sobolOutputs, resamples: spec.resamples, level: spec.level, using: &rng)
            let effects = morrisOutputs.contains(where: \.isNaN)
                ? Array(repeating: ElementaryEffects(mean: .nan, absoluteMean: .nan, standardDeviation: .nan), count: morris.parameterCount)
                : morris.elementaryEffects(of: morrisOutputs)
            return SensitivityAnalysisResult.MetricIndices(metric: metric, sobol: sobol, morris: effects,
                                                         failedRuns: output.failedRuns, emptyRows: output.emptyRows)
        }
        return SensitivityAnalysisResult.BlockIndices(
            block: block, parameters: spec.parameters(ofBlock: block).map(\.key),
            saltelliRows: saltelli.rowCount, morrisRows: morris.rowCount, metrics: metrics)
    }
}

extension SobolIndices {
    /// Indices that cannot be estimated: every number NaN.
    static func unknown(level: Double) -> SobolIndices {
        let nan = BootstrapInterval(estimate: .nan, lowerBound: .nan, upperBound: .nan, level: level)
        return SobolIndices(firstOrder: nan, total: nan)
    }
}
