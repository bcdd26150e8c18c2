import CatallaxOptimize
import CatallaxSweep
import Testing

/// Bad search specs are refused naming the file and the key.
@Suite struct OptimizeSpecTests {
    static let header = """
        name = "search"
        scenario = "test-function"
        seed = 1
        replicates = 4

        """
    static let space = "\n[[block]]\nfunction = \"sphere\"\n[block.bounds]\nx1 = { from = -1, to = 1 }\n"

    static func error(_ text: String) -> SpecError? {
        do {
            _ = try OptimizeSpec(spaces: SweepSpec(parsing: text, file: "s.toml", kind: .search(tables: ["optimize"])))
            return nil
        } catch {
            return error
        }
    }

    static let cases: [(body: String, keyPath: String)] = [
        (space, "optimize"),
        ("[optimize]\nmethod = \"annealing\"\n" + space, "optimize.method"),
        ("[optimize]\nbudgett = 10\n" + space, "optimize.budgett"),
        ("[optimize]\nbudget = 3\n" + space, "optimize.budget"),
        ("[optimize]\nmax_replicates = 2\n" + space, "optimize.max_replicates"),
        ("[optimize]\nindifference_zone = -1\n" + space, "optimize.indifference_zone"),
        ("[optimize]\n[[optimize.constraint]]\nmetric = \"calm\"\nat_least = 1\n" + space, "optimize.constraint[0].metric"),
        ("[optimize]\n[[optimize.constraint]]\nmetric = \"exact\"\n" + space, "optimize.constraint[0].at_least"),
        ("[optimize]\n[[optimize.constraint]]\nmetric = \"exact\"\nat_least = 1\nat_most = 2\n" + space, "optimize.constraint[0].at_most"),
        ("[optimize]\n[[block]]\n[block.axes]\nx1 = [0, 1]\n", "block[0].axes"),
        ("[optimize]\n[[block]]\nx1 = 0\n", "block[0].bounds"),
        ("[optimize]\n[[block]]\n[block.bounds]\nx1 = { from = 1, to = -1 }\n", "block[0].bounds.x1"),
        ("[optimize]\n[[block]]\n[block.bounds]\nnoise = { from = 0, to = 1, spacing = \"geometric\" }\n", "block[0].bounds.noise.from"),
    ]

    @Test(arguments: cases)
    func badSearchSpecsNameTheKey(body: String, keyPath: String) {
        let error = Self.error(Self.header + body)
        #expect(error?.keyPath == keyPath, "\(String(describing: error))")
        #expect(error?.description.contains("s.toml") == true)
    }

    @Test func aSweepFileIsNotASearch() {
        // The [optimize] table is refused where a sweep is read, and a sweep's design where a search is.
        let sweep = Self.header + "[optimize]\n" + Self.space
        #expect(throws: SpecError.self) { try SweepSpec(parsing: sweep, file: "s.toml") }
    }
}
