import Testing
@testable import CatallaxModel

/// `BitStringEncoding`: the ends of the grid and round trips.
@Suite struct BitStringEncodingTests {
    @Test(arguments: [2, 8, 30, 53, 62])
    func theEndsDecodeToTheBounds(_ bits: Int) {
        let e = BitStringEncoding(bits: bits, lowerBound: -1.5, upperBound: 22.75)
        #expect(e.decode(0) == -1.5)
        #expect(e.decode(e.mask) == 22.75)
        #expect(e.mask == (1 << UInt64(bits)) - 1)
    }

    @Test func encodingADecodedStringGivesItBack() {
        let e = BitStringEncoding(bits: 30, lowerBound: 0, upperBound: 23.9)
        for k: UInt64 in [0, 1, 2, 12345, 1 << 29, (1 << 30) - 2, (1 << 30) - 1] {
            #expect(e.encode(e.decode(k)) == k)
        }
        #expect(e.encode(-5) == 0)
        #expect(e.encode(100) == e.mask)
    }

    @Test func bitsAboveTheLengthAreIgnoredAndDetected() {
        let e = BitStringEncoding(bits: 8, lowerBound: 0, upperBound: 255)
        #expect(e.decode(0x1_05) == 5)
        #expect(!e.contains(0x1_05))
        #expect(e.contains(0xFF))
    }
}
