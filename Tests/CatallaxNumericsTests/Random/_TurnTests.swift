@testable import CatallaxNumerics
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct TurnTests {
    /// `(cos 2πu, sin 2πu)` from a single `_Turn` lane.
    private func turn(_ u: Double) -> (Double, Double) {
        let r = _Turn.cosineAndSine(of: SIMD2<Double>(repeating: u))
        return (r.cosine[0], r.sine[0])
    }

    @Test func quarterTurnsAreExact() {
        #expect(turn(0) == (1, 0))
        #expect(turn(0.25) == (0, 1))
        #expect(turn(0.5) == (-1, 0))
        #expect(turn(0.75) == (0, -1))
        #expect(turn(1) == (1, 0))
    }

    @Test func eighthTurnsAreWithinOneUlpOfOneOverRootTwo() {
        let h = 0.5.squareRoot()
        for (u, c, s) in [(0.125, h, h), (0.375, -h, h), (0.625, -h, -h), (0.875, h, -h)] {
            let (cosine, sine) = turn(u)
            #expect(abs(cosine - c) <= h.ulp && abs(sine - s) <= h.ulp)
        }
    }

    #if arch(x86_64) && !os(Windows)
    @Test func errorIsAtMostTwoToTheMinus52AgainstFloat80() {
        // 2¹⁶ + 1 points evenly over [0, 1] plus the neighbours of each octant
        // boundary, where the quadrant choice switches.
        var points = (0...65_536).map { Double($0) / 65_536 }
        for k in 1..<8 {
            let b = Double(k) / 8
            points += [b.nextDown, b.nextUp, b.nextDown.nextDown, b.nextUp.nextUp]
        }
        points += [0x1p-53, 1 - 0x1p-53, 0.3, 0.7, 1.0 / 3, 2.0 / 3]
        var worst = 0.0
        for u in points {
            let angle = 2 * Float80.pi * Float80(u)
            let (cosine, sine) = turn(u)
            worst = max(worst, Double(abs(Float80(cosine) - cosl(angle))), Double(abs(Float80(sine) - sinl(angle))))
        }
        #expect(worst <= 0x1p-52)
    }
    #endif

    @Test func lanesAreComputedIndependently() {
        let u = SIMD8<Double>(0, 0.1, 0.2, 0.3, 0.4, 0.6, 0.8, 0.95)
        let all = _Turn.cosineAndSine(of: u)
        for i in 0..<8 {
            let (c, s) = turn(u[i])
            #expect(all.cosine[i] == c && all.sine[i] == s)
        }
    }
}
