import CatallaxNumerics

extension TokenLaunchRun {
    /// Runs step `t` on curve `curve` (`docs/TokenLaunch.md`, "One step"):
    /// the price, the staking emission, then trader by trader in index
    /// order its vesting, its claim and its order; the commission's
    /// adjustment, the control, the Gini sample.
    /// - Complexity: O(N), and O(N log N) in the steps that sample the Gini.
    @inlinable mutating func step<Curve: BondingCurve>(_ t: Int, curve: Curve) {
        let p = point
        let n = p.agents
        let priceNow = price(curve)
        tally.record(price: priceNow, previous: t > 0 ? lastPrice : nil, target: p.target)
        lastPrice = priceNow
        lastStep = t
        let ringSize = priceRing.count
        priceRing[t % ringSize] = priceNow
        // m = ln(P_t / P_{t−L}), 0 while t < L.
        let momentumSignal = t >= p.lag ? LaneMath.log(priceNow / priceRing[(t - p.lag) % ringSize]) : 0
        let momentum = rule.momentumFractions(signal: SIMD2<Double>(repeating: momentumSignal))

        _emitStakingReward(price: priceNow, curve: curve)
        for i in 0..<n {
            let draw = _block(step: t, agent: i, purpose: .activity, index: 0)
            let isActive = activityTrial.accepts(draw[0])
            _vest(i, price: priceNow, isActive: isActive)
            if (t + i) % p.claimEvery == 0 { _claim(i) }
            guard isActive else { continue }
            let decision = rule.decision(
                ofAgent: SIMD2<Double>(repeating: Double(i)),
                noiseDraw: SIMD2<Double>(repeating: Philox4x32.unitInterval(hi: draw[2], lo: draw[3])),
                valueGap: TraderRule.valueGap(belief: SIMD2(repeating: belief[i]), price: SIMD2(repeating: priceNow)),
                momentum: momentum)
            let buy = decision.buyFraction[0], sell = decision.sellFraction[0]
            if buy > 0 {
                _buy(i, currency: buy * balance[i], price: priceNow, curve: curve)
            } else if sell > 0 {
                _sell(i, units: sell * holding[i], curve: curve)
            }
        }
        let coinUp = p.commissionRule == .drift && _block(step: t, agent: n, purpose: .decision, index: 0)[0] < 0x8000_0000
        commission.endStep(t, coinUp: coinUp)
        if p.controller != .none && (t + 1) % p.controlEvery == 0 { _control(curve, step: t) }
        if t % 10 == 9 { _sampleGini() }
    }

    /// Moves trader `i`'s vesting clock and releases what it unlocks.
    @inlinable mutating func _vest(_ i: Int, price: Double, isActive: Bool) {
        guard locked[i] > 0, vesting.clockAdvances(price: price, isActive: isActive) else { return }
        clock[i] += 1
        // Released so far is a_i − L_i; the schedule says a_i·F(τ).
        let release = vesting.unlocked(allocation[i], clock: clock[i]) - (allocation[i] - locked[i])
        guard release > 0 else { return }
        let moved = min(release, locked[i])
        locked[i] -= moved
        holding[i] += moved
        unlockedUnsold[i] += moved
    }

    /// The accumulator's emission of the step: `ρ` new units, or `ρ·P_t`
    /// currency from the treasury; nothing while nobody stakes.
    @inlinable mutating func _emitStakingReward<Curve: BondingCurve>(price: Double, curve: Curve) {
        let rho = point.stakeReward
        guard rho > 0, staking.totalStaked > 0 else { return }
        switch point.rewardSource {
        case .minted:
            staking.emit(rho)
            _mintUnbacked(rho, curve: curve)
        case .treasury:
            if treasury.pay(rho * price) { staking.emit(rho * price) }
        }
    }

    /// Trader `i` claims its staking reward: units or currency.
    @inlinable mutating func _claim(_ i: Int) {
        let amount = staking.claim(i)
        guard amount > 0 else { return }
        switch point.rewardSource {
        case .minted: holding[i] += amount
        case .treasury: balance[i] += amount
        }
    }

    /// `x` new units nobody pays for: `S += x`, `U += c·(R(S + x) − R(S))`.
    @inlinable mutating func _mintUnbacked<Curve: BondingCurve>(_ units: Double, curve: Curve) {
        unbacked += level * curve.costToMint(units, atSupply: supply)
        supply += units
        tally.minted += units
    }

    /// Trader `i` spends `currency`: fee to the treasury, commission to its
    /// affiliate, the rest to the curve; its affiliate earns `k·ΔS`.
    @inlinable mutating func _buy<Curve: BondingCurve>(_ i: Int, currency: Double, price: Double, curve: Curve) {
        guard currency > 0 else { return }
        let fee = point.feeRate * currency
        let cut = commission.charge(onValue: currency)
        let deposit = currency - fee - cut
        let minted = curve.tokensMinted(forDeposit: deposit / level, atSupply: supply)
        let affiliate = Int(referrer[i])
        balance[i] -= currency
        treasury.receive(fee)
        balance[affiliate] += cut
        holding[i] += minted
        supply += minted
        reserveHeld += deposit
        tally.volume += currency
        let reward = point.rewardRate * minted
        guard reward > 0 else { return }
        switch point.rewardSource {
        case .minted:
            _mintUnbacked(reward, curve: curve)
            holding[affiliate] += reward
        case .treasury:
            if treasury.pay(reward * price) { balance[affiliate] += reward * price }
        }
    }

    /// Trader `i` offers `units`: refused if the reserve held cannot pay the
    /// refund, else the penalty share `β_b` of the units is burned without
    /// refund, fee to the treasury and commission to its affiliate.
    ///
    /// The burned units leave the supply but their reserve stays, so the
    /// reserve owed falls by more than the refund: `U` falls by
    /// `c·(R(S − Q_r) − R(S − Q))`, `Q_r = (1 − β_b)·Q` (a surplus once negative).
    @inlinable mutating func _sell<Curve: BondingCurve>(_ i: Int, units: Double, curve: Curve) {
        guard units > 0 else { return }
        let burned = point.burn * units
        let refunded = units - burned
        let refund = level * curve.refundForBurn(refunded, atSupply: supply)
        guard refund <= reserveHeld else {
            tally.refusedSells += 1
            return
        }
        let fee = point.feeRate * refund
        let cut = commission.charge(onValue: refund)
        balance[i] += refund - fee - cut
        treasury.receive(fee)
        balance[Int(referrer[i])] += cut
        if burned > 0 {
            unbacked -= level * curve.refundForBurn(burned, atSupply: supply - refunded)
            tally.burned += burned
        }
        holding[i] -= units
        supply -= units
        reserveHeld -= refund
        tally.volume += refund
        let fromUnlock = min(units, unlockedUnsold[i])
        unlockedUnsold[i] -= fromUnlock
        tally.unlockSold += fromUnlock
    }

    /// The control at the end of step `t`: the level toward the band or
    /// along its schedule (the treasury pays a rise of the reserve owed and
    /// takes a fall), or a rebase.
    @inlinable mutating func _control<Curve: BondingCurve>(_ curve: Curve, step t: Int) {
        let p = point
        let priceNow = price(curve)
        let wanted: Double
        switch p.controller {
        case .none:
            return
        case .rebase:
            scale *= 1 + rebase.relativeSupplyChange(price: priceNow)
            return
        case .schedule:
            wanted = levelSchedule.value(atStep: t + 1)
        case .p, .pi:
            let u = controller.output(measured: priceNow / p.target)
            wanted = min(p.levelMax, max(p.levelMin, level * (1 + u)))
        }
        let reserve = curve.reserve(atSupply: supply)
        guard reserve > 0 else { return }
        let change = (wanted - level) * reserve
        if change > 0 {
            let paid = treasury.payUpTo(change)
            reserveHeld += paid
            level = paid == change ? wanted : level + paid / reserve
        } else if change < 0 {
            let released = min(-change, reserveHeld)
            reserveHeld -= released
            treasury.receive(released)
            level = released == -change ? wanted : level - released / reserve
        }
    }

    /// Samples the Gini of `h_i = H_i + L_i + stake_i`.
    @inlinable mutating func _sampleGini() {
        for i in 0..<point.agents { holdingsScratch[i] = holding[i] + locked[i] + staking.stakes[i] }
        gini.sample(holdingsScratch)
    }
}
