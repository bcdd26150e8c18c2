import CatallaxModel
import CatallaxNumerics
import PropertyBased
import Testing

extension Markets {
    /// Multi-asset equilibrium `(B + C)·P = a − c` through LAPACK `dgesv`.
    @Suite struct LinearMultiAssetMarketTests {
        @Test func oneAssetIsTheScalarMarket() throws {
            // p* = (100 − 10)/(2 + 4) = 15.
            let m = try LinearMultiAssetMarket(
                demandIntercepts: [100], demandSlopes: Matrix(rowMajor: [[2]]),
                supplyIntercepts: [10], supplySlopes: Matrix(rowMajor: [[4]]))
            let e = try m.equilibrium()
            #expect(e.prices == [15])
            #expect(e.quantities == [70])
            #expect(e.relativeResidual == 0)
        }

        /// `B + C = [4 1 0; 1 5 1; 0 1 3]`, `P* = (1, 2, 3)`, `a − c = (6, 14, 11)`,
        /// quantities `a − B·P* = c + C·P* = (3, 6, 7)`.
        @Test func threeAssetsWithCrossEffectsMeetTheKnownAnswer() throws {
            let m = try LinearMultiAssetMarket(
                demandIntercepts: [7, 16, 14],
                demandSlopes: Matrix(rowMajor: [[3, 0.5, 0], [0.5, 4, 0.5], [0, 0.5, 2]]),
                supplyIntercepts: [1, 2, 3],
                supplySlopes: Matrix(rowMajor: [[1, 0.5, 0], [0.5, 1, 0.5], [0, 0.5, 1]]))
            let e = try m.equilibrium()
            for (p, exact) in zip(e.prices, [1.0, 2, 3]) { expectClose(p, exact, relative: 4 * Double.ulpOfOne) }
            for (q, exact) in zip(e.quantities, [3.0, 6, 7]) { expectClose(q, exact, relative: 1e-14) }
            let supplied = m.supply(atPrices: e.prices)
            for (q, exact) in zip(supplied, [3.0, 6, 7]) { expectClose(q, exact, relative: 1e-14) }
            #expect(e.relativeResidual <= 4 * Double.ulpOfOne)
            #expect(e.conditionNumber > 1 && e.conditionNumber < 10)
        }

        @Test func randomDiagonallyDominantSystemsHaveTinyResiduals() throws {
            // Own-price slopes dominate the cross effects, as for gross
            // substitutes; the residual is a few ε and Z(P*) ≈ 0.
            let input = zip(Gen.int(in: 1...8), Gen.int(in: 0...Int(Int32.max)))
            try seededCheck(input, count: 200, seed: 0x4D55_4C54) { m, seed in
                var g = Xoshiro(seed: (UInt64(seed), 1, 2, 3))
                func uniform(_ r: ClosedRange<Double>) -> Double { Double.random(in: r, using: &g) }
                var b = [[Double]](repeating: [Double](repeating: 0, count: m), count: m)
                var c = b
                for i in 0..<m {
                    for j in 0..<m where i != j {
                        b[i][j] = uniform(-0.3...0.3)
                        c[i][j] = uniform(-0.3...0.3)
                    }
                    b[i][i] = Double(m) * uniform(0.7...3)
                    c[i][i] = Double(m) * uniform(0.7...3)
                }
                let market = try LinearMultiAssetMarket(
                    demandIntercepts: (0..<m).map { _ in uniform(50...150) }, demandSlopes: Matrix(rowMajor: b),
                    supplyIntercepts: (0..<m).map { _ in uniform(0...40) }, supplySlopes: Matrix(rowMajor: c))
                let e = try market.equilibrium()
                #expect(e.relativeResidual <= 8 * Double(m) * Double.ulpOfOne)
                let z = market.excessDemand(atPrices: e.prices)
                let scale = market.demand(atPrices: e.prices).map(abs).max() ?? 1
                #expect(z.allSatisfy { abs($0) <= 64 * Double(m) * Double.ulpOfOne * scale })
            }
        }

        @Test func singularSystemIsAClearError() throws {
            // B + C = [1 2; 2 4]: rank 1.
            let m = try LinearMultiAssetMarket(
                demandIntercepts: [10, 20], demandSlopes: Matrix(rowMajor: [[1, 1], [1, 2]]),
                supplyIntercepts: [0, 0], supplySlopes: Matrix(rowMajor: [[0, 1], [1, 2]]))
            #expect(throws: MarketError.singularSystem(assets: 2, pivot: 1)) { try m.equilibrium() }
            let description = MarketError.singularSystem(assets: 2, pivot: 1).description
            #expect(description.contains("singular") && description.hasSuffix("."))
        }

        @Test func nearlySingularSystemIsRefused() throws {
            // B + C = [1 1; 1 1 + 1e-14]: κ∞ ≈ 4e14.
            let m = try LinearMultiAssetMarket(
                demandIntercepts: [1, 2], demandSlopes: Matrix(rowMajor: [[1, 1], [1, 1 + 1e-14]]),
                supplyIntercepts: [0, 0], supplySlopes: Matrix(rowMajor: [[0, 0], [0, 0]]))
            #expect {
                try m.equilibrium()
            } throws: { error in
                guard case let MarketError.illConditioned(kappa, limit) = error else { return false }
                return kappa > 1e14 && kappa < 1e15 && limit == 1e12
            }
            // A looser limit accepts it.
            #expect(try m.equilibrium(maximumConditionNumber: 1e16).conditionNumber > 1e14)
        }

        @Test func shapesAndValuesAreValidated() throws {
            let two = try Matrix(rowMajor: [[1, 0], [0, 1]])
            let three = Matrix.identity(order: 3)
            #expect(throws: MarketError.self) {
                try LinearMultiAssetMarket(demandIntercepts: [1, 2], demandSlopes: three, supplyIntercepts: [0, 0], supplySlopes: two)
            }
            #expect(throws: MarketError.self) {
                try LinearMultiAssetMarket(demandIntercepts: [1, 2], demandSlopes: two, supplyIntercepts: [0], supplySlopes: two)
            }
            #expect(throws: MarketError.self) {
                try LinearMultiAssetMarket(demandIntercepts: [], demandSlopes: Matrix.identity(order: 0), supplyIntercepts: [], supplySlopes: Matrix.identity(order: 0))
            }
            #expect(throws: MarketError.self) {
                try LinearMultiAssetMarket(demandIntercepts: [1, .nan], demandSlopes: two, supplyIntercepts: [0, 0], supplySlopes: two)
            }
        }
    }
}
