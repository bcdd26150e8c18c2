import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// Known answers (a), (b) and (g) of `docs/TokenLaunch.md` reproduced by the
/// scenario itself.
@Suite struct TokenLaunchKnownAnswerTests {
    /// A market without trades or emissions: the market cap `c·f(S)·S` stays put.
    static let still: [(String, Double)] = [("p_act", 0), ("stake_reward", 0), ("reward_k", 0), ("steps", 60)]

    /// (a) With no trades the rebase runs on a constant market cap, so
    /// `d' = d·(1 − 1/L)/(1 + d/L)` step by step.
    @Test func theRebaseFollowsTheConstantMarketCapRecursion() {
        let p = launchPoint(Self.still + [("target", 0.8), ("rebase_threshold", 0), ("rebase_clamp", 0.99), ("rebase_lag", 10)],
                            words: [("controller", "rebase")])
        let records = probedLaunchRun(p, keys: launchKeys(0..<1)).probe.records[0]
        let d = records.map { $0.price / 0.8 - 1 }
        #expect(abs(d[0] - 0.25) < 1e-12)
        for t in 1..<d.count {
            #expect(abs(d[t] - d[t - 1] * (1 - 1 / 10.0) / (1 + d[t - 1] / 10)) <= 1e-14)
        }
        #expect(records.allSatisfy { $0.level == 1 })
    }

    /// (b) With no trades the P controller sees a static gain `y`:
    /// `e' = (1 − K_p·y)·e`; it converges for `K_p·y < 2` and not above.
    @Test(arguments: [0.5, 1, 1.5, 1.9, 2.5])
    func thePControllerFollowsTheStaticGainRecursion(kp: Double) {
        let p = launchPoint(Self.still + [("target", 1.25), ("band", 0), ("kp", kp), ("max_adjust", 100), ("treasury", 1e9)],
                            words: [("controller", "p")])
        let records = Array(probedLaunchRun(p, keys: launchKeys(0..<1)).probe.records[0])
        let y = records.map { $0.price / 1.25 }, e = y.map { 1 - $0 }
        var clamped = false
        for t in 1..<e.count {
            clamped = clamped || records[t].level == p.levelMin || records[t].level == p.levelMax
            if !clamped { #expect(abs(e[t] - (1 - kp * y[t - 1]) * e[t - 1]) <= 1e-12) }
        }
        // |1 − K_p| per control near the target: 0.5, 0, 0.5, 0.9 (0.9⁵⁹ ≈ 0.002), 1.5.
        switch kp {
        case ..<1.6: #expect(abs(e.last!) < 1e-9)
        case ..<2: #expect(abs(e.last!) < 0.01 * abs(e[0]))
        default: #expect(abs(e.last!) > 0.1)
        }
    }

    /// A scheduled level follows its ramp exactly, and with no trades the
    /// price follows the level: `P_{t+1}/P₀ = c(t) = 1 + (c_T − 1)·(t + 1)/T`.
    @Test func theScheduledLevelFollowsItsRamp() {
        let p = launchPoint(Self.still + [("level_end", 1.5), ("treasury", 1e9)], words: [("controller", "schedule")])
        let records = probedLaunchRun(p, keys: launchKeys(0..<1)).probe.records[0]
        for t in 0..<p.steps {
            let ramp = 1 + 0.5 * Double(t + 1) / Double(p.steps)
            #expect(abs(records[t].level - ramp) <= 1e-15 * ramp)
            #expect(abs(records[t].currentPrice / records[0].price - ramp) <= 1e-13)
        }
    }

    /// (g) Rewards from the treasury mint nothing; minted staking alone mints `ρ·T`.
    @Test func inflationCountsExactlyTheMintedRewards() {
        let keys = launchKeys(0..<2)
        let treasury = ScenarioBatchRunner.outcomes(ScenarioParameters(launchPoint([], words: [("reward_source", "treasury")])), keys: keys, laneWidth: 2)
        #expect(treasury.allSatisfy { $0[TokenLaunchMetric.inflation] == 0 && $0[TokenLaunchMetric.unbacked] == 0 })
        let staking = ScenarioBatchRunner.outcomes(ScenarioParameters(launchPoint([("reward_k", 0)])), keys: keys, laneWidth: 2)
        #expect(staking.allSatisfy { $0[TokenLaunchMetric.inflation] == 0.02 })   // 20·100 / 100 000
        let affiliate = ScenarioBatchRunner.outcomes(ScenarioParameters(launchPoint([("stake_reward", 0)])), keys: keys, laneWidth: 2)
        #expect(affiliate.allSatisfy { ($0[TokenLaunchMetric.inflation] ?? 0) > 0 && ($0[TokenLaunchMetric.unbacked] ?? 0) > 0 })
    }

    /// A sell burn with treasury-paid rewards shrinks the supply: nothing
    /// minted, units burned, and the reserve over-backed (`U < 0`).
    @Test func aSellBurnIsDeflationaryAndOverBacksTheReserve() {
        let p = launchPoint([("burn", 0.5)], words: [("reward_source", "treasury")])
        let outcomes = ScenarioBatchRunner.outcomes(ScenarioParameters(p), keys: launchKeys(0..<2), laneWidth: 2)
        #expect(outcomes.allSatisfy {
            $0[TokenLaunchMetric.inflation] == 0 && ($0[TokenLaunchMetric.burned] ?? 0) > 0 && ($0[TokenLaunchMetric.unbacked] ?? 0) < 0
                && $0.failure == nil
        })
    }

    @Test func withoutAControllerTheLevelStaysOne() {
        let records = probedLaunchRun(launchPoint([]), keys: launchKeys(0..<2)).probe.records
        #expect(records.allSatisfy { $0.allSatisfy { $0.level == 1 && $0.scale == 1 } })
    }

    /// (f) in the scenario: linear vesting over 50 steps has unlocked
    /// everything by step 100; a cliff holds everything until it.
    @Test func vestingUnlocksOnSchedule() {
        let linear = probedLaunchRun(launchPoint([("vest_steps", 50)]), keys: launchKeys(0..<1)).probe.records[0]
        #expect(linear.last!.locked.allSatisfy { $0 == 0 })
        #expect(linear.last!.allocations.reduce(0, +) == 20_000)
        let cliff = probedLaunchRun(launchPoint([("vest_steps", 80), ("cliff", 40)], words: [("vesting", "cliff")]),
                                    keys: launchKeys(0..<1)).probe.records[0]
        // records[t] is after step t, whose clock is t + 1.
        #expect(cliff[38].locked == cliff[38].allocations)
        #expect(zip(cliff[39].locked, cliff[39].allocations).allSatisfy { $0 == $1 * 0.5 })
    }
}
