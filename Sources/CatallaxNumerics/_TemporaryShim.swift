import Glibc
// TEMPORARY: removed when the random helper's work is merged.
public enum Philox4x32 {
  @inlinable public static func block<W: SIMD>(counter: SIMD4<UInt32>, key0: W, key1: W) -> (W, W, W, W) where W.Scalar == UInt32 {
    var c0 = W(repeating: counter[0]), c1 = W(repeating: counter[1]), c2 = W(repeating: counter[2]), c3 = W(repeating: counter[3])
    var k0 = key0, k1 = key1
    for _ in 0..<10 {
      var h0 = W(), l0 = W(), h1 = W(), l1 = W()
      for i in c0.indices { let p0 = UInt64(0xD2511F53) * UInt64(c0[i]); h0[i] = UInt32(p0 >> 32); l0[i] = UInt32(truncatingIfNeeded: p0)
        let p1 = UInt64(0xCD9E8D57) * UInt64(c2[i]); h1[i] = UInt32(p1 >> 32); l1[i] = UInt32(truncatingIfNeeded: p1) }
      let n0 = h1 ^ c1 ^ k0, n2 = h0 ^ c3 ^ k1
      c0 = n0; c1 = l1; c2 = n2; c3 = l0
      k0 &+= 0x9E3779B9; k1 &+= 0xBB67AE85
    }
    return (c0, c1, c2, c3)
  }
}
public enum DrawPurpose: UInt32 { case activity, decision, belief, shock }
public struct DrawCounter { public var words: SIMD4<UInt32>
  @inlinable public init(step: UInt32, agent: UInt32, purpose: DrawPurpose, index: UInt32 = 0) { words = SIMD4(step, agent, purpose.rawValue, index) } }
public enum UnitInterval { @inlinable public static func lanes<V: LaneVector>(hi: V.Words, lo: V.Words) -> V { var r = V(); for i in r.indices { r[i] = (Double((UInt64(hi[i]) << 21) ^ (UInt64(lo[i]) >> 11)) + 0.5) * 0x1p-53 }; return r } }
public enum StandardNormal { @inlinable public static func lanes<V: LaneVector>(_ a: V.Words, _ b: V.Words, _ c: V.Words, _ d: V.Words) -> V {
  let u1: V = UnitInterval.lanes(hi: a, lo: b); let u2: V = UnitInterval.lanes(hi: c, lo: d)
  var r = V(); for i in r.indices { r[i] = (-2 * Glibc.log(u1[i])).squareRoot() * Glibc.cos(2 * Double.pi * u2[i]) }; return r } }
public struct RunKey: Sendable { public var words: SIMD2<UInt32>; public init(seed: UInt64, point: UInt64, replicate: UInt64) { var h = seed &* 0x9E3779B97F4A7C15 ^ point &* 0xBF58476D1CE4E5B9 ^ replicate &* 0x94D049BB133111EB; h ^= h >> 31; words = SIMD2(UInt32(truncatingIfNeeded: h), UInt32(h >> 32)) } }
