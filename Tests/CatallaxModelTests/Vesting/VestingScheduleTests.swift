import Testing
@testable import CatallaxModel

/// Known answer (f) of `docs/TokenLaunch.md`: unlocked amounts are monotone,
/// bounded by the allocation, and every rule's clock runs as written.
@Suite struct VestingScheduleTests {
    @Test(arguments: VestingRule.allCases)
    func unlockedIsMonotoneAndNeverExceedsTheAllocation(rule: VestingRule) {
        let schedule = VestingSchedule(rule: rule, duration: 37, cliff: 11, gatePrice: 1)
        var clock = 0, previous = 0.0
        for t in 0..<100 {
            let price = 1 + 0.5 * Double((t * 7919) % 13 - 6) / 6   // in and out of the gate
            if schedule.clockAdvances(price: price, isActive: t % 3 == 0) { clock += 1 }
            let unlocked = schedule.unlocked(123.5, clock: clock)
            #expect(unlocked >= previous && unlocked <= 123.5)
            previous = unlocked
        }
    }

    @Test func linearUnlocksEverythingAfterTheDuration() {
        let s = VestingSchedule(rule: .linear, duration: 500)
        #expect(s.unlocked(20, clock: 250) == 10)
        #expect(s.unlocked(20, clock: 500) == 20)
        #expect(s.unlocked(20, clock: 10_000) == 20)
    }

    @Test func theCliffReleasesItsShareAtOnce() {
        let s = VestingSchedule(rule: .cliff, duration: 500, cliff: 200)
        #expect(s.unlocked(20, clock: 199) == 0)
        #expect(s.unlocked(20, clock: 200) == 20 * 200 / 500)
        #expect(s.unlocked(20, clock: 500) == 20)
    }

    /// `C > D`: nothing before the cliff, everything at it.
    @Test func aCliffLongerThanTheDurationHoldsEverythingUntilTheCliff() {
        let s = VestingSchedule(rule: .cliff, duration: 100, cliff: 300)
        for clock in [0, 99, 100, 200, 299] {
            #expect(s.unlocked(20, clock: clock) == 0, "clock \(clock)")
            #expect(s.unlockedShare(clock: clock) == 0)
        }
        #expect(s.unlocked(20, clock: 300) == 20)
        #expect(s.unlocked(20, clock: 1_000) == 20)
    }

    @Test func gatedClocksRunOnlyWhenTheGateIsOpen() {
        let price = VestingSchedule(rule: .price, duration: 10, gatePrice: 1.1)
        #expect(price.clockAdvances(price: 1.1, isActive: false))
        #expect(!price.clockAdvances(price: 1.0999, isActive: true))
        let activity = VestingSchedule(rule: .activity, duration: 10)
        #expect(activity.clockAdvances(price: 0, isActive: true))
        #expect(!activity.clockAdvances(price: 5, isActive: false))
    }
}
