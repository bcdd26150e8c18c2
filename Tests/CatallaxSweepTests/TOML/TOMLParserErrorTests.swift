@testable import CatallaxSweep
import Foundation
import Testing

/// One malformed document and the error it must give.
struct TOMLErrorCase: Sendable, CustomTestStringConvertible {
    /// The document's bytes (not always valid UTF-8).
    let bytes: [UInt8]
    /// The expected error.
    let error: TOMLSyntaxError

    /// A case for the text `text`.
    init(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        self.init(bytes: Array(text.utf8), line, column, message)
    }

    /// A case for raw `bytes`.
    init(bytes: [UInt8], _ line: Int, _ column: Int, _ message: String) {
        self.bytes = bytes
        error = TOMLSyntaxError(line: line, column: column, message: message)
    }

    var testDescription: String { String(decoding: bytes.prefix(60), as: UTF8.self).debugDescription }

    /// The error parsing the bytes throws, or `nil` if it parses.
    static func error(parsing bytes: [UInt8]) -> TOMLSyntaxError? {
        do {
            _ = try TOMLParser.parse(bytes: bytes)
            return nil
        } catch {
            return error
        }
    }
}

/// Malformed TOML: every construct fails with its line, column and message.
@Suite struct TOMLParserErrorTests {
    static let syntax: [TOMLErrorCase] = [
        .init("a =", 1, 4, "expected a value after '='"),
        .init("a = # c", 1, 5, "expected a value after '='"),
        .init("= 1", 1, 1, "expected a key, found '='"),
        .init("a.= 1", 1, 3, "expected a key after '.', found '='"),
        .init("\"\"\"a\"\"\" = 1", 1, 3, "expected '=' after the key, found '\"'"),
        .init("a = 1 b = 2", 1, 7, "expected a newline after a key/value pair, found 'b'"),
        .init("a = 1\rb = 2", 1, 6, "a carriage return must be followed by a line feed"),
        .init("[a", 1, 3, "expected ']' to close the table header"),
        .init("[[a]", 1, 4, "expected ']]' to close the array-of-tables header"),
        .init("[a]]", 1, 4, "expected a newline after a table header, found ']'"),
        .init("a = [1 2]", 1, 8, "expected ',' or ']' after an array element, found '2'"),
        .init("x = 1\n\n    y = [\n 1, 2\n   3]", 5, 4, "expected ',' or ']' after an array element, found '3'"),
        .init("a = [1,,2]", 1, 8, "expected a value, found ','"),
        .init("a = [1,", 1, 8, "unterminated array (opened on line 1)"),
        .init("a = tru", 1, 5, "invalid value 'tru' (a string needs quotes)"),
        .init("a = {b = 1,}", 1, 12, "trailing comma not allowed in an inline table"),
        .init("a = {b = 1\n}", 1, 11, "newlines are not allowed inside an inline table"),
        .init("a = {b = 1", 1, 11, "unterminated inline table"),
        .init("# c\u{7F}", 1, 4, "control character U+007F is not allowed in a comment"),
        .init("a = 1 # é\u{0}", 1, 10, "control character U+0000 is not allowed in a comment"),
    ]

    @Test(arguments: syntax) func malformedLinesAreSyntaxErrors(_ test: TOMLErrorCase) {
        #expect(TOMLErrorCase.error(parsing: test.bytes) == test.error)
    }

    static let strings: [TOMLErrorCase] = [
        .init("s = \"abc", 1, 9, "unterminated string"),
        .init("s = \"abc\nt = 1", 1, 9, "unterminated string (a single-line string must end on its line)"),
        .init("s = 'x", 1, 7, "unterminated string"),
        .init("s = \"\"\"abc", 1, 11, "unterminated multi-line string (opened on line 1)"),
        .init("s = '''x\n", 2, 1, "unterminated multi-line string (opened on line 1)"),
        .init("s = \"x\\", 1, 7, "invalid escape sequence '\\' at the end of the file"),
        .init("s = \"\\x41\"", 1, 6, "invalid escape sequence '\\x'"),
        .init("s = \"a\\ b\"", 1, 7, "invalid escape sequence '\\' followed by U+0020"),
        .init("s = \"\\uD800\"", 1, 6, "escape \\uD800 is not a Unicode scalar value"),
        .init("s = \"\\U00110000\"", 1, 6, "escape \\U00110000 is not a Unicode scalar value"),
        .init("s = \"\\u12\"", 1, 6, "a \\u escape needs exactly 4 hexadecimal digits"),
        .init("s = \"a\u{1}\"", 1, 7, "control character U+0001 is not allowed in a string; use an escape"),
        .init("s = '''a\u{8}'''", 1, 9, "control character U+0008 is not allowed in a string; use an escape"),
        .init("s = \"\"\"x\"\"\"\"\"\"", 1, 14, "too many quotes at the end of a multi-line string"),
        .init("s = \"\"\"\\  x\"\"\"", 1, 8, "a line-ending backslash must be followed only by whitespace up to the newline"),
    ]

    @Test(arguments: strings) func truncatedAndMalformedStringsAreErrors(_ test: TOMLErrorCase) {
        #expect(TOMLErrorCase.error(parsing: test.bytes) == test.error)
    }

    static let numbers: [TOMLErrorCase] = [
        .init("a = 9223372036854775808", 1, 5, "integer '9223372036854775808' does not fit in 64 bits"),
        .init("a = -9223372036854775809", 1, 5, "integer '-9223372036854775809' does not fit in 64 bits"),
        .init("a = 0x8000000000000000", 1, 5, "integer '0x8000000000000000' does not fit in 64 bits"),
        .init("a = " + String(repeating: "9", count: 50), 1, 5,
              "integer '" + String(repeating: "9", count: 40) + "…' does not fit in 64 bits"),
        .init("a = 012", 1, 5, "leading zeros are not allowed in '012'"),
        .init("a = 01.5", 1, 5, "leading zeros are not allowed in '01.5'"),
        .init("a = 1__0", 1, 5, "an underscore must sit between two digits in '1__0'"),
        .init("a = _1", 1, 5, "an underscore must sit between two digits in '_1'"),
        .init("a = 1_", 1, 5, "an underscore must sit between two digits in '1_'"),
        .init("a = 1.", 1, 5, "invalid number '1.'"),
        .init("a = .5", 1, 5, "invalid number '.5'"),
        .init("a = 1e", 1, 5, "invalid number '1e'"),
        .init("a = 0b102", 1, 5, "invalid number '0b102'"),
        .init("a = +0x1", 1, 5, "a hexadecimal integer may not have a sign"),
    ]

    @Test(arguments: numbers) func malformedAndOutOfRangeNumbersAreErrors(_ test: TOMLErrorCase) {
        #expect(TOMLErrorCase.error(parsing: test.bytes) == test.error)
    }

    static let dateTimes: [TOMLErrorCase] = [
        .init("a = 1979-02-30", 1, 5, "impossible date '1979-02-30'"),
        .init("a = 1900-02-29", 1, 5, "impossible date '1900-02-29'"),
        .init("a = 1979-13-01", 1, 5, "impossible date '1979-13-01'"),
        .init("a = 24:00:00", 1, 5, "impossible time '24:00:00'"),
        .init("a = 07:60:00", 1, 5, "impossible time '07:60:00'"),
        .init("a = 1979-05-27T07:32:00+24:00", 1, 5, "impossible time offset '1979-05-27T07:32:00+24:00'"),
        .init("a = 1979-05-27T07:32", 1, 5, "invalid date-time '1979-05-27T07:32'"),
        .init("a = 07:32:00Z", 1, 5, "invalid date-time '07:32:00Z'"),
        .init("a = 1979-05-27T07:32:00.", 1, 5, "invalid date-time '1979-05-27T07:32:00.'"),
    ]

    @Test(arguments: dateTimes) func impossibleDateTimesAreErrors(_ test: TOMLErrorCase) {
        #expect(TOMLErrorCase.error(parsing: test.bytes) == test.error)
    }

    static let redefinitions: [TOMLErrorCase] = [
        .init("seed = 1\nx = 2\nseed = 3", 3, 1, "duplicate key 'seed' (first defined on line 1)"),
        .init("[block]\na = 1\n[block]", 3, 2, "table [block] defined twice (first defined on line 1)"),
        .init("[a.b]\n[a]\nb = 1", 3, 1, "duplicate key 'b' (first defined on line 1)"),
        .init("a.b = 1\n[a]", 2, 2, "table [a] defined twice, first by dotted keys (first defined on line 1)"),
        .init("[a]\nb.c = 1\n[a.b]", 3, 4, "table [a.b] defined twice, first by dotted keys (first defined on line 2)"),
        .init("a = 1\n[a]", 2, 2, "cannot define table [a]: the key holds an integer (first defined on line 1)"),
        .init("a = 1\na.b = 2", 2, 1, "key 'a' holds an integer, not a table (first defined on line 1)"),
        .init("a = {}\na.b = 1", 2, 1, "cannot extend inline table 'a' (first defined on line 1)"),
        .init("a = {b = {}}\n[a.b]", 2, 2, "cannot define a table under 'a': it holds an inline table (first defined on line 1)"),
        .init("a = []\n[[a]]", 2, 3, "cannot append to the statically defined array 'a' (first defined on line 1)"),
        .init("[a]\n[[a]]", 2, 3, "cannot append to [[a]]: it is a table (first defined on line 1)"),
        .init("[[a]]\n[a]", 2, 2, "cannot define table [a]: it is an array of tables (first defined on line 1)"),
        .init("[a.b.c]\nz = 9\n[a]\nb.c.t = 1", 4, 3,
              "cannot add to table 'b.c' with dotted keys: it is defined elsewhere (first defined on line 1)"),
        .init("a = {b.c = 1, b = 2}", 1, 15, "duplicate key 'b' (first defined on line 1)"),
    ]

    @Test(arguments: redefinitions) func redefiningKeysAndTablesIsAnError(_ test: TOMLErrorCase) {
        #expect(TOMLErrorCase.error(parsing: test.bytes) == test.error)
    }

    static let encodings: [TOMLErrorCase] = [
        .init(bytes: Array("a = \"".utf8) + [0xFF, 0x22], 1, 6, "invalid UTF-8 (byte 0xFF)"),
        .init(bytes: Array("# ok\nb = 1 # ".utf8) + [0xC3, 0x28], 2, 9, "invalid UTF-8 (byte 0xC3)"),
        .init(bytes: Array("a = \"".utf8) + [0xED, 0xA0, 0x80, 0x22], 1, 6, "invalid UTF-8 (byte 0xED)"),
        .init(bytes: Array("a = \"".utf8) + [0xC0, 0xAF, 0x22], 1, 6, "invalid UTF-8 (byte 0xC0)"),
        .init(bytes: Array("a = \"".utf8) + [0xF0, 0x9F, 0x98], 1, 6, "invalid UTF-8 (byte 0xF0)"),
        .init(bytes: Array("a = \"é".utf8) + [0x80], 1, 7, "invalid UTF-8 (byte 0x80)"),
        .init(bytes: [0xFE, 0xFF, 0x00, 0x61], 1, 1, "invalid UTF-8 (byte 0xFE)"),
    ]

    @Test(arguments: encodings) func invalidUTF8IsAnErrorThroughTheBytesEntry(_ test: TOMLErrorCase) {
        #expect(TOMLErrorCase.error(parsing: test.bytes) == test.error)
    }

    @Test func columnsCountUnicodeScalarsNotBytes() {
        #expect(TOMLErrorCase.error(parsing: Array("s = \"é😀\" x".utf8))?.column == 10)
    }

    @Test func theStringEntryReportsTheSameErrorAsTheBytesEntry() throws {
        let text = "a = 1\n[a]"
        let expected = try #require(TOMLErrorCase.error(parsing: Array(text.utf8)))
        #expect(throws: expected) { try TOMLParser.parse(text) }
    }

    @Test func aBrokenHeaderAppendedToASweepFileIsAnErrorOnItsLine() throws {
        let url = SpecFixture.packageRoot.appendingPathComponent("Sweeps/curve-volatility.toml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let error = TOMLErrorCase.error(parsing: Array((text + "[[[ broken").utf8))
        #expect(error == TOMLSyntaxError(line: lines, column: 3, message: "expected a key, found '['"))
    }

    @Test func nestingPastTheLimitIsAnErrorNotARecursion() {
        let limit = TOMLParser.maximumDepth
        let deep = "a = " + String(repeating: "[", count: 100_000)
        #expect(TOMLErrorCase.error(parsing: Array(deep.utf8))
            == TOMLSyntaxError(line: 1, column: 5 + limit, message: "nesting deeper than 64 levels"))
        let inline = "a = " + String(repeating: "{b=", count: 100_000)
        #expect(TOMLErrorCase.error(parsing: Array(inline.utf8))?.message == "nesting deeper than 64 levels")
        let header = "[" + String(repeating: "a.", count: 100_000) + "a]"
        #expect(TOMLErrorCase.error(parsing: Array(header.utf8))?.message == "nesting deeper than 64 levels")
        let brackets = String(repeating: "[", count: 100_000)
        #expect(TOMLErrorCase.error(parsing: Array(brackets.utf8)) == TOMLSyntaxError(line: 1, column: 3, message: "expected a key, found '['"))
    }

    @Test func nestingUpToTheLimitParses() throws {
        let limit = TOMLParser.maximumDepth
        let arrays = "a = " + String(repeating: "[", count: limit - 1) + String(repeating: "]", count: limit - 1)
        #expect(try TOMLParser.parse(arrays)["a"] != nil)
    }
}
