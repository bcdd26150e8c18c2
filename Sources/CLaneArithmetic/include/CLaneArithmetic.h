// Lane arithmetic as single vector operations, for CatallaxNumerics' LaneVector.
//
// Swift's generic SIMD arithmetic (`+`, `*`, `addingProduct`, `squareRoot`,
// `rounded`, `replacing(with:where:)`, …) is a loop over lanes in the standard
// library. The optimizer unrolls it into scalar operations and LLVM has to put
// them back into vectors: most of the time of compiling a kernel went there
// (docs/PERFORMANCE.md, "Session 23"). Clang's `ext_vector_type` of 2, 4 or 8
// doubles imports into Swift as `SIMD2/4/8<Double>`, and its operators are
// single vector instructions, so each function below is one LLVM vector
// operation that Swift inlines.
//
// Every function is IEEE-754 lane by lane: `+ − × ÷`, `sqrt` and `fma` are
// correctly rounded, so a lane gets the same bits whatever the lane width, and
// the same bits as Swift's scalar operators. Contraction is off so that no
// multiply and add are ever fused behind the caller's back.

#ifndef CATALLAX_LANE_ARITHMETIC_H
#define CATALLAX_LANE_ARITHMETIC_H

#pragma STDC FP_CONTRACT OFF

#define CATALLAX_LANES(N)                                                                          \
    typedef double catallax_double##N __attribute__((ext_vector_type(N)));                         \
    typedef long long catallax_mask##N __attribute__((ext_vector_type(N)));                        \
    typedef unsigned long long catallax_bits##N __attribute__((ext_vector_type(N)));               \
                                                                                                   \
    /* a + b, a − b, a × b, a ÷ b, −a: one IEEE operation per lane. */                             \
    static inline __attribute__((always_inline)) catallax_double##N                                \
    catallax_lanes##N##_add(catallax_double##N a, catallax_double##N b) { return a + b; }          \
    static inline __attribute__((always_inline)) catallax_double##N                                \
    catallax_lanes##N##_subtract(catallax_double##N a, catallax_double##N b) { return a - b; }     \
    static inline __attribute__((always_inline)) catallax_double##N                                \
    catallax_lanes##N##_multiply(catallax_double##N a, catallax_double##N b) { return a * b; }     \
    static inline __attribute__((always_inline)) catallax_double##N                                \
    catallax_lanes##N##_divide(catallax_double##N a, catallax_double##N b) { return a / b; }       \
    static inline __attribute__((always_inline)) catallax_double##N                                \
    catallax_lanes##N##_negate(catallax_double##N a) { return -a; }                                \
                                                                                                   \
    /* a·b + c with one rounding per lane. */                                                      \
    static inline __attribute__((always_inline)) catallax_double##N                                \
    catallax_lanes##N##_fused_multiply_add(catallax_double##N a, catallax_double##N b,             \
                                           catallax_double##N c) {                                 \
        return __builtin_elementwise_fma(a, b, c);                                                 \
    }                                                                                              \
                                                                                                   \
    /* √a correctly rounded per lane. */                                                           \
    static inline __attribute__((always_inline)) catallax_double##N                                \
    catallax_lanes##N##_square_root(catallax_double##N a) { return __builtin_elementwise_sqrt(a); }\
                                                                                                   \
    /* Integral values: ⌊a⌋, ⌈a⌉, toward zero, half away from zero, half to even. */              \
    static inline __attribute__((always_inline)) catallax_double##N                                \
    catallax_lanes##N##_floor(catallax_double##N a) { return __builtin_elementwise_floor(a); }     \
    static inline __attribute__((always_inline)) catallax_double##N                                \
    catallax_lanes##N##_ceiling(catallax_double##N a) { return __builtin_elementwise_ceil(a); }    \
    static inline __attribute__((always_inline)) catallax_double##N                                \
    catallax_lanes##N##_truncate(catallax_double##N a) { return __builtin_elementwise_trunc(a); }  \
    static inline __attribute__((always_inline)) catallax_double##N                                \
    catallax_lanes##N##_round_half_away(catallax_double##N a) {                                    \
        return __builtin_elementwise_round(a);                                                     \
    }                                                                                              \
    static inline __attribute__((always_inline)) catallax_double##N                                \
    catallax_lanes##N##_round_half_even(catallax_double##N a) {                                    \
        return __builtin_elementwise_roundeven(a);                                                 \
    }                                                                                              \
                                                                                                   \
    /* Per lane, b where the mask lane is set (−1), else a: one blend. */                          \
    static inline __attribute__((always_inline)) catallax_double##N                                \
    catallax_lanes##N##_select(catallax_mask##N mask, catallax_double##N b, catallax_double##N a) { \
        return mask ? b : a;                                                                       \
    }                                                                                              \
                                                                                                   \
    /* 64-bit integer lanes, wrapping: a + b, a − b, a × b (low 64 bits). */                       \
    static inline __attribute__((always_inline)) catallax_bits##N                                  \
    catallax_bits##N##_add(catallax_bits##N a, catallax_bits##N b) { return a + b; }               \
    static inline __attribute__((always_inline)) catallax_bits##N                                  \
    catallax_bits##N##_subtract(catallax_bits##N a, catallax_bits##N b) { return a - b; }          \
    static inline __attribute__((always_inline)) catallax_bits##N                                  \
    catallax_bits##N##_multiply(catallax_bits##N a, catallax_bits##N b) { return a * b; }          \
    /* Bitwise a ∧ b, a ∨ b, a ⊕ b. */                                                              \
    static inline __attribute__((always_inline)) catallax_bits##N                                  \
    catallax_bits##N##_and(catallax_bits##N a, catallax_bits##N b) { return a & b; }               \
    static inline __attribute__((always_inline)) catallax_bits##N                                  \
    catallax_bits##N##_or(catallax_bits##N a, catallax_bits##N b) { return a | b; }                \
    static inline __attribute__((always_inline)) catallax_bits##N                                  \
    catallax_bits##N##_xor(catallax_bits##N a, catallax_bits##N b) { return a ^ b; }               \
    /* Logical shifts by the same count in every lane, taken mod 64 as Swift's &<< and &>> do. */ \
    static inline __attribute__((always_inline)) catallax_bits##N                                  \
    catallax_bits##N##_shift_left(catallax_bits##N a, unsigned long long count) {                  \
        return a << (count & 63);                                                                  \
    }                                                                                              \
    static inline __attribute__((always_inline)) catallax_bits##N                                  \
    catallax_bits##N##_shift_right(catallax_bits##N a, unsigned long long count) {                 \
        return a >> (count & 63);                                                                  \
    }                                                                                              \
    /* Logical shifts of each lane by its own count, mod 64. */                                    \
    static inline __attribute__((always_inline)) catallax_bits##N                                  \
    catallax_bits##N##_shift_right_each(catallax_bits##N a, catallax_bits##N counts) {             \
        return a >> (counts & 63);                                                                 \
    }

CATALLAX_LANES(2)
CATALLAX_LANES(4)
CATALLAX_LANES(8)

#undef CATALLAX_LANES

#endif
