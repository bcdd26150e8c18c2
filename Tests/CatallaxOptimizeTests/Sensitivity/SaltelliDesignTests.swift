@testable import CatallaxOptimize
import CatallaxSweep
import Testing

@Suite struct SaltelliDesignTests {
    @Test func rowCountIsTheBudgetNTimesKPlusTwo() {
        let design = SaltelliDesign(parameterCount: 3, baseCount: 64)
        #expect(design.rowCount == 64 * 5)
        #expect(design.rows().count == 64 * 5)
    }

    @Test func tenParametersFitTheTwentyOneSobolDimensions() {
        #expect(SaltelliDesign.maximumParameterCount == 10)
        #expect(SaltelliDesign(parameterCount: 10, baseCount: 4).row(4 * 12 - 1).count == 10)
    }

    @Test func blocksAreAThenTheMixedMatricesThenB() {
        let k = 4
        let design = SaltelliDesign(parameterCount: k, baseCount: 16)
        let sobol = SobolSequence(dimensions: 2 * k)
        let rows = design.rows()
        for base in 0..<16 {
            let point = sobol.point(base)
            let a = Array(point[..<k])
            let b = Array(point[k...])
            #expect(rows[base * (k + 2)] == a)
            #expect(rows[base * (k + 2) + k + 1] == b)
            for i in 0..<k {
                var mixed = a
                mixed[i] = b[i]
                #expect(rows[base * (k + 2) + 1 + i] == mixed, "base \(base), parameter \(i)")
            }
        }
    }

    @Test func eachRowComputedAloneEqualsTheWholeDesign() {
        let design = SaltelliDesign(parameterCount: 3, baseCount: 32)
        let rows = design.rows()
        for index in 0..<design.rowCount {
            #expect(design.row(index) == rows[index])
        }
    }
}
