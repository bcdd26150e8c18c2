import CatallaxModel
@testable import CatallaxSweep
import Testing

/// `[precision]`: decoded into a ``Precision``, every bad value refused
/// naming `precision.<key>`, and part of the spec's identity.
@Suite struct PrecisionSpecTests {
    static let block = """
        [[block]]
        curve = "linear"
        anchor = "unit-price"
        [block.axes]
        m = [1e-6, 2e-6]

        """

    static func spec(_ precision: String) throws -> SweepSpec {
        try SpecFixture.spec(precision + "\n" + block)
    }

    @Test func decodesARelativeTargetWithItsDefaultMaximum() throws {
        let spec = try Self.spec("[precision]\nmetric = \"volatility\"\nrelative_half_width = 0.01\n")
        #expect(spec.precision == Precision(metric: spec.scenario.metric(named: "volatility")!,
                                            halfWidth: .relative(0.01), maxReplicates: 64))
        #expect(spec.replicates == 4)
        #expect(spec.maximumReplicates == 64)
        #expect(spec.canonicalText.contains("precision = volatility relative_half_width=0.01 max_replicates=64\n"))
    }

    @Test func decodesAnAbsoluteTarget() throws {
        let spec = try Self.spec("[precision]\nmetric = \"volume\"\nhalf_width = 2.5\nmax_replicates = 1024\n")
        #expect(spec.precision?.halfWidth == .absolute(2.5))
        #expect(spec.precision?.maxReplicates == 1024)
        #expect(spec.precision?.halfWidth.allowed(atMean: -7) == 2.5)
        #expect(Precision.HalfWidth.relative(0.1).allowed(atMean: -7) == 0.7000000000000001)
    }

    @Test func aTargetChangesTheHashAndNoTargetLeavesItAsItWas() throws {
        let plain = try SpecFixture.spec(Self.block)
        let a = try Self.spec("[precision]\nmetric = \"volatility\"\nrelative_half_width = 0.01\n")
        let b = try Self.spec("[precision]\nmetric = \"volatility\"\nrelative_half_width = 0.02\n")
        #expect(Set([plain.hash, a.hash, b.hash]).count == 3)
        #expect(!plain.canonicalText.contains("precision"))
        #expect(plain.maximumReplicates == plain.replicates)
    }

    @Test(arguments: [
        ("[precision]\nrelative_half_width = 0.01\n", "precision.metric", ["\"volatility\""]),
        ("[precision]\nmetric = \"volatilty\"\nrelative_half_width = 0.01\n", "precision.metric", ["volatility"]),
        ("[precision]\nmetric = \"volatility\"\n", "precision.relative_half_width", ["half_width"]),
        ("[precision]\nmetric = \"volatility\"\nrelative_half_width = 0.01\nhalf_width = 1\n", "precision.relative_half_width", ["one of the two"]),
        ("[precision]\nmetric = \"volatility\"\nrelative_half_width = 0\n", "precision.relative_half_width", ["above 0"]),
        ("[precision]\nmetric = \"volatility\"\nrelative_half_width = nan\n", "precision.relative_half_width", ["above 0"]),
        ("[precision]\nmetric = \"volatility\"\nhalf_width = -1\n", "precision.half_width", ["above 0"]),
        ("[precision]\nmetric = \"volatility\"\nhalf_width = \"tight\"\n", "precision.half_width", ["above 0"]),
        ("[precision]\nmetric = \"volatility\"\nhalf_width = 1\nmax_replicates = 3\n", "precision.max_replicates", ["from replicates = 4 to 1000000"]),
        ("[precision]\nmetric = \"volatility\"\nhalf_width = 1\nmax_replicates = 2.0\n", "precision.max_replicates", ["whole number"]),
        ("[precision]\nmetric = \"volatility\"\nhalf_width = 1\nmax_replicate = 8\n", "precision.max_replicate", ["max_replicates"]),
        ("precision = 0.01\n", "precision", ["[precision]"]),
        ("[precision]\nmetric = \"shock_drop\"\nhalf_width = 1\n", "precision.metric", ["shock"]),
    ])
    func badTargetsAreRefusedNamingTheKey(precision: String, keyPath: String, mentions: [String]) {
        let error = SpecFixture.error(precision + "\n" + Self.block)
        SpecFixture.expectMessage(error, keyPath: keyPath, mentions: mentions)
    }

    @Test func tooManyRunsAtTheMaximumAreRefused() {
        let error = SpecFixture.error("[precision]\nmetric = \"volatility\"\nhalf_width = 1\nmax_replicates = 1000000\n" + """
            [[block]]
            curve = "linear"
            anchor = "unit-price"
            [block.axes]
            m = { from = 1e-7, to = 1e-6, count = 21 }

            """)
        SpecFixture.expectMessage(error, keyPath: "precision.max_replicates", mentions: ["20000000 runs"])
    }

    @Test func aSearchFileTakesNoPrecision() {
        let text = SpecFixture.header + "[precision]\nmetric = \"volatility\"\nhalf_width = 1\n\n[optimize]\n" + """
            [[block]]
            curve = "linear"
            anchor = "unit-price"
            [block.bounds]
            m = { from = 1e-7, to = 1e-6 }

            """
        let error = #expect(throws: SpecError.self) {
            try SweepSpec(parsing: text, file: SpecFixture.file, kind: .search(tables: ["optimize"]))
        }
        #expect(error?.keyPath == "precision")
    }
}
