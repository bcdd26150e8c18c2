/// Which terms a ``PriceController`` uses.
public enum ControlLaw: String, CaseIterable, Sendable {
    /// `u = K_p·e`.
    case proportional
    /// `u = K_p·e + K_i·I`, the integral leaky.
    case proportionalIntegral
}

/// A controller that moves a parameter toward a target band in velocity
/// form, as Reflexer's RAI controller moves its redemption rate
/// (`docs/Controllers.md`): the output is the step's *change* of the
/// parameter, bounded, with a leaky integral and a dead band.
///
/// ```
/// e = lo − y if y < lo,  hi − y if y > hi,  else 0        (band error; a point target when lo = hi)
/// I ← (1 − λ)·I + e                                         (leak λ ∈ [0, 1]: bounded |I| ≤ max|e|/λ)
/// u = clip(K_p·e + K_i·I, −u_max, u_max)                    (K_i read under proportionalIntegral)
/// θ ← clip(θ + u, θ_lo, θ_hi)
/// ```
/// On a static plant `y = g·θ + y₀` the proportional law gives
/// `e' = (1 − K_p·g)·e`: it converges exactly when `0 < K_p·g < 2`
/// (`docs/Controllers.md`, "Stability on a static plant"). The gains are
/// parameters, for an optimizer to tune.
public struct PriceController: Sendable, Equatable {
    /// The law.
    public var law: ControlLaw
    /// `K_p`, `K_i`.
    public var proportionalGain: Double, integralGain: Double
    /// `λ`, the share of the integral lost per control.
    public var leak: Double
    /// `u_max`: the largest change of one control.
    public var maxAdjustment: Double
    /// `[lo, hi]`: the target band of the measured value.
    public var bandLow: Double, bandHigh: Double
    /// `I`, the leaky integral of the error.
    public private(set) var integral = 0.0

    /// A controller with the given law, gains and bounds.
    public init(law: ControlLaw, proportionalGain: Double, integralGain: Double = 0, leak: Double = 0,
                maxAdjustment: Double = .infinity, bandLow: Double, bandHigh: Double) {
        precondition(bandLow <= bandHigh && maxAdjustment > 0 && (0...1).contains(leak), "a controller needs lo ≤ hi, u_max > 0, λ ∈ [0, 1]")
        self.law = law
        self.proportionalGain = proportionalGain
        self.integralGain = integralGain
        self.leak = leak
        self.maxAdjustment = maxAdjustment
        self.bandLow = bandLow
        self.bandHigh = bandHigh
    }

    /// `e`, the distance from `measured` to the band (0 inside it).
    @inlinable
    public func error(measured y: Double) -> Double {
        y < bandLow ? bandLow - y : y > bandHigh ? bandHigh - y : 0
    }

    /// One control: the bounded output `u` for the measured value `y`,
    /// after updating the integral.
    public mutating func output(measured y: Double) -> Double {
        let e = error(measured: y)
        integral = (1 - leak) * integral + e
        let raw = proportionalGain * e + (law == .proportionalIntegral ? integralGain * integral : 0)
        return min(maxAdjustment, max(-maxAdjustment, raw))
    }

    /// One control of parameter `θ` within `[lowest, highest]`:
    /// `θ ← clip(θ + u, lowest, highest)`.
    @inlinable
    public mutating func adjust(_ parameter: inout Double, measured y: Double, lowest: Double = -.infinity, highest: Double = .infinity) {
        parameter = min(highest, max(lowest, parameter + output(measured: y)))
    }
}
