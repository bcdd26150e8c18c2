import CatallaxModel
import PropertyBased
import Testing

/// ``ByteSink``'s byte and integer writes spell what a `String` would.
@Suite struct ByteSinkTests {
    static func spelled(_ n: Int) -> String {
        var text = ByteText()
        text.write(integer: n)
        return String(decoding: text.bytes, as: UTF8.self)
    }

    @Test(arguments: [0, 1, 9, 10, 99, 100, -1, -9, -10, 1_000_000, Int.max, Int.min, Int.max - 1, Int.min + 1])
    func integersAreSpelledAsStringSpellsThem(_ n: Int) {
        #expect(Self.spelled(n) == String(n))
    }

    @Test func anyIntegerIsSpelledAsStringSpellsIt() {
        // Magnitudes spread over every digit count: a uniform Int has nineteen digits almost always.
        let input = zip(Gen.int(in: Int.min...Int.max), Gen.int(in: 0...63))
        seededCheck(input, count: 2000, seed: 0xB7_7E5) { n, shift in
            let m = n >> shift
            #expect(Self.spelled(m) == String(m))
        }
    }

    @Test func asciiBytesAndTextsFollowEachOther() {
        var text = ByteText()
        text.write(integer: 12)
        text.write(ascii: UInt8(ascii: ","))
        text.write("ok")
        text.write(ascii: UInt8(ascii: "\n"))
        #expect(text.bytes == Array("12,ok\n".utf8))
    }

    @Test func aStringIsASinkThroughTheDefaultSpellings() {
        var text = "a"
        text.write(ascii: UInt8(ascii: ","))
        text.write(integer: -305)
        #expect(text == "a,-305")
    }
}
