/// An attacker that accumulates over a window, pumps the price with large
/// buys to draw trend followers in, then dumps what it bought on them
/// (`docs/MarketManipulation.md`, "Attackers"; Kamps and Kleinberg 2018).
///
/// ```
/// C = W_a + W_p + W_d,   phase φ = (t + o) mod C
/// φ < W_a:              buy a/W_a           accumulate
/// W_a ≤ φ < W_a + W_p:  buy a_p              pump
/// otherwise:            sell Q/(C − φ)       dump the cycle's inventory Q; the last step sells the rest
/// ```
public struct PumpAndDump: Sendable, Equatable {
    /// `a`, tokens accumulated per cycle.
    public var accumulation: Double
    /// `a_p`, tokens bought per pump step.
    public var pumpSize: Double
    /// `W_a`, `W_p`, `W_d`: the phases' lengths in steps.
    public var accumulateSteps: Int, pumpSteps: Int, dumpSteps: Int

    /// A schedule with the given sizes and phase lengths (`W_a, W_d ≥ 1`, `W_p ≥ 0`).
    @inlinable
    public init(accumulation: Double, pumpSize: Double, accumulateSteps: Int, pumpSteps: Int, dumpSteps: Int) {
        self.accumulation = accumulation
        self.pumpSize = pumpSize
        self.accumulateSteps = accumulateSteps
        self.pumpSteps = pumpSteps
        self.dumpSteps = dumpSteps
    }

    /// `C`, a cycle's length.
    @inlinable public var cycle: Int { accumulateSteps + pumpSteps + dumpSteps }

    /// The phase `φ = (t + o) mod C` of a trader with offset `offset` at step `t`.
    @inlinable public func phase(step t: Int, offset: Int) -> Int { (t + offset) % cycle }

    /// Whether phase `φ` starts a cycle (its inventory and cash flow reset).
    @inlinable public func startsCycle(_ phase: Int) -> Bool { phase == 0 }

    /// Whether phase `φ` ends a cycle (its dump completes).
    @inlinable public func endsCycle(_ phase: Int) -> Bool { phase == cycle - 1 }

    /// The signed order in phase `φ` for a trader holding `inventory` tokens
    /// bought this cycle: a buy (`> 0`) while accumulating or pumping, a sell
    /// (`< 0`) of `Q/(C − φ)` while dumping.
    @inlinable
    public func order(phase: Int, inventory: Double) -> Double {
        if phase < accumulateSteps { return accumulation / Double(accumulateSteps) }
        if phase < accumulateSteps + pumpSteps { return pumpSize }
        return -inventory / Double(cycle - phase)
    }
}
