import CatallaxNumerics
import PropertyBased
import Testing

@Suite struct AscendingSortTests {
    /// `AscendingSort.sort` on a copy of `values`, next to the standard library's `sort()`.
    func bothSorts(_ values: [Double]) -> (radix: [Double], standard: [Double]) {
        var radix = values
        let scratch = UnsafeMutableBufferPointer<Double>.allocate(capacity: values.count)
        defer { scratch.deallocate() }
        radix.withUnsafeMutableBufferPointer { AscendingSort.sort($0, scratch: scratch) }
        return (radix, values.sorted())
    }

    /// Bit for bit, so `+0` and `−0` or two NaN payloads would not pass as equal.
    func expectSameBits(_ a: [Double], _ b: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.map(\.bitPattern) == b.map(\.bitPattern), sourceLocation: sourceLocation)
    }

    @Test func nonNegativeValuesSortAsTheStandardSortDoes() async {
        // Wealth-like magnitudes with ties, zeros and every byte of the pattern in play.
        let value = Gen.oneOf(Gen.double(in: 0...200), Gen.double(in: 0...1e-300), Gen.always(0.0), Gen.always(100.0),
                              Gen.double(in: 0...1e300))
        await propertyCheck(count: 300, input: value.array(of: 0...1200)) { values in
            let (radix, standard) = bothSorts(values)
            expectSameBits(radix, standard)
        }
    }

    @Test func boundaryValuesSortAsTheStandardSortDoes() {
        let values: [Double] = [.infinity, 0, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 1, 0, .leastNormalMagnitude,
                                .infinity, 1.0.nextDown, 1.0.nextUp, 0x1p-1074 * 3]
        let (radix, standard) = bothSorts(values)
        expectSameBits(radix, standard)
    }

    @Test func negativeValuesAndNegativeZeroFallBackToTheStandardSort() async {
        await propertyCheck(count: 200, input: Gen.double(in: -100...100).array(of: 2...300)) { values in
            let (radix, standard) = bothSorts(values + [-0.0, 0.0])
            expectSameBits(radix, standard)
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
        expectSameBits(bothSorts([]).radix, [])
        expectSameBits(bothSorts([7]).radix, [7])
    }
}
