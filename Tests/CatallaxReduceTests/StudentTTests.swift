import CatallaxReduce
import PropertyBased
import Testing

@Suite struct StudentTTests {
    /// (ν, p, t) with `t = F⁻¹(p)` to 20 digits, computed with mpmath at 50
    /// digits from the exact binary value of `p` (as a `Double` literal) by
    /// root-finding on `½·I_x(ν/2, ½)`.
    static let quantileTable: [(Double, Double, Double)] = [
        (1, 0.6, 0.32491969623290624903),
        (1, 0.9, 3.0776835371752541331),
        (1, 0.975, 12.706204736174693314),
        (1, 0.995, 63.656741162871524447),
        (1, 0.9995, 636.61924876878972983),
        (1, 1e-10, -3183098861.8379065993),
        (1, 0.025, -12.706204736174703938),
        (2, 0.6, 0.28867513459481281549),
        (2, 0.9, 1.8856180831641270225),
        (2, 0.975, 4.3026527297494617894),
        (2, 0.995, 9.9248432009182886403),
        (2, 0.9995, 31.599054576445363413),
        (2, 1e-10, -70710.678108048149434),
        (2, 0.025, -4.3026527297494637234),
        (3, 0.6, 0.27667066233268984701),
        (3, 0.9, 1.6377443536962103222),
        (3, 0.975, 3.1824463052837084359),
        (3, 0.995, 5.8409093097333554113),
        (3, 0.9995, 12.923978636687964322),
        (3, 1e-10, -2225.7692846830931927),
        (3, 0.025, -3.1824463052837095204),
        (4, 0.6, 0.270722294707597363),
        (4, 0.9, 1.5332062740589440989),
        (4, 0.975, 2.7764451051977934898),
        (4, 0.995, 4.6040948713499920459),
        (4, 0.9995, 8.6103015813795227571),
        (4, 1e-10, -416.17514032960412353),
        (4, 0.025, -2.7764451051977943036),
        (5, 0.6, 0.26718086570414506569),
        (5, 0.9, 1.4758840488244812516),
        (5, 0.975, 2.5705818356363147828),
        (5, 0.995, 4.0321429835552271793),
        (5, 0.9995, 6.8688266258812751318),
        (5, 1e-10, -156.82559270889431634),
        (5, 0.025, -2.570581835636315469),
        (7, 0.6, 0.26316686135202275215),
        (7, 0.9, 1.4149239276505086353),
        (7, 0.975, 2.3646242515927847379),
        (7, 0.995, 3.4994832973504932609),
        (7, 0.9995, 5.4078825208618280539),
        (7, 1e-10, -53.835579484673732695),
        (7, 0.025, -2.3646242515927853039),
        (10, 0.6, 0.26018482949208017615),
        (10, 0.9, 1.3721836411103357746),
        (10, 0.975, 2.2281388519862742245),
        (10, 0.995, 3.1692726726169507118),
        (10, 0.9995, 4.5868938587027077385),
        (10, 1e-10, -25.466008021697726065),
        (10, 0.025, -2.2281388519862747157),
        (30, 0.6, 0.25560536495191271444),
        (30, 0.9, 1.3104150253913957112),
        (30, 0.975, 2.0422724563012378878),
        (30, 0.995, 2.7499956535672249664),
        (30, 0.9995, 3.6459586350420628079),
        (30, 1e-10, -9.377489780407143181),
        (30, 0.025, -2.0422724563012382836),
        (63, 0.6, 0.25441963124770280183),
        (63, 0.9, 1.2951342937828884705),
        (63, 0.975, 1.9983405425207411788),
        (63, 0.995, 2.6561450250998613587),
        (63, 0.9995, 3.4517689449610334883),
        (63, 1e-10, -7.572170429998731089),
        (63, 0.025, -1.9983405425207415533),
        (100, 0.6, 0.25402218245822775892),
        (100, 0.9, 1.2900747613465160976),
        (100, 0.975, 1.9839715185235518946),
        (100, 0.995, 2.625890521438017607),
        (100, 0.9995, 3.3904913111642636132),
        (100, 1e-10, -7.0833754814007224578),
        (100, 0.025, -1.9839715185235522621),
        (1000, 0.6, 0.25341451583949870728),
        (1000, 0.9, 1.282398721460924564),
        (1000, 0.975, 1.9623390808264081039),
        (1000, 0.995, 2.5807546980659507706),
        (1000, 0.9995, 3.3002826484239441558),
        (1000, 1e-10, -6.4278762831342136275),
        (1000, 0.025, -1.9623390808264084612),
        (1e+06, 0.6, 0.253347170537841622),
        (1e+06, 0.9, 1.2815524121299386069),
        (1e+06, 0.975, 1.9599663568141066553),
        (1e+06, 0.995, 2.5758342201053338472),
        (1e+06, 0.9995, 3.2905364612487221165),
        (1e+06, 1e-10, -6.3614068488767426196),
        (1e+06, 0.025, -1.9599663568141070115),
        (1e+10, 0.6, 0.25334710314253994444),
        (1e+10, 0.9, 1.2815515656292590702),
        (1e+10, 0.975, 1.9599639847772809787),
        (1e+10, 0.995, 2.5758293040405552138),
        (1e+10, 0.9995, 3.2905267324648988453),
        (1e+10, 1e-10, -6.3613409089986449077),
        (1e+10, 0.025, -1.9599639847772813348),    ]

    /// (ν, t, F(t), κ): F(t) to 20 digits (mpmath, 50 digits) and its
    /// condition number `κ = |t·f(t)| / min(F, 1 − F)` (relative change of
    /// the probability per relative change of `t`), which bounds the
    /// accuracy any method can reach from a `t` rounded to a `Double`.
    static let cdfTable: [(Double, Double, Double, Double)] = [
        (1, -40.0, 0.0079560899120258133183, 1.0),
        (1, -3.0, 0.10241638234956672582, 0.932),
        (1, -0.5, 0.35241638234956672582, 0.361),
        (1, 0.25, 0.57797913037736932546, 0.177),
        (1, 1.0, 0.75, 0.637),
        (1, 2.5, 0.87888105840915660128, 0.906),
        (1, 8.0, 0.96041657583943445799, 0.99),
        (2, -40.0, 0.00031220733609237031875, 2.0),
        (2, -3.0, 0.04773298313335456603, 1.72),
        (2, -0.5, 0.33333333333333333333, 0.444),
        (2, 0.25, 0.58703882797784891909, 0.204),
        (2, 1.0, 0.78867513459481288225, 0.911),
        (2, 2.5, 0.93519413988924459544, 1.63),
        (2, 8.0, 0.99236596391733093094, 1.95),
        (3, -40.0, 0.000017190340394579264142, 3.0),
        (3, -3.0, 0.028834442811218654289, 2.39),
        (3, -0.5, 0.32572398242407549722, 0.481),
        (3, 0.25, 0.59063538878558520706, 0.215),
        (3, 1.0, 0.80449889052211467904, 1.06),
        (3, 2.5, 0.95614667649596722637, 2.2),
        (3, 8.0, 0.99796171120610726588, 2.89),
        (5, -40.0, 9.2059810858864771776e-8, 4.99),
        (5, -3.0, 0.015049623948731286924, 3.45),
        (5, -0.5, 0.31914943582046450335, 0.514),
        (5, 0.25, 0.59373293462793832349, 0.225),
        (5, 1.0, 0.8183912661754386872, 1.21),
        (5, 2.5, 0.97275495032881187944, 3.06),
        (5, 8.0, 0.99975354666971377796, 4.69),
        (10, -40.0, 1.1404288715428773225e-12, 9.94),
        (10, -3.0, 0.0066718275112847886034, 5.13),
        (10, -0.5, 0.31394680287148647135, 0.541),
        (10, 0.25, 0.5961758971316929855, 0.233),
        (10, 1.0, 0.82955343384897006366, 1.35),
        (10, 2.5, 0.98427657788169559788, 4.28),
        (10, 8.0, 0.99999411252860516692, 8.76),
        (63, -40.0, 8.4871399604505825128e-47, 60.7),
        (63, -3.0, 0.0019319192380495783661, 8.6),
        (63, -0.5, 0.30940854494020778163, 0.566),
        (63, 0.25, 0.59829961373829147039, 0.24),
        (63, 1.0, 0.83943198420868720273, 1.5),
        (63, 2.5, 0.99248239784443378704, 6.4),
        (63, 8.0, 0.99999999998216035673, 32.2),
        (1000, -40.0, 5.2394260775866804698e-210, 616.0),
        (1000, -3.0, 0.0013833545221190962321, 9.76),
        (1000, -0.5, 0.30859254041693740732, 0.57),
        (1000, 0.25, 0.59868065186941997925, 0.241),
        (1000, 1.0, 0.84122379095766384646, 1.52),
        (1000, 2.5, 0.9937107160994546016, 7.01),
        (1000, 8.0, 0.99999999999999828667, 61.1),
        (1e+06, -40.0, 0, 1.6e+3),  // 6.93e-350 underflows
        (1e+06, -3.0, 0.0013499312707108985294, 9.85),
        (1e+06, -0.5, 0.30853759373618569389, 0.571),
        (1e+06, 0.25, 0.59870630000574745512, 0.241),
        (1e+06, 1.0, 0.84134462508321093536, 1.53),
        (1e+06, 2.5, 0.9937902552489183769, 7.06),
        (1e+06, 8.0, 0.99999999999999937725, 65.0),
    ]

    @Test func quantilesMatchHighPrecisionTable() {
        for (nu, p, expected) in Self.quantileTable {
            let t = StudentT.quantile(probability: p, degreesOfFreedom: nu)
            #expect(isClose(t, expected, relative: 1e-14), "ν = \(nu), p = \(p)")
        }
    }

    @Test func cdfMatchesHighPrecisionTable() {
        // 1e-14, or 8 ulps per unit of condition number in the far tails.
        for (nu, t, expected, kappa) in Self.cdfTable {
            let f = StudentT.cdf(at: t, degreesOfFreedom: nu)
            let tolerance = Swift.max(1e-14, 8 * kappa * .ulpOfOne)
            // Below 1e-300 the reference underflows; compare absolutely there.
            let scale = Swift.max(expected, 1e-300)
            #expect(isClose(f, expected, relative: tolerance, scale: scale), "ν = \(nu), t = \(t)")
        }
    }

    @Test func briefKnownAnswersHoldToOneBillionth() {
        // The task's list. t(0.975, 63) is 1.99834054252074 (50-digit
        // reference above); the list's "1.998340522" drops a digit.
        let known: [(Double, Double, Double)] = [
            (0.975, 1, 12.706204736174698),
            (0.975, 2, 4.302652729749464),
            (0.975, 10, 2.228138851986274),
            (0.975, 63, 1.998340542520741),
            (0.995, 5, 4.032142983557536),
        ]
        for (p, nu, expected) in known {
            let t = StudentT.quantile(probability: p, degreesOfFreedom: nu)
            #expect(isClose(t, expected, relative: 1e-9), "ν = \(nu), p = \(p)")
        }
    }

    @Test func infiniteDegreesOfFreedomIsTheNormal() {
        // Φ⁻¹(0.975) = 1.9599639845400538556, Φ⁻¹(0.995) = 2.5758293035489004539,
        // Φ⁻¹(1e-10) = −6.3613409024040561991; Φ(1.5) = 0.933192798731141934,
        // Φ(−6) = 9.865876450376981407e-10 (mpmath, 50 digits).
        let cases: [(Double, Double, Double)] = [
            (StudentT.quantile(probability: 0.975, degreesOfFreedom: .infinity), 1.9599639845400538556, 1e-15),
            (StudentT.quantile(probability: 0.995, degreesOfFreedom: .infinity), 2.5758293035489004539, 1e-15),
            (StudentT.quantile(probability: 1e-10, degreesOfFreedom: .infinity), -6.3613409024040561991, 1e-15),
            (StudentT.cdf(at: 1.5, degreesOfFreedom: .infinity), 0.933192798731141934, 1e-15),
            (StudentT.cdf(at: -6, degreesOfFreedom: .infinity), 9.865876450376981407e-10, 1e-14),
        ]
        for (computed, expected, tolerance) in cases {
            #expect(isClose(computed, expected, relative: tolerance))
        }
    }

    @Test func largeDegreesOfFreedomApproachTheNormal() {
        // t(0.975, ν) − z ≈ (z³ + z)/(4ν): below 1e-9 at ν = 1e10.
        let t = StudentT.quantile(probability: 0.975, degreesOfFreedom: 1e10)
        let z = StudentT.quantile(probability: 0.975, degreesOfFreedom: .infinity)
        #expect(t > z)
        #expect(isClose(t, 1.959963984540054, relative: 1e-9))
    }

    @Test func farTailQuantileFollowsThePowerLaw() {
        // ν = 1.5, p = 1e-300: t = −5.2194694273446363294e199 (mpmath, root of
        // log Q(t) = log p at 60 digits). Hill's approximation underflows here.
        let t = StudentT.quantile(probability: 1e-300, degreesOfFreedom: 1.5)
        #expect(isClose(t, -5.2194694273446363294e199, relative: 1e-12))
    }

    @Test func quantileEdgesAreExact() {
        #expect(StudentT.quantile(probability: 0.5, degreesOfFreedom: 7) == 0)
        #expect(StudentT.quantile(probability: 0, degreesOfFreedom: 7) == -.infinity)
        #expect(StudentT.quantile(probability: 1, degreesOfFreedom: 7) == .infinity)
    }

    @Test func cdfEdgesAreExact() {
        #expect(StudentT.cdf(at: 0, degreesOfFreedom: 3) == 0.5)
        #expect(StudentT.cdf(at: .infinity, degreesOfFreedom: 3) == 1)
        #expect(StudentT.cdf(at: -.infinity, degreesOfFreedom: 3) == 0)
        #expect(StudentT.cdf(at: .nan, degreesOfFreedom: 3).isNaN)
    }

    @Test func quantileIsAntisymmetric() {
        let input = zip(Gen.double(in: 0.5...1), Gen.double(in: 1...200))
        seededPropertyCheck(seed: 0x5EED_0301, input: input) { p, nu in
            // p ≥ ½, so 1 − p is exact and the two calls see the same tail.
            let upper = StudentT.quantile(probability: p, degreesOfFreedom: nu)
            let lower = StudentT.quantile(probability: 1 - p, degreesOfFreedom: nu)
            #expect(upper == -lower)
        }
    }

    @Test func cdfInvertsQuantile() {
        // F(F⁻¹(p)) = p, relative to the smaller tail min(p, 1 − p).
        let input = zip(Gen.double(in: 1e-9...(1 - 1e-9)), Gen.double(in: 1...1000))
        seededPropertyCheck(count: 400, seed: 0x5EED_0302, input: input) { p, nu in
            let t = StudentT.quantile(probability: p, degreesOfFreedom: nu)
            let f = StudentT.cdf(at: t, degreesOfFreedom: nu)
            #expect(isClose(f, p, relative: 1e-13, scale: Swift.min(p, 1 - p)), "ν = \(nu), p = \(p)")
        }
    }

    @Test func cdfIsMonotoneInT() {
        let input = zip(Gen.double(in: -50...50), Gen.double(in: 0...5), Gen.double(in: 1...100))
        seededPropertyCheck(count: 300, seed: 0x5EED_0303, input: input) { t, step, nu in
            #expect(StudentT.cdf(at: t, degreesOfFreedom: nu) <= StudentT.cdf(at: t + step, degreesOfFreedom: nu))
        }
    }

    @Test func quantileShrinksWithDegreesOfFreedom() {
        // Heavier tails for fewer degrees of freedom: t(0.975, ν) decreases in ν.
        var previous = Double.infinity
        for nu in [1.0, 1.5, 2, 2.5, 3, 4, 6, 10, 30, 63, 100, 1e3, 1e5, 1e7, .infinity] {
            let t = StudentT.quantile(probability: 0.975, degreesOfFreedom: nu)
            #expect(t < previous, "ν = \(nu)")
            previous = t
        }
    }
}
