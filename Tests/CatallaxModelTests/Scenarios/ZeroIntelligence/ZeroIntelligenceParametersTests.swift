@testable import CatallaxModel
import CatallaxNumerics
import Testing

@Suite struct ZeroIntelligenceParametersTests {
    @Test func defaultsAreTheReferenceDesignWithZICTraders() throws {
        let p = try ZeroIntelligenceParameters(assigning: [])
        #expect(p == ZeroIntelligenceParameters())
        #expect(p.traders == .budgetConstrained)
        #expect(p.design == DoubleAuctionDesign.reference)
        #expect(p.steps == 6000 && p.agentSteps == 6000)
        #expect(p.summaryLine == "traders=zic schedule=reference")
    }

    @Test func tradersWordsChooseTheStrategy() throws {
        #expect(try ZeroIntelligenceParameters(assigning: [("traders", .word("ziu"))]).traders == .unconstrained)
        #expect(try ZeroIntelligenceParameters(assigning: [("traders", .word("zic"))]).traders == .budgetConstrained)
    }

    @Test func assignmentsSetTheDesignAndLaterOnesWin() throws {
        let p = try ZeroIntelligenceParameters(assigning: [
            ("orders", .number(300)), ("periods", .number(2)), ("clear_after_trade", .number(0)),
            ("max_price", .number(250)), ("orders", .number(400)),
        ])
        let design = p.design
        #expect(design.ordersPerPeriod == 400 && design.periods == 2)
        #expect(!design.clearsBookAfterTrade && design.ticks == 1...250)
        #expect(design.buyerValues == DoubleAuctionDesign.reference.buyerValues)
        #expect(p.steps == 800)
        #expect(p.summaryLine == "traders=zic schedule=reference periods=2 orders=400 max_price=250 clear_after_trade=0")
    }

    @Test func keyedValuesAssignBackToTheSameParameters() throws {
        let p = try ZeroIntelligenceParameters(assigning: [
            ("traders", .word("ziu")), ("schedule", .word("linear")), ("buyers", .number(9)), ("units", .number(3)),
            ("value_low", .number(40)), ("cost_high", .number(170)),
        ])
        #expect(p.keyedValues["buyers"] == "9" && p.keyedValues["clear_after_trade"] == "1")
        #expect(Set(p.keyedValues.keys) == Set(ZeroIntelligenceParameters.descriptors.map(\.key)))
        let again = try ZeroIntelligenceParameters(
            assigning: p.keyedValues.map { (key: $0.key, value: ParameterValue(parsing: $0.value)) })
        #expect(again == p)
    }

    @Test func linearScheduleIsTheStraightLineDealtRoundRobin() throws {
        let p = try ZeroIntelligenceParameters(assigning: [("schedule", .word("linear"))])
        let design = p.design
        // 24 values 180, 175, …, 65 and costs 20, 25, …, 135 in steps of 5.
        #expect(design.buyerValues[0] == [180, 150, 120, 90])
        #expect(design.buyerValues[5] == [155, 125, 95, 65])
        #expect(design.sellerCosts[0] == [20, 50, 80, 110])
        #expect(design.sellerCosts[5] == [45, 75, 105, 135])
        // Gains 160 − 10k for k = 0…15: q* = 16, Σ = 1360, p* = 100.
        #expect(design.competitiveQuantity == 16)
        #expect(design.maximumSurplus == 1360)
        #expect(design._midPrice == 100)
    }

    @Test func linearScheduleRoundsUnevenSteps() throws {
        let p = try ZeroIntelligenceParameters(assigning: [
            ("schedule", .word("linear")), ("buyers", .number(2)), ("sellers", .number(1)), ("units", .number(2)),
            ("value_high", .number(100)), ("value_low", .number(90)), ("cost_low", .number(10)), ("cost_high", .number(10)),
        ])
        // Values k·10/3 from 100: 100, 96.67 → 97, 93.33 → 93, 90.
        #expect(p.design.buyerValues == [[100, 93], [97, 90]])
        #expect(p.design.sellerCosts == [[10, 10]])
    }

    @Test func misspelledKeyNamesTheClosestKey() {
        #expect(throws: ParameterError.unknownKey(
            key: "order", allowed: ZeroIntelligenceParameters.descriptors.map(\.key), suggestion: "orders")) {
            try ZeroIntelligenceParameters(assigning: [("order", .number(100))])
        }
    }

    @Test func unknownTradersWordNamesTheAllowedWords() {
        #expect(throws: ParameterError.outOfDomain(key: "traders", value: "zix", allowed: "traders one of zic, ziu")) {
            try ZeroIntelligenceParameters(assigning: [("traders", .word("zix"))])
        }
    }

    @Test func valuesOutsideTheirDomainAreRejected() {
        for (key, value) in [("orders", ParameterValue.number(0)), ("periods", .number(1.5)),
                             ("clear_after_trade", .number(2)), ("buyers", .word("six"))] {
            #expect(throws: ParameterError.self) { try ZeroIntelligenceParameters(assigning: [(key, value)]) }
            do {
                _ = try ZeroIntelligenceParameters(assigning: [(key, value)])
            } catch {
                #expect(error.key == key)
            }
        }
    }

    @Test func referenceScheduleRejectsLinearOnlyKeys() {
        #expect(throws: ParameterError.inconsistent(
            keys: ["schedule", "buyers"],
            reason: "buyers shapes schedule=linear only; the reference schedule fixes it at 6 (set schedule=linear to change it)")) {
            try ZeroIntelligenceParameters(assigning: [("buyers", .number(8))])
        }
    }

    @Test func inconsistentDesignsAreRejected() {
        let cases: [([(key: String, value: ParameterValue)], [String])] = [
            ([("max_price", .number(150))], ["schedule", "max_price"]),
            ([("schedule", .word("linear")), ("value_high", .number(20))], ["value_low", "value_high"]),
            ([("schedule", .word("linear")), ("cost_low", .number(150))], ["cost_low", "cost_high"]),
            ([("schedule", .word("linear")), ("max_price", .number(150))], ["value_high", "max_price"]),
            ([("schedule", .word("linear")), ("value_high", .number(20)), ("value_low", .number(10))], ["value_high", "cost_low"]),
            ([("periods", .number(100_000)), ("orders", .number(100_000))], ["periods", "orders"]),
        ]
        for (assignments, keys) in cases {
            do {
                _ = try ZeroIntelligenceParameters(assigning: assignments)
                Issue.record("\(assignments) should be inconsistent")
            } catch {
                guard case .inconsistent(let named, _) = error else {
                    Issue.record("\(error) is not an inconsistency")
                    continue
                }
                #expect(named == keys)
            }
        }
    }

    @Test func descriptorsDefaultsAreTheReferencePoint() throws {
        let defaults = ZeroIntelligenceParameters.descriptors.map { (key: $0.key, value: $0.defaultValue!) }
        #expect(try ZeroIntelligenceParameters(assigning: defaults) == ZeroIntelligenceParameters())
        #expect(ZeroIntelligenceParameters.descriptors.filter { if case .choice = $0.domain { true } else { false } }
            .map(\.key) == ["traders", "schedule"])
    }

    @Test func runKeyRoundTripsThroughItsWords() {
        for r in 0..<100 {
            let key = RunKey(seed: 1993, point: UInt64(r % 7), replicate: UInt64(r))
            #expect(RunKey(words: key.words) == key)
        }
        #expect(RunKey(words: SIMD2(0xDEAD_BEEF, 0x0123_4567)).value == 0x0123_4567_DEAD_BEEF)
    }
}
