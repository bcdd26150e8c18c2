// TEMPORARY: removed when the curve and random helpers' work is merged.
import CatallaxNumerics
import Glibc
public protocol BondingCurve: Sendable {
    func price(atSupply s: Double) -> Double
    func reserve(atSupply s: Double) -> Double
    func supply(forReserve r: Double) -> Double
    func price<V: LaneVector>(atSupply s: V) -> V
    func tokensMinted<V: LaneVector>(forDeposit d: V, atSupply s: V) -> V
    func refundForBurn<V: LaneVector>(_ q: V, atSupply s: V) -> V
}
public struct LinearCurve: BondingCurve, Equatable { public var m: Double; public var b: Double
  public func price(atSupply s: Double) -> Double { m*s+b }
  public func reserve(atSupply s: Double) -> Double { m*s*s/2 + b*s }
  public func supply(forReserve r: Double) -> Double { m == 0 ? r/b : (-b + (b*b + 2*m*r).squareRoot())/m }
  @inlinable public func price<V: LaneVector>(atSupply s: V) -> V { m*s+b }
  @inlinable public func tokensMinted<V: LaneVector>(forDeposit d: V, atSupply s: V) -> V { let p = m*s+b; return 2*d/(p + (p*p + 2*m*d).squareRoot()) }
  @inlinable public func refundForBurn<V: LaneVector>(_ q: V, atSupply s: V) -> V { q * (m*s+b - m*q/2) }
}
public struct ExponentialCurve: BondingCurve, Equatable { public var a: Double; public var k: Double
  public func price(atSupply s: Double) -> Double { a*exp(k*s) }
  public func reserve(atSupply s: Double) -> Double { a/k*expm1(k*s) }
  public func supply(forReserve r: Double) -> Double { log1p(k*r/a)/k }
  @inlinable public func price<V: LaneVector>(atSupply s: V) -> V { a*LaneMath.exp(k*s) }
  @inlinable public func tokensMinted<V: LaneVector>(forDeposit d: V, atSupply s: V) -> V { LaneMath.log1p(k*d/price(atSupply: s))/k }
  @inlinable public func refundForBurn<V: LaneVector>(_ q: V, atSupply s: V) -> V { -(price(atSupply: s)/k)*LaneMath.expm1(-k*q) }
}
public typealias SigmoidCurve = ExponentialCurve
public typealias PowerCurve = ExponentialCurve
