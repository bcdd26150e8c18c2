import CatallaxReduce
import PropertyBased
import Testing

@Suite struct QuantilesTests {
    /// (sorted values, p, Q(p)) with Q(p) printed by NumPy 2.4
    /// `repr(float(np.quantile(a, p)))` (method='linear', the default).
    static let numpyTable: [([Double], Double, Double)] = [
        ([1, 2, 3, 4], 0, 1.0),
        ([1, 2, 3, 4], 0.05, 1.15),
        ([1, 2, 3, 4], 0.25, 1.75),
        ([1, 2, 3, 4], 0.5, 2.5),
        ([1, 2, 3, 4], 0.75, 3.25),
        ([1, 2, 3, 4], 0.95, 3.8499999999999996),
        ([1, 2, 3, 4], 1, 4.0),
        ([-1, 2, 3, 7.5, 10], 0.05, -0.3999999999999999),
        ([-1, 2, 3, 7.5, 10], 0.1, 0.20000000000000018),
        ([-1, 2, 3, 7.5, 10], 0.5, 3.0),
        ([-1, 2, 3, 7.5, 10], 0.9, 9.0),
        ([-1, 2, 3, 7.5, 10], 0.95, 9.5),
        ([0.1, 0.2, 0.7], 0.05, 0.11000000000000001),
        ([0.1, 0.2, 0.7], 0.5, 0.2),
        ([0.1, 0.2, 0.7], 0.95, 0.6499999999999999),
        ([0.1, 0.2, 0.7], 0.123456789, 0.12469135780000001),
    ]

    @Test func matchesNumPyBitForBit() {
        for (sorted, p, expected) in Self.numpyTable {
            let q = Quantiles.linear(ofSorted: sorted, at: p)
            #expect(q?.bitPattern == expected.bitPattern, "\(sorted) at \(p): \(String(describing: q))")
        }
    }

    @Test func matchesHandComputedTable() {
        // [1, 2, 3, 4]: h = 3p; p = 0.05 → 1 + 0.15, 0.5 → 2.5, 0.95 → 3 + 0.85.
        let sorted: [Double] = [1, 2, 3, 4]
        #expect(isClose(Quantiles.linear(ofSorted: sorted, at: 0.05) ?? .nan, 1.15, relative: 1e-15))
        #expect(Quantiles.linear(ofSorted: sorted, at: 0.5) == 2.5)
        #expect(isClose(Quantiles.linear(ofSorted: sorted, at: 0.95) ?? .nan, 3.85, relative: 1e-15))
        // [10, 20, 30, 40, 50]: h = 4p; p = 0.3 → 20 + 0.2·10 = 22.
        #expect(Quantiles.linear(ofSorted: [10, 20, 30, 40, 50], at: 0.3) == 22)
    }

    @Test func emptyHasNoQuantile() {
        #expect(Quantiles.linear(ofSorted: [Double](), at: 0.5) == nil)
    }

    @Test func oneValueIsEveryQuantile() {
        for p in [0, 0.05, 0.5, 0.95, 1.0] {
            #expect(Quantiles.linear(ofSorted: [42.0], at: p) == 42)
        }
    }

    @Test func twoValuesInterpolateLinearly() {
        let sorted: [Double] = [-2, 6]
        #expect(Quantiles.linear(ofSorted: sorted, at: 0) == -2)
        #expect(Quantiles.linear(ofSorted: sorted, at: 0.25) == 0)
        #expect(Quantiles.linear(ofSorted: sorted, at: 0.5) == 2)
        #expect(Quantiles.linear(ofSorted: sorted, at: 1) == 6)
    }

    @Test func endsAreMinAndMax() {
        let input = Gen.double(in: -1e9...1e9).array(of: 1...50)
        seededPropertyCheck(seed: 0x5EED_0501, input: input) { values in
            let sorted = values.sorted()
            #expect(Quantiles.linear(ofSorted: sorted, at: 0) == sorted.first)
            #expect(Quantiles.linear(ofSorted: sorted, at: 1) == sorted.last)
        }
    }

    @Test func isMonotoneInPAndWithinMinMax() {
        let input = zip(Gen.double(in: -1e3...1e3).array(of: 1...40), Gen.double(in: 0...1).array(of: 2...20))
        seededPropertyCheck(count: 300, seed: 0x5EED_0502, input: input) { values, probabilities in
            let sorted = values.sorted()
            let quantiles = probabilities.sorted().map { Quantiles.linear(ofSorted: sorted, at: $0) ?? .nan }
            for (lower, upper) in zip(quantiles, quantiles.dropFirst()) {
                #expect(lower <= upper)
            }
            for q in quantiles {
                #expect(sorted[0] <= q && q <= sorted[sorted.count - 1])
            }
        }
    }

    @Test func acceptsArraySlices() {
        let values: [Double] = [0, 1, 2, 3, 4, 100]
        #expect(Quantiles.linear(ofSorted: values[1..<5], at: 0.5) == 2.5)
    }
}
