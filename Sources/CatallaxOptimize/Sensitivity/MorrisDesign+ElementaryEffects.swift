extension MorrisDesign {
    /// Every parameter's elementary-effect summary (`μ`, `μ*`, `σ`) from the
    /// outputs of ``rows()``.
    ///
    /// ```
    /// EE_i^t = ( f(x⁽ᵐ⁾) − f(x⁽ᵐ⁻¹⁾) ) / ( x⁽ᵐ⁾_i − x⁽ᵐ⁻¹⁾_i ),   π(m) = i in trajectory t
    /// ```
    /// summarized over the `r` trajectories by ``ElementaryEffects``. The
    /// divisor is the difference of the coordinates actually evaluated (`±Δ`
    /// up to rounding), so a linear model's effects are its coefficients to
    /// the last few bits. Non-finite outputs propagate into the summaries of
    /// the parameters whose steps touch them.
    ///
    /// M. D. Morris, Technometrics 33 (1991) 161–174; F. Campolongo, J.
    /// Cariboni, A. Saltelli, Environ. Model. Softw. 22 (2007) 1509–1518.
    ///
    /// - Parameter outputs: the model's value at each row, in row order
    ///   (`rowCount` values).
    /// - Returns: one ``ElementaryEffects`` per parameter, in parameter order.
    /// - Precondition: `outputs.count == rowCount`.
    /// - Complexity: O(r · k).
    public func elementaryEffects(of outputs: [Double]) -> [ElementaryEffects] {
        precondition(outputs.count == rowCount, "expected \(rowCount) outputs, got \(outputs.count)")
        let k = parameterCount
        var effects = [[Double]](repeating: [], count: k)
        for (t, trajectory) in _trajectories.enumerated() {
            let first = t * (k + 1)
            for (position, i) in trajectory.order.enumerated() {
                let m = position + 1
                let before = _coordinate(trajectory._level(of: i, inRow: m - 1, movesAtStep: m, levelCount: levelCount))
                let after = _coordinate(trajectory._level(of: i, inRow: m, movesAtStep: m, levelCount: levelCount))
                effects[i].append((outputs[first + m] - outputs[first + m - 1]) / (after - before))
            }
        }
        return effects.map(ElementaryEffects.init(of:))
    }
}
