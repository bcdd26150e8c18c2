import Testing
@testable import CatallaxModel

/// Known answer (e) of `docs/TokenLaunch.md`: every rule's parts are whole
/// and sum to the total exactly.
@Suite struct InitialAllocationTests {
    /// Scores and tickets of `n` recipients from a seeded sequence (not a clock).
    static func recipients(_ n: Int) -> (scores: [Double], tickets: [Double]) {
        var x: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Double {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (Double(x >> 11) + 0.5) * 0x1p-53
        }
        let scores = (0..<n).map { _ in -2 * (next() - 0.5) + 1.2 }.map { $0 * $0 }
        return (scores, (0..<n).map { _ in next() })
    }

    @Test(arguments: DistributionRule.allCases)
    func partsAreWholeAndSumToTheTotalExactly(rule: DistributionRule) {
        for (n, total) in [(1000, 20_000), (7, 100), (1000, 12_345), (333, 1), (50, 0)] {
            let (scores, tickets) = Self.recipients(n)
            let split = InitialAllocation(rule: rule, tierLow: 0.5, tierHigh: 1.5, winners: min(n, 17))
            var shares: [Double] = [], parts: [Double] = [], order: [Int] = []
            split.shares(scores: scores, tickets: tickets, into: &shares, order: &order)
            InitialAllocation.apportion(total, shares: shares, into: &parts, order: &order)
            #expect(parts.count == n)
            #expect(parts.reduce(0, +) == Double(total))
            #expect(parts.allSatisfy { $0 >= 0 && $0 == $0.rounded() })
        }
    }

    @Test func uniformPartsDifferByAtMostOneToken() {
        var parts: [Double] = [], order: [Int] = []
        InitialAllocation.apportion(20_000, shares: Array(repeating: 1, count: 1000), into: &parts, order: &order)
        #expect(parts.allSatisfy { $0 == 20 })
        InitialAllocation.apportion(10, shares: [1, 1, 1], into: &parts, order: &order)
        #expect(parts == [4, 3, 3])  // the leftover token goes to the lower index
    }

    @Test func weightedPartsFollowTheScores() {
        var parts: [Double] = [], order: [Int] = []
        InitialAllocation.apportion(100, shares: [1, 3], into: &parts, order: &order)
        #expect(parts == [25, 75])
        InitialAllocation.apportion(10, shares: [1, 2], into: &parts, order: &order)
        #expect(parts == [3, 7])  // quotas 3.33, 6.67: the larger remainder wins
    }

    @Test func tiersGiveOneTwoOrFourShares() {
        let split = InitialAllocation(rule: .tiered, tierLow: 1, tierHigh: 3)
        var shares: [Double] = [], order: [Int] = []
        split.shares(scores: [0.5, 1, 2.9, 3, 10], tickets: [], into: &shares, order: &order)
        #expect(shares == [1, 2, 2, 4, 4])
    }

    @Test func theLotteryPicksExactlyTheWinnersWithTheSmallestKeys() {
        let split = InitialAllocation(rule: .lottery, winners: 2)
        var shares: [Double] = [], order: [Int] = []
        // Keys −ln(u)/w: 0.693, 0.105/10 = 0.0105, 2.303, 0.357/2 = 0.178.
        split.shares(scores: [1, 10, 1, 2], tickets: [0.5, 0.9, 0.1, 0.7], into: &shares, order: &order)
        #expect(shares == [0, 1, 0, 1])
    }
}
