@testable import CatallaxSweep
import Testing

/// Errors inside blocks: axes, ranges, zips, orders, designs, anchors and
/// parameter domains.
@Suite struct SpecErrorBlockTests {
    @Test func misspelledAxisSuggestsTheParameter() {
        let error = SpecFixture.error("[[block]]\n[block.axes]\nfe = [0, 0.01]\n")
        guard case let .unknownKey(_, _, _, suggestion)? = error else { Issue.record("expected an unknown key"); return }
        #expect(suggestion == "fee")
        SpecFixture.expectMessage(error, keyPath: "block[0].axes.fe", mentions: ["did you mean 'fee'?", "agents"])
    }

    @Test func misspelledRangeKeySuggestsCount() {
        let error = SpecFixture.error("[[block]]\n[block.axes]\nfee = { from = 0, to = 0.01, cont = 3 }\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].axes.fee.cont", mentions: ["did you mean 'count'?", "from, to, count, spacing"])
    }

    @Test func scalarAxisIsTheWrongType() {
        let error = SpecFixture.error("[[block]]\n[block.axes]\nfee = 0.01\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].axes.fee", mentions: ["0.01", "a list of values", "a range"])
    }

    @Test func rangeWithCountZeroIsInvalid() {
        let error = SpecFixture.error("[[block]]\ncurve = \"power\"\n[block.axes]\nn = { from = 1, to = 4, count = 0 }\n")
        #expect(error == .invalidRange(file: SpecFixture.file, keyPath: "block[0].axes.n.count", value: "0", allowed: "count must be ≥ 1"))
        SpecFixture.expectMessage(error, keyPath: "block[0].axes.n.count", mentions: ["= 0", "count must be ≥ 1"])
    }

    @Test func invertedRangeIsInvalid() {
        let error = SpecFixture.error("[[block]]\n[block.axes]\nfee = { from = 0.01, to = 0, count = 3 }\n")
        guard case .invalidRange? = error else { Issue.record("expected an invalid range"); return }
        SpecFixture.expectMessage(error, keyPath: "block[0].axes.fee", mentions: ["from = 0.01, to = 0.0", "from must be ≤ to"])
    }

    @Test func geometricRangeWithANonPositiveEndIsInvalid() {
        let error = SpecFixture.error("[[block]]\n[block.axes]\nfee = { from = 0, to = 0.01, count = 3, spacing = \"geometric\" }\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].axes.fee.from", mentions: ["= 0.0", "must be > 0"])
    }

    @Test func singleCountRangeWithDistinctEndsIsInvalid() {
        let error = SpecFixture.error("[[block]]\n[block.axes]\nfee = { from = 0, to = 0.01, count = 1 }\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].axes.fee.count", mentions: ["count = 1 needs from = to"])
    }

    @Test func rangeWithEqualEndsAndSeveralValuesIsInvalid() {
        let error = SpecFixture.error("[[block]]\n[block.axes]\nfee = { from = 0.01, to = 0.01, count = 4 }\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].axes.fee", mentions: ["from must be < to when count > 1"])
    }

    @Test func rangeWithoutCountIsMissingIt() {
        let error = SpecFixture.error("[[block]]\n[block.axes]\nfee = { from = 0, to = 0.01 }\n")
        #expect(error == .missingKey(file: SpecFixture.file, keyPath: "block[0].axes.fee.count", allowed: "a whole number from 1 to 1000000"))
    }

    @Test func emptyListIsInvalid() {
        let error = SpecFixture.error("[[block]]\n[block.axes]\nfee = []\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].axes.fee", mentions: ["[]", "at least one value"])
    }

    @Test func rangeOverTheCurveIsTheWrongType() {
        let error = SpecFixture.error("[[block]]\n[block.axes]\ncurve = { from = 1, to = 2, count = 2 }\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].axes.curve", mentions: ["a list of words"])
    }

    @Test func listValueOutsideTheDomainNamesItsIndex() {
        let error = SpecFixture.error("[[block]]\n[block.axes]\nfee = [0, 0.001, 1.5]\n")
        #expect(error == .outOfDomain(file: SpecFixture.file, keyPath: "block[0].axes.fee[2]", value: "1.5", allowed: "0 ≤ fee < 1, finite"))
        SpecFixture.expectMessage(error, keyPath: "block[0].axes.fee[2]", mentions: ["= 1.5", "0 ≤ fee < 1"])
    }

    @Test func rangeValueOutsideTheDomainNamesTheRange() {
        let error = SpecFixture.error("[[block]]\n[block.axes]\np_act = { from = 0.5, to = 1.5, count = 3 }\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].axes.p_act", mentions: ["= 1.5", "0 ≤ p_act ≤ 1"])
    }

    @Test func unknownCurveFamilyListsTheFamilies() {
        let error = SpecFixture.error("[[block]]\ncurve = \"cubic\"\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].curve", mentions: ["cubic", "linear, exponential, sigmoid, power, root, inverse, step, segmented"])
    }

    @Test func parameterOfAnotherFamilyIsUnknownForThisCurve() {
        let error = SpecFixture.error("[[block]]\ncurve = \"exponential\"\nm = 1e-5\n")
        guard case let .unknownKey(_, _, allowed, _)? = error else { Issue.record("expected an unknown key"); return }
        #expect(allowed.contains("k") && allowed.contains("a") && !allowed.contains("m"))
        SpecFixture.expectMessage(error, keyPath: "block[0].m", mentions: ["not allowed", "k"])
    }

    @Test func inconsistentSharesNameTheKeysAndTheReason() {
        let error = SpecFixture.error("[[block]]\nf_noise = 0.9\nf_mom = 0.3\n")
        guard case .inconsistent? = error else { Issue.record("expected inconsistent values"); return }
        SpecFixture.expectMessage(error, keyPath: "block[0].f_noise", mentions: ["f_noise = 0.9 and f_mom = 0.3", "exceeds 1"])
    }

    @Test func zippedAxesOfUnequalLengthAreRejected() {
        let error = SpecFixture.error("""
            [[block]]
            curve = "exponential"
            zip = [["k", "a"]]
            [block.axes]
            k = [1e-5, 2e-5, 3e-5]
            a = [0.5, 0.25]
            """)
        #expect(error == .unequalZip(file: SpecFixture.file, keyPath: "block[0].zip[0]", value: "k: 3 values, a: 2 values",
                                     allowed: "zipped axes advance together, so each must have the same number of values"))
        SpecFixture.expectMessage(error, keyPath: "block[0].zip[0]", mentions: ["k: 3 values, a: 2 values", "same number of values"])
    }

    @Test func zipOfAKeyThatIsNotAnAxisIsUnknown() {
        let error = SpecFixture.error("[[block]]\nzip = [[\"fee\", \"lagg\"]]\n[block.axes]\nfee = [0]\nlag = [1]\n")
        #expect(error == .unknownChoice(file: SpecFixture.file, keyPath: "block[0].zip[0][1]", value: "lagg", allowed: ["fee", "lag"], suggestion: "lag"))
        SpecFixture.expectMessage(error, keyPath: "block[0].zip[0][1]", mentions: ["\"lagg\"", "did you mean \"lag\"?", "fee, lag"])
    }

    @Test func orderNamingAKeyThatIsNotAnAxisIsUnknown() {
        let error = SpecFixture.error("[[block]]\norder = [\"lag\", \"m\"]\n[block.axes]\nfee = [0]\nlag = [1]\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].order[1]", mentions: ["\"m\"", "allowed: fee, lag"])
    }

    @Test func axisInTwoZipGroupsConflicts() {
        let error = SpecFixture.error("[[block]]\nzip = [[\"fee\", \"lag\"], [\"lag\", \"agents\"]]\n[block.axes]\nfee = [0]\nlag = [1]\nagents = [5]\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].zip[1][0]", mentions: ["block[0].zip[0]", "at most one zip group"])
    }

    @Test func orderMustNameEveryAxisOnce() {
        let error = SpecFixture.error("[[block]]\norder = [\"fee\"]\n[block.axes]\nfee = [0]\nlag = [1]\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].order", mentions: ["[\"fee\"]", "every axis exactly once: fee, lag"])
    }

    @Test func sameParameterFixedAndAsAnAxisConflicts() {
        let error = SpecFixture.error("[[block]]\nfee = 0.01\n[block.axes]\nfee = [0, 0.02]\n")
        #expect(error == .conflict(file: SpecFixture.file, keyPath: "block[0].axes.fee", otherKeyPath: "block[0].fee",
                                   allowed: "set each parameter once per block, either as a fixed value or as an axis"))
        SpecFixture.expectMessage(error, keyPath: "block[0].axes.fee", mentions: ["'block[0].fee'", "once per block"])
    }

    @Test func anchorOverALevelSetByHandConflicts() {
        let error = SpecFixture.error("[[block]]\ncurve = \"linear\"\nanchor = \"unit-price\"\n[block.axes]\nb = [0, 0.5]\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].axes.b[0]", mentions: ["'block[0].anchor'", "solves b of a linear curve"])
    }

    @Test func anchorAndAnchorPriceTogetherConflict() {
        let error = SpecFixture.error("[[block]]\nanchor = \"unit-price\"\nanchor_price = 2\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].anchor_price", mentions: ["'block[0].anchor'", "not both"])
    }

    @Test func anchorThatNeedsANegativeInterceptIsOutOfDomain() {
        let error = SpecFixture.error("[[block]]\ncurve = \"linear\"\nanchor = \"unit-price\"\nm = 1e-4\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].anchor", mentions: ["b = -9", "solved so that f(s_init) = 1.0", "0 ≤ b"])
    }

    @Test func nonPositiveAnchorPriceIsOutOfDomain() {
        let error = SpecFixture.error("[[block]]\nanchor_price = 0\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].anchor_price", mentions: ["a finite number > 0"])
    }

    @Test func unknownDesignSuggestsTheNearest() {
        let error = SpecFixture.error("[[block]]\ndesign = \"sobel\"\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].design", mentions: ["did you mean \"sobol\"?", "grid, random, latin-hypercube, sobol"])
    }

    @Test func axesInASampledBlockConflict() {
        let error = SpecFixture.error("[[block]]\ndesign = \"random\"\nsamples = 4\n[block.axes]\nfee = [0]\n[block.bounds]\nlag = { from = 1, to = 5 }\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].axes", mentions: ["'block[0].design'", "takes bounds and samples"])
    }

    @Test func boundsInAGridBlockConflict() {
        let error = SpecFixture.error("[[block]]\n[block.bounds]\nlag = { from = 1, to = 5 }\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].bounds", mentions: ["(default \"grid\")", "a grid block takes axes"])
    }

    @Test func sampledBlockNeedsSamplesAndBounds() {
        let noSamples = SpecFixture.error("[[block]]\ndesign = \"sobol\"\n[block.bounds]\nlag = { from = 1, to = 5 }\n")
        SpecFixture.expectMessage(noSamples, keyPath: "block[0].samples", mentions: ["required", "a whole number from 1"])
        let noBounds = SpecFixture.error("[[block]]\ndesign = \"sobol\"\nsamples = 8\n")
        SpecFixture.expectMessage(noBounds, keyPath: "block[0].bounds", mentions: ["required", "a table of bounds"])
    }

    @Test func invertedBoundIsInvalid() {
        let error = SpecFixture.error("[[block]]\ndesign = \"random\"\nsamples = 2\n[block.bounds]\nfee = { from = 0.01, to = 0 }\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].bounds.fee", mentions: ["from must be ≤ to"])
    }

    @Test func sobolTakesAtMostTheTabulatedDimensions() {
        let keys = ["agents", "steps", "p_act", "q_max", "fee", "lag", "theta_m", "theta_f", "kappa", "sigma_v", "b0",
                    "s_init", "f_noise", "f_mom", "shock", "t_shock", "m", "b", "a", "k", "K", "s0"]
        let bounds = keys.map { "\($0) = { from = 1, to = 2 }" }.joined(separator: "\n")
        let error = SpecFixture.error("[[block]]\ndesign = \"sobol\"\nsamples = 2\n[block.bounds]\n\(bounds)\n")
        SpecFixture.expectMessage(error, keyPath: "block[0].bounds", mentions: ["22 bounds", "at most 21 bounds"])
    }

    @Test func tooManyPointsAreRejectedBeforeExpanding() {
        let error = SpecFixture.error("""
            [[block]]
            [block.axes]
            fee = { from = 0, to = 0.5, count = 100000 }
            p_act = { from = 0, to = 1, count = 100000 }
            """)
        SpecFixture.expectMessage(error, keyPath: "block[0]", mentions: ["10000000000 points", "at most 1000000 points"])
    }
}
