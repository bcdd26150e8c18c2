/// Staking rewards paid by a reward-per-token accumulator, as Synthetix's
/// `StakingRewards.sol` pays them (`docs/Incentives.md`, "RewardAccumulator"):
/// an emission raises the reward per staked token, and each staker settles
/// what it earned since it last moved.
///
/// ```
/// emit(E):    ρ ← ρ + E/Σ stake_j          (nothing emitted while Σ stake_j = 0)
/// settle(i):  owed_i ← owed_i + stake_i·(ρ − ρ_i),  ρ_i ← ρ
/// stake(i, x), unstake(i, x):  settle(i), then stake_i ± x
/// claim(i):   settle(i), pay owed_i, owed_i ← 0
/// ```
/// Invariant: `claimed + Σ_i (owed_i + stake_i·(ρ − ρ_i)) = emitted`, to
/// rounding; a staker that did not move between two instants earns
/// `stake_i·(ρ₂ − ρ₁)`. Each operation is O(1) however many stake.
///
/// Scalar, for one run; the units of a reward (tokens or currency) are the
/// caller's.
public struct RewardAccumulator: Sendable, Equatable {
    /// `ρ`, the reward per staked token so far.
    public private(set) var rewardPerToken = 0.0
    /// `Σ stake_j`.
    public private(set) var totalStaked = 0.0
    /// `stake_i`.
    public private(set) var stakes: [Double] = []
    /// `ρ_i`, the reward per token at staker `i`'s last settlement.
    public private(set) var paidPerToken: [Double] = []
    /// `owed_i`, settled but unclaimed.
    public private(set) var owed: [Double] = []
    /// Stakers with `stake_i > 0`.
    public private(set) var stakerCount = 0
    /// Everything emitted.
    public private(set) var emitted = 0.0
    /// Everything claimed.
    public private(set) var claimed = 0.0

    /// An accumulator for `stakers` stakers, none staking.
    public init(stakers: Int) { reset(stakers: stakers) }

    /// Empties the accumulator for `stakers` stakers, keeping capacity.
    public mutating func reset(stakers: Int) {
        rewardPerToken = 0
        totalStaked = 0
        stakerCount = 0
        stakes._refill(stakers, with: 0)
        paidPerToken._refill(stakers, with: 0)
        owed._refill(stakers, with: 0)
        emitted = 0
        claimed = 0
    }

    /// Emits `amount ≥ 0` to the stakers in proportion to their stakes.
    /// - Returns: what was emitted: `amount`, or 0 while nobody stakes.
    @discardableResult
    public mutating func emit(_ amount: Double) -> Double {
        guard totalStaked > 0, amount > 0 else { return 0 }
        rewardPerToken += amount / totalStaked
        emitted += amount
        return amount
    }

    /// Books staker `i`'s earnings since its last settlement into `owed_i`.
    public mutating func settle(_ i: Int) {
        owed[i] += stakes[i] * (rewardPerToken - paidPerToken[i])
        paidPerToken[i] = rewardPerToken
    }

    /// Staker `i` adds `amount ≥ 0` to its stake.
    public mutating func stake(_ i: Int, _ amount: Double) {
        settle(i)
        if stakes[i] == 0 && amount > 0 { stakerCount += 1 }
        stakes[i] += amount
        totalStaked += amount
    }

    /// Staker `i` withdraws `amount ≤ stake_i` of its stake.
    public mutating func unstake(_ i: Int, _ amount: Double) {
        precondition(amount <= stakes[i], "unstaking more than staked")
        settle(i)
        stakes[i] -= amount
        totalStaked -= amount
        if stakes[i] == 0 && amount > 0 { stakerCount -= 1 }
        // Σ stake_j by subtraction can keep a few ulps once the last stake
        // leaves; an emission must then find nobody, not divide by them.
        if stakerCount == 0 { totalStaked = 0 }
    }

    /// Staker `i` claims what it earned.
    /// - Returns: the amount paid out.
    public mutating func claim(_ i: Int) -> Double {
        settle(i)
        let amount = owed[i]
        owed[i] = 0
        claimed += amount
        return amount
    }

    /// What staker `i` could claim now: `owed_i + stake_i·(ρ − ρ_i)`.
    @inlinable
    public func earned(_ i: Int) -> Double {
        owed[i] + stakes[i] * (rewardPerToken - paidPerToken[i])
    }

    /// `Σ_i earned(i)`, the rewards emitted and not yet claimed.
    /// - Complexity: O(stakers).
    @inlinable
    public var unclaimed: Double {
        var sum = 0.0
        for i in stakes.indices { sum += earned(i) }
        return sum
    }
}
