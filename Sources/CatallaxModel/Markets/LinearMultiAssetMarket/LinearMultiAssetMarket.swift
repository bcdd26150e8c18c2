import CatallaxNumerics

/// A market of `M ≥ 1` assets whose demands and supplies are linear in all
/// prices, with cross-price effects.
///
/// ```
/// D(P) = a − B·P          demand, B[i, j] = −∂Dᵢ/∂Pⱼ
/// O(P) = c + C·P          supply, C[i, j] = ∂Oᵢ/∂Pⱼ
/// D(P*) = O(P*)   ⇔   (B + C)·P* = a − c
/// ```
///
/// `P` is in currency per unit, `a, c` in units, `B, C` in units per unit of
/// currency. The equilibrium is one dense solve by LAPACK `dgesv` (LU with
/// partial pivoting) through ``Matrix/solving(_:)-(Matrix)``. The
/// trap avoided: LAPACK reports only an exactly zero pivot, and a nearly
/// singular `B + C` returns prices with no correct digit but a tiny
/// residual. The solve therefore also inverts `B + C` (the same
/// factorization, `M` more right-hand sides) to measure
/// `κ∞ = ‖B + C‖∞·‖(B + C)⁻¹‖∞` and refuses systems above a limit.
///
/// With one asset this is the scalar market `p* = (a − c)/(b + d)`.
///
/// See `docs/LinearMultiAssetMarket.md`.
public struct LinearMultiAssetMarket: Sendable {
    /// `a`, the demand at zero prices, `M` entries.
    public let demandIntercepts: [Double]
    /// `B`, `M × M`: the demand's decrease per unit of each price.
    public let demandSlopes: Matrix
    /// `c`, the supply at zero prices, `M` entries.
    public let supplyIntercepts: [Double]
    /// `C`, `M × M`: the supply's increase per unit of each price.
    public let supplySlopes: Matrix

    /// The number of assets `M`.
    public var assetCount: Int { demandIntercepts.count }

    /// Creates the market `D = a − B·P`, `O = c + C·P`.
    ///
    /// - Parameters:
    ///   - demandIntercepts: `a`, `M ≥ 1` finite entries.
    ///   - demandSlopes: `B`, `M × M`, finite.
    ///   - supplyIntercepts: `c`, `M` finite entries.
    ///   - supplySlopes: `C`, `M × M`, finite.
    /// - Throws: `MarketError.shapeMismatch` when the shapes disagree,
    ///   `MarketError.invalidParameter` for an empty market or a non-finite
    ///   entry.
    public init(
        demandIntercepts: [Double], demandSlopes: Matrix, supplyIntercepts: [Double], supplySlopes: Matrix
    ) throws(MarketError) {
        let name = "LinearMultiAssetMarket"
        let m = demandIntercepts.count
        try MarketError.check(m >= 1, name, "demandIntercepts.count", Double(m), "≥ 1 (one entry per asset)")
        let square = "shape \(m)×\(m)"
        if supplyIntercepts.count != m {
            throw .shapeMismatch(
                market: name, parameter: "supplyIntercepts", shape: "\(supplyIntercepts.count) entries",
                expected: "\(m) entries, one per asset")
        }
        for (parameter, matrix) in [("demandSlopes", demandSlopes), ("supplySlopes", supplySlopes)]
        where matrix.rows != m || matrix.columns != m {
            throw .shapeMismatch(market: name, parameter: parameter, shape: matrix.shape.description, expected: square)
        }
        for (parameter, values) in [
            ("demandIntercepts", demandIntercepts), ("demandSlopes", demandSlopes.elements),
            ("supplyIntercepts", supplyIntercepts), ("supplySlopes", supplySlopes.elements),
        ] {
            if let bad = values.first(where: { !$0.isFinite }) {
                throw .invalidParameter(market: name, parameter: parameter, value: bad, allowed: "finite in every entry")
            }
        }
        self.demandIntercepts = demandIntercepts
        self.demandSlopes = demandSlopes
        self.supplyIntercepts = supplyIntercepts
        self.supplySlopes = supplySlopes
    }

    /// The quantities demanded at a price vector.
    ///
    /// ```
    /// D(P) = a − B·P
    /// ```
    /// - Parameter prices: `P`, `M` entries.
    /// - Returns: `M` quantities.
    /// - Complexity: O(M²).
    public func demand(atPrices prices: [Double]) -> [Double] {
        _affine(demandIntercepts, demandSlopes, prices, sign: -1)
    }

    /// The quantities supplied at a price vector.
    ///
    /// ```
    /// O(P) = c + C·P
    /// ```
    /// - Parameter prices: `P`, `M` entries.
    /// - Returns: `M` quantities.
    /// - Complexity: O(M²).
    public func supply(atPrices prices: [Double]) -> [Double] {
        _affine(supplyIntercepts, supplySlopes, prices, sign: 1)
    }

    /// The excess demand at a price vector.
    ///
    /// ```
    /// Z(P) = D(P) − O(P) = (a − c) − (B + C)·P
    /// ```
    /// Evaluated in the right-hand form, which is what the solve makes zero.
    /// - Parameter prices: `P`, `M` entries.
    /// - Returns: `M` excess demands.
    /// - Complexity: O(M²).
    public func excessDemand(atPrices prices: [Double]) -> [Double] {
        let (system, rhs) = _system()
        return _affine(rhs, system, prices, sign: -1)
    }

    /// `intercept + sign·slopes·prices`, each row summed with fused
    /// multiply-adds.
    internal func _affine(_ intercept: [Double], _ slopes: Matrix, _ prices: [Double], sign: Double) -> [Double] {
        precondition(prices.count == assetCount, "Expected \(assetCount) prices, got \(prices.count).")
        var result = intercept
        for j in 0..<assetCount {
            let pj = sign * prices[j]
            for i in 0..<assetCount {
                result[i] = result[i].addingProduct(slopes.elements[i + j * assetCount], pj)
            }
        }
        return result
    }

    /// `B + C` and `a − c`.
    internal func _system() -> (Matrix, [Double]) {
        var system = demandSlopes
        for j in 0..<assetCount {
            for i in 0..<assetCount { system[i, j] += supplySlopes[i, j] }
        }
        var rhs = demandIntercepts
        for i in rhs.indices { rhs[i] -= supplyIntercepts[i] }
        return (system, rhs)
    }
}
