/// Elementary functions on SIMD lanes of `Double`, for the kernel's hot loop.
///
/// ```
/// exp(x) = eˣ        log(x) = ln x        log1p(x) = ln(1 + x)
/// expm1(x) = eˣ − 1  softplus(x) = ln(1 + eˣ)
/// ```
///
/// Each function is generic over `LaneVector` (`SIMD2`, `SIMD4`, `SIMD8` of
/// `Double`), `@inlinable`, allocation-free and branch-free across lanes:
/// special lanes (overflow, underflow, zero, infinity, NaN, domain errors) are
/// patched with lane masks, never with `if`. After specialization every step
/// is a vector instruction (FMA on `ymm` registers under `-target-cpu
/// haswell`); there are no table look-ups, gathers or per-lane library calls.
///
/// The methods are the classic ones: Cody–Waite reduction by `ln 2` with FMA
/// and a minimax polynomial for the exponentials (Cody & Waite, *Software
/// Manual for the Elementary Functions*, 1980; Tang, ACM TOMS 15(2), 1989),
/// and the `s = f/(2+f)` atanh series of fdlibm's `e_log.c` for the
/// logarithms. The coefficients were fitted for this file by a Remez exchange
/// on the relative error of the final result (the script is in
/// `docs/LaneMath.md`).
///
/// Accuracy: the relative error against the C library is at most 1e-14 (at
/// most 2 ulp measured, see `docs/LaneMath.md`) wherever the result is a
/// normal number; finite valid input never gives NaN; NaN input gives NaN.
public enum LaneMath {}
