@testable import CatallaxSweep
import Testing

@Suite struct SweepSpecCanonicalTests {
    static let compact = """
        name = "hash"
        scenario = "curve-volatility"
        seed = 3
        replicates = 2
        [[block]]
        curve = "linear"
        anchor = "unit-price"
        order = ["m", "fee"]
        [block.axes]
        m = [1e-6, 1e-5]
        fee = [0, 0.01]
        """

    /// The same sweep laid out differently: comments, key order, inline
    /// tables, `0.0` for `0`, a range for a list, explicit defaults.
    static let reformatted = """
        # a comment
        replicates = 2
        seed = 3
        scenario = "curve-volatility"
        name = "hash"
        objective = "volatility"      # the default
        objective_order = "ascending" # the default

        [[block]]
        axes = { fee = [0.0, 0.01], m = { from = 1e-6, to = 1e-5, count = 2, spacing = "geometric" } }
        order = ["m", "fee"]
        anchor = "unit-price"
        curve = "linear"
        """

    @Test func fnv1aMatchesThePublishedVectors() {
        // From the FNV reference test suite (isthe.com/chongo/src/fnv/test_fnv.c).
        #expect(SweepSpec.fnv1a64("") == 0xCBF2_9CE4_8422_2325)
        #expect(SweepSpec.fnv1a64("a") == 0xAF63_DC4C_8601_EC8C)
        #expect(SweepSpec.fnv1a64("foobar") == 0x8594_4171_F739_67E8)
    }

    @Test func hashIsTheFnv1aOfTheCanonicalText() throws {
        let spec = try SweepSpec(parsing: Self.compact, file: "a.toml")
        #expect(spec.hash == SweepSpec.fnv1a64(spec.canonicalText))
        #expect(spec.hashHex.count == 16)
        #expect(UInt64(spec.hashHex, radix: 16) == spec.hash)
    }

    @Test func layoutAndFilePathDoNotChangeTheHash() throws {
        let a = try SweepSpec(parsing: Self.compact, file: "a.toml")
        let b = try SweepSpec(parsing: Self.reformatted, file: "elsewhere/b.toml")
        #expect(a.canonicalText == b.canonicalText)
        #expect(a.hash == b.hash)
        #expect(a == b)
    }

    @Test func anyChangeToAPointChangesTheHash() throws {
        let base = try SweepSpec(parsing: Self.compact, file: "a.toml")
        for (from, to) in [("0.01]", "0.02]"), ("seed = 3", "seed = 4"), ("replicates = 2", "replicates = 3"), ("[1e-6,", "[2e-6,")] {
            let changed = try SweepSpec(parsing: Self.compact.replacingOccurrences(of: from, with: to), file: "a.toml")
            #expect(changed.hash != base.hash, "\(from) → \(to)")
        }
    }

    @Test func canonicalTextListsSettingsColumnsAndEveryParameter() throws {
        let spec = try SweepSpec(parsing: Self.compact, file: "a.toml")
        let lines = spec.canonicalText.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(9)) == [
            "catallax-sweep-spec 1", "name = hash", "scenario = curve-volatility", "seed = 3", "replicates = 2",
            "objective = volatility", "objective_order = ascending", "paths.replicates = 0", "columns = curve m fee b",
        ])
        #expect(lines.count == 9 + 4)
        #expect(lines[9].hasPrefix("point 0 block 0: curve=linear agents=1000 steps=1000 "))
        #expect(lines[9].hasSuffix(" m=1e-06 b=0.9"))
        #expect(lines[12].contains(" fee=0.01 "))
    }

    @Test func hashIsStableAcrossBuilds() throws {
        // Pinned: if this changes, every recorded sweep's hash changes with
        // it; raise `canonicalVersion` rather than re-pinning silently.
        let spec = try SweepSpec(parsing: Self.compact, file: "a.toml")
        #expect(spec.hashHex == "2ef9ab64a61611a8")
    }
}
