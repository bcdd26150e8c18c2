import Testing
@testable import CatallaxModel

/// Known answer (d) of `docs/TokenLaunch.md`: claimed plus unclaimed equals
/// emitted after every operation, and each staker earns its stake times the
/// accumulator's change.
@Suite struct RewardAccumulatorTests {
    @Test func twoStakersShareAnEmissionByStake() {
        var pool = RewardAccumulator(stakers: 2)
        pool.stake(0, 100)
        pool.stake(1, 300)
        for _ in 0..<5 { pool.emit(40) }
        #expect(pool.earned(0) == 50 && pool.earned(1) == 150)
        let claimed = pool.claim(1)
        #expect(claimed == 150)
        #expect(pool.claimed + pool.unclaimed == pool.emitted)
    }

    @Test func nothingIsEmittedWhileNobodyStakes() {
        var pool = RewardAccumulator(stakers: 3)
        let before = pool.emit(10)
        pool.stake(2, 5)
        pool.unstake(2, 5)
        let after = pool.emit(10)
        #expect(before == 0 && after == 0 && pool.emitted == 0 && pool.totalStaked == 0)
    }

    /// A seeded sequence of stakes, unstakes, claims and emissions over 50
    /// stakers; after each, the conservation law, and each quiet staker's
    /// earnings equal `stake·Δρ`.
    @Test func claimedPlusUnclaimedEqualsEmittedAfterEveryOperation() {
        var pool = RewardAccumulator(stakers: 50)
        var x: UInt64 = 17
        func next() -> UInt64 {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return x >> 33
        }
        for _ in 0..<5000 {
            let i = Int(next() % 50), amount = Double(next() % 1000) / 7
            let before = (pool.rewardPerToken, pool.earned((i + 1) % 50), pool.stakes[(i + 1) % 50])
            switch next() % 4 {
            case 0: pool.stake(i, amount)
            case 1: pool.unstake(i, min(amount, pool.stakes[i]))
            case 2: _ = pool.claim(i)
            default: pool.emit(amount)
            }
            let conserved = pool.claimed + pool.unclaimed
            #expect(abs(conserved - pool.emitted) <= 1e-9 * max(1, pool.emitted))
            let quiet = (i + 1) % 50
            let gained = pool.earned(quiet) - before.1
            #expect(abs(gained - before.2 * (pool.rewardPerToken - before.0)) <= 1e-9 * max(1, pool.emitted))
        }
    }
}
