#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Elementary functions on SIMD lanes of `Double`, for the kernel's hot loop.
///
/// Each function is branch-free across lanes, handles overflow and underflow
/// (never NaN from finite valid input) and is tested against the scalar C
/// library to a relative error of at most 1e-14 where the result is normal.
public enum LaneMath {}

// PLACEHOLDER bodies (lane-by-lane libm) until the SIMD polynomials land;
// the signatures are the contract the curves and the kernel program against.
extension LaneMath {
    /// `eˣ` on every lane.
    @inlinable public static func exp<V: LaneVector>(_ x: V) -> V {
        var r = V(); for i in x.indices { r[i] = Glibc.exp(x[i]) }; return r
    }
    /// `ln x` on every lane.
    @inlinable public static func log<V: LaneVector>(_ x: V) -> V {
        var r = V(); for i in x.indices { r[i] = Glibc.log(x[i]) }; return r
    }
    /// `ln(1 + x)` on every lane.
    @inlinable public static func log1p<V: LaneVector>(_ x: V) -> V {
        var r = V(); for i in x.indices { r[i] = Glibc.log1p(x[i]) }; return r
    }
    /// `eˣ − 1` on every lane.
    @inlinable public static func expm1<V: LaneVector>(_ x: V) -> V {
        var r = V(); for i in x.indices { r[i] = Glibc.expm1(x[i]) }; return r
    }
    /// `ln(1 + eˣ)` on every lane.
    @inlinable public static func softplus<V: LaneVector>(_ x: V) -> V {
        var r = V(); for i in x.indices { r[i] = x[i] > 0 ? x[i] + Glibc.log1p(Glibc.exp(-x[i])) : Glibc.log1p(Glibc.exp(x[i])) }; return r
    }
}
