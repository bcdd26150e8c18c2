import CatallaxNumerics

extension LinearMultiAssetMarket {
    /// The equilibrium prices: the solution of `(B + C)·P = a − c`.
    ///
    /// ```
    /// A = B + C,  r = a − c
    /// [P | A⁻¹] = A \ [r | I]                  one dgesv, M + 1 right-hand sides
    /// κ∞ = ‖A‖∞·‖A⁻¹‖∞,                         refused above maximumConditionNumber
    /// residual = ‖r − A·P‖∞ / (‖A‖∞‖P‖∞ + ‖r‖∞)   (≈ ε for a backward-stable solve)
    /// ```
    /// The forward error of `P` is about `κ∞·ε` relative, so the default
    /// limit `1e12` keeps at least four correct digits. Prices are not
    /// constrained to be positive: a negative entry means the linear model
    /// has no economically meaningful equilibrium for these parameters.
    ///
    /// - Parameter maximumConditionNumber: The largest `κ∞` accepted, `≥ 1`.
    /// - Returns: The prices, the quantities traded there, the relative
    ///   residual and the condition number.
    /// - Throws: `MarketError.singularSystem` when an LU pivot is exactly
    ///   zero; `MarketError.illConditioned` above the limit;
    ///   `MarketError.invalidParameter` for a limit below 1.
    /// - Complexity: O(M³).
    public func equilibrium(maximumConditionNumber: Double = 1e12) throws(MarketError) -> MultiAssetEquilibrium {
        try MarketError.check(
            maximumConditionNumber >= 1, "LinearMultiAssetMarket", "maximumConditionNumber", maximumConditionNumber,
            "≥ 1 (no matrix has a condition number below 1)")
        let m = assetCount
        let (system, rhs) = _system()
        var right = Matrix(rows: m, columns: m + 1, repeating: 0)
        for i in 0..<m {
            right[i, 0] = rhs[i]
            right[i, i + 1] = 1
        }
        let solution: Matrix
        do {
            solution = try system.solving(right)
        } catch {
            if case let .singular(_, pivot) = error { throw .singularSystem(assets: m, pivot: pivot) }
            // Shapes were checked at init and entries are finite, so LAPACK
            // has nothing else to reject; report it as singular all the same.
            throw .singularSystem(assets: m, pivot: -1)
        }
        var prices = [Double](repeating: 0, count: m)
        for i in 0..<m { prices[i] = solution[i, 0] }
        var inverseNorm = 0.0
        for i in 0..<m {
            var row = 0.0
            for j in 0..<m { row += abs(solution[i, j + 1]) }
            inverseNorm = max(inverseNorm, row)
        }
        let systemNorm = Self._rowSumNorm(system)
        let kappa = systemNorm * inverseNorm
        guard kappa.isFinite, kappa <= maximumConditionNumber else {
            throw .illConditioned(conditionNumber: kappa, limit: maximumConditionNumber)
        }
        let residual = excessDemand(atPrices: prices)
        let scale = systemNorm * _maxNorm(prices) + _maxNorm(rhs)
        let relativeResidual = scale > 0 ? _maxNorm(residual) / scale : 0
        return MultiAssetEquilibrium(
            prices: prices, quantities: demand(atPrices: prices), relativeResidual: relativeResidual,
            conditionNumber: kappa)
    }

    /// `‖A‖∞ = maxᵢ Σⱼ |A[i, j]|`.
    internal static func _rowSumNorm(_ a: Matrix) -> Double {
        var norm = 0.0
        for i in 0..<a.rows {
            var row = 0.0
            for j in 0..<a.columns { row += abs(a[i, j]) }
            norm = max(norm, row)
        }
        return norm
    }

    /// `‖x‖∞ = maxᵢ |xᵢ|`.
    internal func _maxNorm(_ x: [Double]) -> Double {
        x.reduce(0) { max($0, abs($1)) }
    }
}

/// The equilibrium of a ``LinearMultiAssetMarket``.
///
/// ```
/// (B + C)·prices = a − c,   quantities = a − B·prices = c + C·prices
/// ```
public struct MultiAssetEquilibrium: Hashable, Sendable {
    /// `P*`, one price per asset, currency per unit.
    public var prices: [Double]
    /// The quantity of each asset traded at `P*` (demand, equal to supply up
    /// to rounding), units.
    public var quantities: [Double]
    /// `‖(a − c) − (B + C)·P*‖∞ / (‖B + C‖∞‖P*‖∞ + ‖a − c‖∞)`: a few `ε` for
    /// a backward-stable solve.
    public var relativeResidual: Double
    /// `κ∞(B + C)`: the forward error of `P*` is about `κ∞·ε` relative.
    public var conditionNumber: Double
}
