import CatallaxNumerics
import PropertyBased
import Testing

@Suite struct AscendingSortTests {
    /// `AscendingSort.sort` on a copy of `values`, next to the standard library's `sort()`.
    func bothSorts(_ values: [Double]) -> (ascending: [Double], standard: [Double]) {
        var ascending = values
        let scratch = UnsafeMutableBufferPointer<Double>.allocate(capacity: values.count)
        defer { scratch.deallocate() }
        ascending.withUnsafeMutableBufferPointer { AscendingSort.sort($0, scratch: scratch) }
        return (ascending, values.sorted())
    }

    /// Bit for bit, so `+0` and `−0` or two NaN payloads would not pass as equal.
    func expectSameBits(_ a: [Double], _ b: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.map(\.bitPattern) == b.map(\.bitPattern), sourceLocation: sourceLocation)
    }

    /// Wealth-like magnitudes with ties, zeros and every byte of the pattern in play.
    let nonNegativeValue = Gen.oneOf(Gen.double(in: 0...200), Gen.double(in: 0...1e-300), Gen.always(0.0),
                                     Gen.always(100.0), Gen.double(in: 0...1e300))

    @Test func nonNegativeValuesSortAsTheStandardSortDoes() async {
        await propertyCheck(count: 300, input: nonNegativeValue.array(of: 0...1200)) { values in
            let (ascending, standard) = bothSorts(values)
            expectSameBits(ascending, standard)
        }
    }

    @Test func shortArraysOnEitherSideOfTheInsertionLimitSortAsTheStandardSortDoes() async {
        let lengths = 0...(AscendingSort.insertionSortLimit + 16)
        await propertyCheck(count: 400, input: nonNegativeValue.array(of: lengths)) { values in
            let (ascending, standard) = bothSorts(values)
            expectSameBits(ascending, standard)
        }
    }

    @Test func boundaryValuesSortAsTheStandardSortDoes() {
        let values: [Double] = [.infinity, 0, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 1, 0, .leastNormalMagnitude,
                                .infinity, 1.0.nextDown, 1.0.nextUp, 0x1p-1074 * 3]
        // Eleven values go by insertion, 77 by radix.
        for copies in [1, 7] {
            let (ascending, standard) = bothSorts(Array(repeating: values, count: copies).flatMap { $0 })
            expectSameBits(ascending, standard)
        }
    }

    @Test func negativeValuesAndNegativeZeroFallBackToTheStandardSort() async {
        await propertyCheck(count: 200, input: Gen.double(in: -100...100).array(of: 0...300)) { values in
            let (ascending, standard) = bothSorts(values + [-0.0, 0.0])
            expectSameBits(ascending, standard)
        }
    }

    @Test func aNaNLeavesTheArrayToTheStandardSort() {
        var values: [Double] = [3, .nan, 1, 2]
        let scratch = UnsafeMutableBufferPointer<Double>.allocate(capacity: values.count)
        defer { scratch.deallocate() }
        values.withUnsafeMutableBufferPointer { AscendingSort.sort($0, scratch: scratch) }
        var standard: [Double] = [3, .nan, 1, 2]
        standard.sort()
        expectSameBits(values, standard)
    }

    @Test func emptyAndSingleArraysAreLeftAsTheyAre() {
        expectSameBits(bothSorts([]).ascending, [])
        expectSameBits(bothSorts([7]).ascending, [7])
    }
}
