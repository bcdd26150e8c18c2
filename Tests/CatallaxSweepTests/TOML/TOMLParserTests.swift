@testable import CatallaxSweep
import Foundation
import Testing

/// Valid TOML 1.0 documents and the values they mean.
@Suite struct TOMLParserTests {
    /// The value at the dotted `path` of `text`'s document.
    static func value(_ text: String, _ path: String...) throws -> TOML.Value? {
        var value = TOML.Value.table(try TOMLParser.parse(text))
        for key in path {
            guard let next = value.table?[key] else { return nil }
            value = next
        }
        return value
    }

    @Test func emptyDocumentsAreEmptyTables() throws {
        for text in ["", " \t", "\n\r\n", "# only a comment", "\u{FEFF}"] {
            #expect(try TOMLParser.parse(text).isEmpty)
        }
    }

    @Test func keysAreBareQuotedOrDottedWithWhitespaceAroundDots() throws {
        let table = try TOMLParser.parse("""
            bare_key-1 = 1
            "quoted key" = 2
            'literal "key"' = 3
            "" = 4
            site . "google.com" .  x = 5
            1234 = 6
            "\\u00e9" = 7
            """)
        #expect(table.keys == ["", "1234", "bare_key-1", "literal \"key\"", "quoted key", "site", "é"])
        #expect(table["site"]?.table?["google.com"]?.table?["x"] == .integer(5))
        #expect(table[""] == .integer(4))
    }

    @Test func keysAreSorted() throws {
        #expect(try TOMLParser.parse("b = 1\na = 2\nc = 3\nB = 4").keys == ["B", "a", "b", "c"])
    }

    @Test func basicStringsResolveEveryEscape() throws {
        let text = #"s = "tab\t nl\n cr\r bs\b ff\f quote\" backslash\\ \u00E9 \U0001F600""#
        #expect(try Self.value(text, "s") == .string("tab\t nl\n cr\r bs\u{8} ff\u{C} quote\" backslash\\ é 😀"))
    }

    @Test func multilineBasicStringsTrimTheFirstNewlineAndLineEndingBackslashes() throws {
        let text = "s = \"\"\"\nThe quick \\\n    brown \\   \r\n\n  fox.\"\"\"\nt = \"\"\"a\r\nb\"\"\""
        #expect(try Self.value(text, "s") == .string("The quick brown fox."))
        #expect(try Self.value(text, "t") == .string("a\nb"))
    }

    @Test func multilineStringsMayEndWithOneOrTwoQuotes() throws {
        let five = String(repeating: "\"", count: 5)
        #expect(try Self.value("s = \"\"\"x\(five)", "s") == .string("x\"\""))
        #expect(try Self.value("s = \"\"\"\"x\"\"\"\"", "s") == .string("\"x\""))
        #expect(try Self.value("s = '''''x'''''", "s") == .string("''x''"))
    }

    @Test func literalStringsKeepBackslashes() throws {
        #expect(try Self.value(#"s = 'C:\Users\n'"#, "s") == .string(#"C:\Users\n"#))
        #expect(try Self.value("s = '''\nfirst\n  \\second'''", "s") == .string("first\n  \\second"))
        #expect(try Self.value("s = 'tab\there'", "s") == .string("tab\there"))
    }

    @Test func integersInEveryBaseWithUnderscores() throws {
        let table = try TOMLParser.parse("""
            a = +99
            b = -17
            c = 0
            d = 1_000_000
            e = 0xDEAD_beef
            f = 0o755
            g = 0b1101_0110
            h = 9223372036854775807
            i = -9223372036854775808
            j = -0
            k = 0x00ff
            """)
        let expected: [String: Int] = [
            "a": 99, "b": -17, "c": 0, "d": 1_000_000, "e": 0xDEAD_BEEF, "f": 0o755, "g": 0b1101_0110,
            "h": .max, "i": .min, "j": 0, "k": 255,
        ]
        for (key, value) in expected { #expect(table[key] == .integer(value), "\(key)") }
    }

    @Test func floatsWithFractionsExponentsAndSpecialValues() throws {
        let table = try TOMLParser.parse("""
            a = +1.0
            b = 3.1415
            c = -0.01
            d = 5e+22
            e = 1e06
            f = -2E-2
            g = 6.626e-34
            h = 224_617.445_991_228
            i = inf
            j = +inf
            k = -inf
            l = 1e400
            m = -0.0
            """)
        let expected: [String: Double] = [
            "a": 1, "b": 3.1415, "c": -0.01, "d": 5e22, "e": 1e6, "f": -2e-2, "g": 6.626e-34,
            "h": 224_617.445_991_228, "i": .infinity, "j": .infinity, "k": -.infinity, "l": .infinity, "m": -0.0,
        ]
        for (key, value) in expected { #expect(table[key] == .float(value), "\(key)") }
        #expect(table["m"]?.float?.sign == .minus)
        for text in ["x = nan", "x = +nan", "x = -nan"] {
            #expect(try Self.value(text, "x")?.float?.isNaN == true)
        }
    }

    @Test func floatsAreCorrectlyRounded() throws {
        #expect(try Self.value("x = 0.1", "x") == .float(0.1))
        #expect(try Self.value("x = 2.2250738585072011e-308", "x") == .float(2.2250738585072011e-308))
        #expect(try Self.value("x = 9007199254740993.0", "x") == .float(9_007_199_254_740_992))
    }

    @Test func booleans() throws {
        #expect(try Self.value("x = true", "x") == .boolean(true))
        #expect(try Self.value("x = false # no", "x") == .boolean(false))
    }

    @Test func dateTimesOfEveryKindKeepTheirText() throws {
        let cases: [(String, TOML.DateTime.Kind)] = [
            ("1979-05-27T07:32:00Z", .offsetDateTime),
            ("1979-05-27t00:32:00.999999-07:00", .offsetDateTime),
            ("1979-05-27 07:32:00z", .offsetDateTime),
            ("1979-05-27T07:32:00", .localDateTime),
            ("1979-05-27 00:32:00.5", .localDateTime),
            ("2000-02-29", .localDate),
            ("07:32:00", .localTime),
            ("23:59:60.123", .localTime),
        ]
        for (text, kind) in cases {
            #expect(try Self.value("x = \(text) # c", "x") == .dateTime(TOML.DateTime(text: text, kind: kind)))
        }
    }

    @Test func arraysMixTypesSpanLinesAndAllowATrailingComma() throws {
        let text = """
            a = [
              1, # one
              "two",
              [3.0, []],
              { four = 4 },
            ]
            b = []
            """
        #expect(try Self.value(text, "a") == .array([
            .integer(1), .string("two"), .array([.float(3), .array([])]), .table(TOML.Table(["four": .integer(4)])),
        ]))
        #expect(try Self.value(text, "b") == .array([]))
    }

    @Test func inlineTablesHoldDottedKeysAndNest() throws {
        let text = #"point = { x = 1, y.z = 2, y.w = { v = "s" } }"#
        let point = try #require(try Self.value(text, "point")?.table)
        #expect(point["x"] == .integer(1))
        #expect(point["y"] == .table(TOML.Table(["z": .integer(2), "w": .table(TOML.Table(["v": .string("s")]))])))
        #expect(try Self.value("e = {}", "e") == .table(TOML.Table()))
    }

    @Test func tablesFromHeadersAndDottedKeys() throws {
        let text = """
            [dog . "tater.man"]
            type.name = "pug"
            [x.y.z.w]
            [x]
            v = 1
            [fruit]
            apple.color = "red"
            [fruit.apple.texture]
            smooth = true
            """
        #expect(try Self.value(text, "dog", "tater.man", "type", "name") == .string("pug"))
        #expect(try Self.value(text, "x", "y", "z", "w") == .table(TOML.Table()))
        #expect(try Self.value(text, "x", "v") == .integer(1))
        #expect(try Self.value(text, "fruit", "apple", "texture", "smooth") == .boolean(true))
    }

    @Test func arraysOfTablesAppendAndNest() throws {
        let text = """
            [[fruits]]
            name = "apple"
            [fruits.physical]
            color = "red"
            [[fruits.varieties]]
            name = "red delicious"
            [[fruits.varieties]]
            name = "granny smith"
            [[fruits]]
            name = "banana"
            [[fruits.varieties]]
            name = "plantain"
            """
        let fruits = try #require(try Self.value(text, "fruits")?.array)
        #expect(fruits.count == 2)
        #expect(fruits[0].table?["physical"]?.table?["color"] == .string("red"))
        #expect(fruits[0].table?["varieties"]?.array?.count == 2)
        #expect(fruits[1].table?["varieties"]?.array?.first?.table?["name"] == .string("plantain"))
    }

    @Test func crlfLineEndingsAndCommentsEverywhere() throws {
        let text = "# top\r\n[t] # header\r\na = 1 # pair\r\nb = [ # open\r\n 2 # in\r\n]\r\n"
        #expect(try Self.value(text, "t", "a") == .integer(1))
        #expect(try Self.value(text, "t", "b") == .array([.integer(2)]))
    }

    @Test func theBytesEntryReadsValidUTF8() throws {
        let bytes = Array("s = \"é😀\" # ü\n".utf8)
        #expect(try TOMLParser.parse(bytes: bytes)["s"] == .string("é😀"))
        #expect(try TOMLParser.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("a = 1".utf8))["a"] == .integer(1))
    }

    @Test func accessorsAnswerOnlyTheirOwnType() {
        let value = TOML.Value.integer(3)
        #expect(value.integer == 3 && value.float == nil && value.string == nil && value.boolean == nil)
        #expect(value.array == nil && value.table == nil && value.dateTime == nil)
        #expect(value.typeName == "integer")
        #expect(TOML.Value.dateTime(TOML.DateTime(text: "07:32:00", kind: .localTime)).typeName == "local time")
    }

    @Test func everyShippedSweepFileParses() throws {
        let folder = SpecFixture.packageRoot.appendingPathComponent("Sweeps")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }
        #expect(!names.isEmpty)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let table = try TOMLParser.parse(text)
            #expect(!table.isEmpty, "\(name)")
            #expect(try TOMLParser.parse(bytes: Array(text.utf8)) == table, "\(name)")
        }
    }
}
