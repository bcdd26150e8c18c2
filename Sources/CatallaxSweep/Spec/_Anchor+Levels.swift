import CatallaxModel
#if canImport(Glibc)
import Glibc
#endif

extension _Anchor {
    /// The level parameters the anchor solves for, per family.
    static func levelKeys(_ family: CurveFamily) -> [String] {
        switch family {
        case .linear: ["b"]
        case .exponential: ["a"]
        case .sigmoid: ["K", "s0"]
        case .power: ["a"]
        }
    }

    /// The steepness parameter the level depends on (none for the sigmoid).
    static func steepnessKey(_ family: CurveFamily) -> String? {
        switch family {
        case .linear: "m"
        case .exponential: "k"
        case .sigmoid: nil
        case .power: "n"
        }
    }

    /// The levels that give `f(S_init) = p`, `p` the anchor ``price``:
    /// ```
    /// linear       m·S + b:             b = p − m·S_init
    /// exponential  a·e^{kS}:            a = p·e^{−k·S_init}
    /// sigmoid      K/(1+e^{−k(S−S₀)}):  K = 2p, S₀ = S_init
    /// power        a·Sⁿ:                a = p·S_init^{−n}
    /// ```
    /// Linear trap: `p − m·S_init` cancels when `m·S_init ≈ p` and can come
    /// out a few ulps below 0 (outside `b ≥ 0`) for a slope meant to give
    /// exactly `b = 0`; a result within 4 ulps of `p` below zero is set to 0.
    /// - Parameter steepness: `m`, `k` or `n` (ignored for the sigmoid).
    func levels(family: CurveFamily, steepness: Double, initialSupply s: Double) -> [(key: String, value: Double)] {
        let p = price
        switch family {
        case .linear:
            let b = p - steepness * s
            return [("b", b < 0 && b >= -4 * p.ulp ? 0 : b)]
        case .exponential:
            return [("a", p * exp(-steepness * s))]
        case .sigmoid:
            return [("K", 2 * p), ("s0", s)]
        case .power:
            return [("a", p * pow(s, -steepness))]
        }
    }
}
