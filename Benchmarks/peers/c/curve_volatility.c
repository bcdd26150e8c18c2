/*
 * curve-volatility in C: the machine's practical ceiling for the reference
 * scenario (shared/REFERENCE-SCENARIO.md), written the way a performance
 * engineer would write it: SIMD across replicates, the algebra and fast
 * paths Catallax uses, and the tricks C makes cheap beyond them.
 *
 * Build (Benchmarks/peers/compare builds both):
 *     gcc -O3 -march=x86-64-v3 -mtune=native -ffast-math -fopenmp \
 *         -o curve_volatility_avx2 curve_volatility.c -lmvec -lm     4 runs per register, any AVX2 + FMA CPU
 *     gcc -O3 -march=native -ffast-math -fopenmp \
 *         -o curve_volatility_avx512 curve_volatility.c -lmvec -lm   8 per register, where -march=native
 *                                                                   defines __AVX512F__
 * The lane count W follows the ISA the compiler targets. Switches for
 * measuring what each trick buys (none changes the model):
 *   -DFUSED=0|1        compact orders (0) or decide and trade in one loop (1), every family
 *   -DGROUPS=n         register groups interleaved by the compacted form (default 2)
 *   -DNO_FAST_PATH     every log1p/expm1 from libmvec, no Taylor polynomial
 *   -DGAP_BITS=0       a logarithm for every geometric gap, no table
 *   -DMOMENTUM_SKIP=0  walk the momentum traders even without a signal
 *   -DDRAW_BITS=52     one 64-bit output per draw (default 32: an agent's gap and
 *                      noise draw from the two halves of one output)
 * Run:
 *     curve_volatility --curve sigmoid --agents 1000 --steps 1000 \
 *                      --runs 256 --seed 1 --threads 2
 * Prints one JSON object: wall seconds of the simulation (runs and their
 * metrics; not start-up), agent-steps per second (N*T*runs/seconds), the
 * largest relative error of the currency and token invariants over the
 * runs (checked at the end of every run) and, per metric, count, mean and
 * sample standard deviation over the runs.
 *
 * What makes it fast:
 *  - SIMD across replicates: a register holds one double of each of W
 *    independent runs (W = 4 with AVX2, 8 with AVX-512); supply, price,
 *    treasury, random state... are lanes. An agent's balance, holdings and
 *    1/belief are 32 bytes of one cache line ([lane][agent][field]), read
 *    with gathers. Intrinsics behind one-line wrappers (the only code that
 *    differs between the widths); + - * / are GCC's vector operators.
 *  - xoshiro256++ per lane, its four state words in four registers (adds,
 *    xors, shifts, rotates: vprolq with AVX-512), seeded per run by
 *    splitmix64 from (seed, run); uniforms from the bits of [1, 2): an
 *    active agent's gap and noise draw from the two 32-bit halves of one
 *    output (the precision of Catallax's walk; measured no faster than
 *    one output each, -DDRAW_BITS=52), 52 bits elsewhere.
 *  - Transcendentals from glibc's libmvec, called by their vector-ABI names
 *    (_ZGVdN4v_log/exp/log1p/expm1 for AVX2, _ZGVeN8v_* for AVX-512; see
 *    `objdump -d | grep _ZGV`), not left to the auto-vectorizer. In front of
 *    log1p and expm1 the Taylor fast path Catallax's LaneMath also has
 *    (|x| <= 2^-9, 7 and 6 terms, error below 2^-54 relative): a trade is
 *    ~1e-4 of the curve's scale, so libmvec runs only when a lane needs it.
 *  - Only active agents are visited: the gap to the next one is geometric,
 *    G = floor(ln u / ln(1 - p_act)), u ~ U(0,1], exactly the distribution
 *    of independent Bernoulli(p_act) activity. G is a step function of u,
 *    constant on all but 80 of 2^14 equal intervals of u at p_act = 0.1, so
 *    a 16 KB byte table gives it (one gather), and a logarithm is taken
 *    only when a lane's u falls in one of those 80 (0.5% of draws): the
 *    same map from u to G, without a log per active agent.
 *  - While a lane's momentum signal is inside its band (|m| <= theta_m) its
 *    momentum traders cannot trade, so its walk skips their index range
 *    (exact: the walk runs over the remaining agents, and activity is
 *    independent per agent; their orders would be zero, which change
 *    nothing). About a fifth fewer agents visited on those steps.
 *  - Decisions read P_t and the agent's balance at the start of the step,
 *    which is what it holds when its order executes (one order per agent
 *    and step), so deciding and executing may be split. Two forms:
 *      compacted  the k-th active agent of every lane decides at once and
 *                 only real trades are appended to the lane's own list;
 *                 then the k-th trade of every lane executes at once, so
 *                 the curve's arithmetic runs on real trades until lanes
 *                 run out (the idle, momentum traders without a signal and
 *                 fundamentalists inside their band never reach it), with
 *                 GROUPS = 2 register groups interleaved to hide the
 *                 latency of the price's dependency chain;
 *      fused      decide and trade the k-th active agent of every lane in
 *                 one loop (zero orders are exact no-ops).
 *    Measured on the machine of docs/PERFORMANCE.md, the AVX2 build is
 *    fastest compacted for the exponential, sigmoid and power curves and
 *    fused for the linear one (no transcendental to save); the AVX-512
 *    build fused for all four (its 8 per-lane appends cost more than the
 *    emptier lanes of the fused loop). Either way the balance and holding
 *    changes are applied after the step's orders, off the critical path.
 *  - One curve evaluation serves both sides of every order, and the
 *    curve's state is carried algebraically: no f(S) per order.
 *        linear       mint d: D = 2d/(P + sqrt(P^2 + 2md))   burn q: q(P - mq/2);   P = mS + b
 *                     (no transcendental at all)
 *        exponential  mint d: D = log1p(kd/P)/k, P' = P + kd   burn q: E = expm1(-kq), refund -PE/k, P' = P(1+E)
 *        sigmoid      E = expm1(kd/K) (buy) or expm1(-kq) (sell); g = E K/P (buy) or E P/K (sell);
 *                     L = log1p(g); minted L/k, refund -(K/k)L; P' = K(1+g)/(g + K/P) (buy) or
 *                     P(1+E)/(1+g) (sell), P' and K/P' from one division
 *        power        R = SP/(n+1) carried; x = d/R (buy) or -q/S (sell); L = log1p(x);
 *                     E = expm1(L/(n+1)) (buy) or expm1((n+1)L) (sell); minted SE, refund -RE
 *    The burn is clamped to the supply only if some lane needs it, which
 *    keeps the supply off the transcendentals' dependency chain. P_t is
 *    recomputed from S at the start of every step.
 *  - Metrics per lane from the stored price path ([t][lane]: vector log of
 *    the returns, two-pass variance, running peak). The Gini's sort is an
 *    LSD radix sort of the wealths' bit patterns (non-negative doubles sort
 *    as integers), 8-bit digits, passes where every key shares the digit
 *    skipped: several times faster than qsort on 1000 values.
 *  - OpenMP across blocks of GROUPS * W runs (`schedule(dynamic, 1)`), each
 *    thread with its own buffers. Runs beyond a multiple of the block still
 *    run (in the last block) and are discarded: they count against the time.
 *  - -ffast-math lets gcc contract and reorder; nothing on the model's
 *    domain produces NaN or infinity, and it does not need subnormals.
 *
 * Lanes are not independent bit for bit: a lane that has finished its
 * agents for the step keeps drawing (and discarding) while its neighbours
 * finish, so a run's values depend on the lane width and its neighbours.
 * Every draw a lane uses is still a fresh independent uniform, so each run
 * has exactly the model's distribution; runs agree with Catallax in
 * distribution (the z-tests of compare.py), not bit for bit.
 */
#include <immintrin.h>
#include <math.h>
#include <omp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define INLINE static inline __attribute__((always_inline))

/* ---- The two widths: wrappers over the intrinsics ------------------------ */

#if defined(__AVX512F__)
enum { W = 8 };
#define ISA "avx512"
typedef __m512d vd;  /* W doubles */
typedef __m512i vu;  /* W uint64 */
typedef __mmask8 vm; /* W lane flags */
extern vd _ZGVeN8v_log(vd), _ZGVeN8v_exp(vd), _ZGVeN8v_log1p(vd), _ZGVeN8v_expm1(vd);
#define mv_log _ZGVeN8v_log
#define mv_exp _ZGVeN8v_exp
#define mv_log1p _ZGVeN8v_log1p
#define mv_expm1 _ZGVeN8v_expm1
INLINE vd vset(double x) { return _mm512_set1_pd(x); }
INLINE vd vload(const double *p) { return _mm512_load_pd(p); }
INLINE void vstore(double *p, vd x) { _mm512_store_pd(p, x); }
INLINE vd vfma(vd a, vd b, vd c) { return _mm512_fmadd_pd(a, b, c); }
INLINE vd vsqrt(vd a) { return _mm512_sqrt_pd(a); }
INLINE vd vmin(vd a, vd b) { return _mm512_min_pd(a, b); }
INLINE vd vmax(vd a, vd b) { return _mm512_max_pd(a, b); }
INLINE vd vabs(vd a) { return _mm512_abs_pd(a); }
INLINE vd vfloor(vd a) { return _mm512_roundscale_pd(a, _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC); }
INLINE vm vlt(vd a, vd b) { return _mm512_cmp_pd_mask(a, b, _CMP_LT_OQ); }
INLINE vm vne(vd a, vd b) { return _mm512_cmp_pd_mask(a, b, _CMP_NEQ_OQ); }
INLINE vm veq(vd a, vd b) { return _mm512_cmp_pd_mask(a, b, _CMP_EQ_OQ); }
INLINE vm mand(vm a, vm b) { return a & b; }
INLINE int mbits(vm m) { return m; }
INLINE vd vsel(vm m, vd a, vd b) { return _mm512_mask_blend_pd(m, b, a); } /* m ? a : b */
INLINE vd vgather(const double *base, vd index) {
    return _mm512_i32gather_pd(_mm512_cvttpd_epi32(index), base, 8);
}
INLINE vd vlanes(void) { return _mm512_set_pd(7, 6, 5, 4, 3, 2, 1, 0); }
typedef __m256i vi; /* W int32 */
INLINE vi vtrunc_i(vd a) { return _mm512_cvttpd_epi32(a); }
INLINE vd vfrom_i(vi a) { return _mm512_cvtepi32_pd(a); }
/* The signed byte at base[index] of every lane. */
INLINE vi gather_bytes(const int8_t *base, vi index) {
    return _mm256_srai_epi32(_mm256_slli_epi32(_mm256_i32gather_epi32((const int *)base, index, 1), 24), 24);
}
INLINE int any_negative(vi a) { return _mm256_movemask_ps(_mm256_castsi256_ps(a)) != 0; }
INLINE void vi_store(int32_t *p, vi a) { _mm256_store_si256((__m256i *)p, a); }
INLINE vu uload(const uint64_t *p) { return _mm512_loadu_si512((const void *)p); }
INLINE vu uadd(vu a, vu b) { return _mm512_add_epi64(a, b); }
INLINE vu uxor(vu a, vu b) { return _mm512_xor_si512(a, b); }
INLINE vu uand(vu a, vu b) { return _mm512_and_si512(a, b); }
INLINE vu uset(uint64_t x) { return _mm512_set1_epi64((long long)x); }
#define ushl(a, k) _mm512_slli_epi64((a), (k))
#define urotl(a, k) _mm512_rol_epi64((a), (k))
/* (x >> 12) as the mantissa of a double in [1, 2). */
INLINE vd ubits_one_two(vu x) {
    return _mm512_castsi512_pd(_mm512_or_si512(_mm512_srli_epi64(x, 12), _mm512_set1_epi64(0x3ff0000000000000LL)));
}
#else
enum { W = 4 };
#define ISA "avx2"
typedef __m256d vd;
typedef __m256i vu;
typedef __m256d vm; /* all-ones or all-zeros per lane */
extern vd _ZGVdN4v_log(vd), _ZGVdN4v_exp(vd), _ZGVdN4v_log1p(vd), _ZGVdN4v_expm1(vd);
#define mv_log _ZGVdN4v_log
#define mv_exp _ZGVdN4v_exp
#define mv_log1p _ZGVdN4v_log1p
#define mv_expm1 _ZGVdN4v_expm1
INLINE vd vset(double x) { return _mm256_set1_pd(x); }
INLINE vd vload(const double *p) { return _mm256_load_pd(p); }
INLINE void vstore(double *p, vd x) { _mm256_store_pd(p, x); }
INLINE vd vfma(vd a, vd b, vd c) { return _mm256_fmadd_pd(a, b, c); }
INLINE vd vsqrt(vd a) { return _mm256_sqrt_pd(a); }
INLINE vd vmin(vd a, vd b) { return _mm256_min_pd(a, b); }
INLINE vd vmax(vd a, vd b) { return _mm256_max_pd(a, b); }
INLINE vd vabs(vd a) { return _mm256_andnot_pd(_mm256_set1_pd(-0.0), a); }
INLINE vd vfloor(vd a) { return _mm256_floor_pd(a); }
INLINE vm vlt(vd a, vd b) { return _mm256_cmp_pd(a, b, _CMP_LT_OQ); }
INLINE vm vne(vd a, vd b) { return _mm256_cmp_pd(a, b, _CMP_NEQ_OQ); }
INLINE vm veq(vd a, vd b) { return _mm256_cmp_pd(a, b, _CMP_EQ_OQ); }
INLINE vm mand(vm a, vm b) { return _mm256_and_pd(a, b); }
INLINE int mbits(vm m) { return _mm256_movemask_pd(m); }
INLINE vd vsel(vm m, vd a, vd b) { return _mm256_blendv_pd(b, a, m); }
INLINE vd vgather(const double *base, vd index) {
    return _mm256_i32gather_pd(base, _mm256_cvttpd_epi32(index), 8);
}
INLINE vd vlanes(void) { return _mm256_set_pd(3, 2, 1, 0); }
typedef __m128i vi; /* W int32 */
INLINE vi vtrunc_i(vd a) { return _mm256_cvttpd_epi32(a); }
INLINE vd vfrom_i(vi a) { return _mm256_cvtepi32_pd(a); }
INLINE vi gather_bytes(const int8_t *base, vi index) {
    return _mm_srai_epi32(_mm_slli_epi32(_mm_i32gather_epi32((const int *)base, index, 1), 24), 24);
}
INLINE int any_negative(vi a) { return _mm_movemask_ps(_mm_castsi128_ps(a)) != 0; }
INLINE void vi_store(int32_t *p, vi a) { _mm_store_si128((__m128i *)p, a); }
INLINE vu uload(const uint64_t *p) { return _mm256_loadu_si256((const __m256i *)p); }
INLINE vu uadd(vu a, vu b) { return _mm256_add_epi64(a, b); }
INLINE vu uxor(vu a, vu b) { return _mm256_xor_si256(a, b); }
INLINE vu uand(vu a, vu b) { return _mm256_and_si256(a, b); }
INLINE vu uset(uint64_t x) { return _mm256_set1_epi64x((long long)x); }
#define ushl(a, k) _mm256_slli_epi64((a), (k))
#define urotl(a, k) _mm256_or_si256(_mm256_slli_epi64((a), (k)), _mm256_srli_epi64((a), 64 - (k)))
INLINE vd ubits_one_two(vu x) {
    return _mm256_castsi256_pd(_mm256_or_si256(_mm256_srli_epi64(x, 12), _mm256_set1_epi64x(0x3ff0000000000000LL)));
}
#endif

INLINE int many(vm m) { return mbits(m) != 0; }
INLINE vd vzero(void) { return vset(0); }
INLINE vd vlog(vd x) { return mv_log(x); }
INLINE vd vexp(vd x) { return mv_exp(x); }

/* log1p and expm1: Taylor polynomials where every lane has |x| <= 2^-9
 * (first omitted term below 2^-54 |x|), libmvec otherwise. */
INLINE vd log1p_small(vd x) {
    vd p = vfma(x, vset(1.0 / 7), vset(-1.0 / 6));
    p = vfma(x, p, vset(1.0 / 5));
    p = vfma(x, p, vset(-1.0 / 4));
    p = vfma(x, p, vset(1.0 / 3));
    p = vfma(x, p, vset(-1.0 / 2));
    return vfma(x * x, p, x);
}
INLINE vd expm1_small(vd x) {
    vd p = vfma(x, vset(1.0 / 720), vset(1.0 / 120));
    p = vfma(x, p, vset(1.0 / 24));
    p = vfma(x, p, vset(1.0 / 6));
    p = vfma(x, p, vset(1.0 / 2));
    return vfma(x * x, p, x);
}
#ifdef NO_FAST_PATH
#define FAST_PATH 0
INLINE vd vlog1p(vd x) { return mv_log1p(x); }
INLINE vd vexpm1(vd x) { return mv_expm1(x); }
#else
#define FAST_PATH 1
INLINE vd vlog1p(vd x) {
    if (__builtin_expect(!many(vlt(vset(0x1p-9), vabs(x))), 1)) return log1p_small(x);
    return mv_log1p(x);
}
INLINE vd vexpm1(vd x) {
    if (__builtin_expect(!many(vlt(vset(0x1p-9), vabs(x))), 1)) return expm1_small(x);
    return mv_expm1(x);
}
#endif

/* ---- RNG: xoshiro256++ per lane, seeded by splitmix64 ---------------------- */

typedef struct { vu s0, s1, s2, s3; } vrng;

static uint64_t splitmix64(uint64_t *x) {
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static vrng seeded(uint64_t seed, uint64_t first_run) {
    uint64_t words[4][W];
    for (int lane = 0; lane < W; lane++) {
        uint64_t x = seed * 0xd1342543de82ef95ULL + (first_run + lane) * 0x9e3779b97f4a7c15ULL + 1;
        for (int i = 0; i < 4; i++) words[i][lane] = splitmix64(&x);
    }
    vrng r = {uload(words[0]), uload(words[1]), uload(words[2]), uload(words[3])};
    return r;
}

INLINE vu next_u64(vrng *r) {
    vu result = uadd(urotl(uadd(r->s0, r->s3), 23), r->s0);
    vu t = ushl(r->s1, 17);
    r->s2 = uxor(r->s2, r->s0);
    r->s3 = uxor(r->s3, r->s1);
    r->s1 = uxor(r->s1, r->s2);
    r->s0 = uxor(r->s0, r->s3);
    r->s2 = uxor(r->s2, t);
    r->s3 = urotl(r->s3, 45);
    return result;
}

/* U[0,1) and U(0,1], 52 random bits each. */
INLINE vd uniform(vrng *r) { return ubits_one_two(next_u64(r)) - vset(1); }
INLINE vd uniform_open0(vrng *r) { return vset(2) - ubits_one_two(next_u64(r)); }

/* The geometric gap G = floor(ln u / ln(1 - p)), u ~ U(0,1], P(G >= g) =
 * (1 - p)^g: the inactive agents before the next active one. With
 * v = 1 - u ~ U[0,1) on the 2^-52 grid, G is a non-decreasing step
 * function of v, so it is constant on most of the 2^GAP_BITS intervals
 * of equal width; those hold G in a byte table, and only a lane whose
 * interval contains a step (or whose G exceeds 127: v near 1) needs the
 * logarithm (per lane about 0.6% of draws at p = 0.1, GAP_BITS = 14).
 * The map from u to G is the same as the logarithm's, so this is
 * exactly the geometric distribution, without a log per active agent. */
#ifndef GAP_BITS
#define GAP_BITS 14 /* 0: a logarithm for every gap (for measuring what the table buys) */
#endif
#if GAP_BITS > 0
static int8_t gap_table[(1 << GAP_BITS) + 4]; /* + 4: the 32-bit gather of the last byte */

static double gap_of(double v, double inv_log_inactive) { return floor(log(1 - v) * inv_log_inactive); }

static void make_gap_table(double inv_log_inactive) {
    const double width = 1.0 / (1 << GAP_BITS);
    for (int i = 0; i < 1 << GAP_BITS; i++) {
        const double lo = gap_of(i * width, inv_log_inactive);
        const double hi = gap_of((i + 1) * width - 0x1p-52, inv_log_inactive);
        gap_table[i] = lo == hi && lo >= 0 && lo <= 127 ? (int8_t)lo : -1;
    }
}

INLINE vd geometric_gap(vd v, vd inv_log_inactive) { /* v = 1 - u, in [0, 1) */
    const vi gap = gather_bytes(gap_table, vtrunc_i(v * vset(1 << GAP_BITS)));
    if (__builtin_expect(!any_negative(gap), 1)) return vfrom_i(gap);
    const vd slow = vfloor(vlog(vset(1) - v) * inv_log_inactive);
    const vd fast = vfrom_i(gap);
    return vsel(vlt(fast, vzero()), slow, fast);
}
#else
static void make_gap_table(double inv_log_inactive) { (void)inv_log_inactive; }

INLINE vd geometric_gap(vd v, vd inv_log_inactive) { return vfloor(vlog(vset(1) - v) * inv_log_inactive); }
#endif

/* An active agent's two draws: v = 1 - u for its geometric gap and the
 * noise trader's uniform. DRAW_BITS = 32 (the default) takes both from one
 * 64-bit output, its high and low 32 bits, as Catallax's walk takes two
 * agents' draws from one Philox block; 52 takes a whole output for each. */
#ifndef DRAW_BITS
#define DRAW_BITS 32
#endif
INLINE void agent_draws(vrng *r, vd inv_log_inactive, vd *gap, vd *noise_u) {
#if DRAW_BITS == 32
    const vu x = next_u64(r);
    *gap = geometric_gap(ubits_one_two(uand(x, uset(0xffffffff00000000ULL))) - vset(1), inv_log_inactive);
    *noise_u = ubits_one_two(ushl(x, 32)) - vset(1);
#else
    *gap = geometric_gap(ubits_one_two(next_u64(r)) - vset(1), inv_log_inactive);
    *noise_u = uniform(r);
#endif
}

/* ---- The model ----------------------------------------------------------- */

enum family { LINEAR, EXPONENTIAL, SIGMOID, POWER };
static const char *const family_names[] = {"linear", "exponential", "sigmoid", "power"};

/* The order loop's form per family: decide and execute fused in one loop
 * (1), or orders compacted per lane first and executed in a second loop
 * over GROUPS interleaved blocks of W runs (0). -DFUSED=0|1 forces one. */
#ifdef FUSED
#define FUSED_FOR(f) (FUSED)
#else
#define FUSED_FOR(f) ((f) == LINEAR || W == 8)
#endif
#ifndef GROUPS
#define GROUPS 2
#endif
#ifndef MOMENTUM_SKIP
#define MOMENTUM_SKIP 1 /* 0: walk the momentum traders even without a signal (for measuring the skip) */
#endif
#define GROUPS_FOR(f) (FUSED_FOR(f) ? 1 : GROUPS)
enum { MAX_GROUPS = GROUPS > 1 ? GROUPS : 1 };

/* The reference constants (N and T may be changed on the command line). */
typedef struct {
    int agents, steps, lag;
    double p_act, q_max, fee, theta_m, theta_f, kappa, sigma_v, b0, s_init, f_noise, f_mom;
    double lin_m, lin_b;         /* f = m S + b */
    double exp_a, exp_k;         /* f = a e^{kS} */
    double sig_K, sig_k, sig_s0; /* f = K / (1 + e^{-k(S - S0)}) */
    double pow_a, pow_n;         /* f = a S^n */
} model;

static model reference_model(void) {
    model m = {
        .agents = 1000, .steps = 1000, .lag = 10,
        .p_act = 0.1, .q_max = 0.1, .fee = 0.003, .theta_m = 0.01, .theta_f = 0.02, .kappa = 1,
        .sigma_v = 0.1, .b0 = 100, .s_init = 100000, .f_noise = 0.6, .f_mom = 0.2,
        .lin_m = 1e-5, .lin_b = 0,
        .exp_a = 0.36787944117144233 /* e^-1 */, .exp_k = 1e-5,
        .sig_K = 2, .sig_k = 2e-5, .sig_s0 = 100000,
        .pow_a = 1e-10, .pow_n = 2,
    };
    return m;
}

static double price_scalar(const model *m, enum family f, double s) {
    switch (f) {
    case LINEAR: return m->lin_m * s + m->lin_b;
    case EXPONENTIAL: return m->exp_a * exp(m->exp_k * s);
    case SIGMOID: return m->sig_K / (1 + exp(-m->sig_k * (s - m->sig_s0)));
    default: return m->pow_a * pow(s, m->pow_n);
    }
}

/* R(S) = integral of f from 0 to S, for the currency invariant. */
static double reserve_scalar(const model *m, enum family f, double s) {
    switch (f) {
    case LINEAR: return 0.5 * m->lin_m * s * s + m->lin_b * s;
    case EXPONENTIAL: return m->exp_a / m->exp_k * expm1(m->exp_k * s);
    case SIGMOID: {
        double x = m->sig_k * (s - m->sig_s0), x0 = -m->sig_k * m->sig_s0;
        double sp = x > 0 ? x + log1p(exp(-x)) : log1p(exp(x)), sp0 = x0 > 0 ? x0 + log1p(exp(-x0)) : log1p(exp(x0));
        return m->sig_K / m->sig_k * (sp - sp0);
    }
    default: return m->pow_a * pow(s, m->pow_n + 1) / (m->pow_n + 1);
    }
}

INLINE vd price(const model *m, enum family f, vd s) {
    switch (f) {
    case LINEAR: return vfma(vset(m->lin_m), s, vset(m->lin_b));
    case EXPONENTIAL: return vset(m->exp_a) * vexp(vset(m->exp_k) * s);
    case SIGMOID: return vset(m->sig_K) / (vset(1) + vexp(vset(-m->sig_k) * (s - vset(m->sig_s0))));
    default: return vset(m->pow_a) * vexp(vset(m->pow_n) * vlog(s));
    }
}

/* The market of W runs. `aux` is what a family carries besides the price:
 * K/P for the sigmoid, the reserve R for the power curve. */
typedef struct { vd supply, price, aux, treasury, volume; } market;

/* Sets the carried quantities from the supply (the start of a step). */
INLINE void market_reprice(const model *m, enum family f, market *mk) {
    mk->price = price(m, f, mk->supply);
    if (f == SIGMOID) mk->aux = vset(m->sig_K) / mk->price;
    if (f == POWER) mk->aux = mk->supply * mk->price / vset(m->pow_n + 1);
}

/* One order on every lane: amount > 0 deposits that much currency, < 0
 * burns that many tokens (at most the supply), 0 does nothing (exactly).
 * Moves the supply, the carried price, treasury and volume; returns the
 * change of the agent's balance and holdings. The burn is clamped to the
 * supply only when some lane needs it (never, in practice), which keeps
 * the supply out of the dependency chain of the transcendentals. */
INLINE void trade(const model *m, enum family f, vd amount, market *mk, vd *d_balance, vd *d_holdings) {
    const vd zero = vzero(), one = vset(1), keep = vset(1 - m->fee);
    const vd S = mk->supply, P = mk->price;
    const vm buy = vlt(zero, amount);
    const vd deposit = vmax(amount, zero);
    vd burn = vmax(-amount, zero);
    if (__builtin_expect(many(vlt(S, burn)), 0)) burn = vmin(burn, S);
    const vd d = keep * deposit; /* what reaches the reserve */
    vd minted, refund;
    switch (f) {
    case LINEAR: {
        const vd lm = vset(m->lin_m);
        minted = vsel(buy, (d + d) / (P + vsqrt(vfma(P, P, vset(2) * lm * d))), zero);
        refund = burn * vfma(vset(-0.5) * lm, burn, P);
        break;
    }
    case EXPONENTIAL: {
        const vd k = vset(m->exp_k), inv_k = vset(1 / m->exp_k);
        const vd kd = k * d;
        const vd E = vexpm1(-k * burn);
        minted = vlog1p(kd / P) * inv_k;
        refund = -P * E * inv_k;
        vd newP = vsel(buy, P + kd, vfma(P, E, P));
        const vm huge = vlt(E, vset(-0.5)); /* a burn so large that 1 + E lost digits */
        if (__builtin_expect(many(huge), 0)) newP = vsel(huge, price(m, f, S - burn), newP);
        mk->price = newP;
        break;
    }
    case SIGMOID: {
        const vd K = vset(m->sig_K), r = mk->aux; /* r = K/P = 1 + e^{-x} */
        const vd E = vexpm1(vsel(buy, vset(m->sig_k / m->sig_K) * d, vset(-m->sig_k) * burn));
        const vd g = E * vsel(buy, r, P * vset(1 / m->sig_K));
        const vd L = vlog1p(g);
        minted = vsel(buy, L * vset(1 / m->sig_k), zero);
        refund = vsel(buy, zero, vset(-m->sig_K / m->sig_k) * L);
        /* buy: P' = K(1+g)/(g+r); sell: P' = P(1+E)/(1+g); r' = K/P'. One division for both. */
        const vd num = vsel(buy, K * (one + g), vfma(P, E, P)), den = vsel(buy, g + r, one + g);
        const vd q = one / (num * den);
        vd newP = num * num * q, newR = K * den * den * q;
        const vm far = vlt(vmin(E, g), vset(-0.5)); /* a burn so large that P/K no longer fixes the position */
        if (__builtin_expect(many(far), 0)) {
            newP = vsel(far, price(m, f, S - burn), newP);
            newR = K / newP;
        }
        const vm idle = veq(amount, zero); /* a zero order keeps P and K/P to the bit */
        mk->price = vsel(idle, P, newP);
        mk->aux = vsel(idle, r, newR);
        break;
    }
    default: {
        const vd n1 = vset(m->pow_n + 1), R = mk->aux; /* R = S P/(n+1) */
        const vd L = vlog1p(vsel(buy, d, -burn) / vsel(buy, R, S));
        const vd E = vexpm1(vsel(buy, L * vset(1 / (m->pow_n + 1)), n1 * L));
        minted = vsel(buy, S * E, zero);
        refund = vsel(buy, zero, -R * E);
        mk->aux = vmax(R + d - refund, zero);
        break;
    }
    }
    mk->supply = vmax(S + minted - burn, zero);
    if (f == LINEAR) mk->price = price(m, f, mk->supply);
    mk->treasury = vfma(vset(m->fee), deposit + refund, mk->treasury);
    mk->volume = mk->volume + deposit + refund;
    *d_balance = vfma(keep, refund, -deposit);
    *d_holdings = minted - burn;
}

/* ---- One block of GROUPS * W runs -------------------------------------------- */

enum { BALANCE, HOLDINGS, INV_BELIEF, FIELDS = 4 }; /* agent record: [lane][agent][field] */

/* Where agent a of a lane starts in a group's records (N + 1 agents per lane). */
INLINE size_t record_at(int n, int a, int lane) { return ((size_t)lane * (n + 1) + a) * FIELDS; }

/* W runs in one register: their random state, market, agents and orders. */
typedef struct {
    vrng rng;
    market mk;
    double *rec;  /* (N + 1) * W * FIELDS; agent N is a dummy */
    double *path; /* (T + 1) * W */
    double *order_amount, *order_dh; /* [slot][lane], N + 1 slots: compacted orders (amount, then */
    int32_t *order_at;                /* balance change), holding change, record offset; fused: the changes */
    int count[W];                     /* orders this step, per lane */
    int most;                         /* the largest count */
} group;

typedef struct {
    group g[MAX_GROUPS];
    double *returns;          /* T * W */
    uint64_t *keys, *scratch; /* N each, the Gini's radix sort */
} workspace;

typedef struct { double volatility, max_drawdown, log_return, gini, currency_error, token_error; } outcome;

static void *alloc_aligned(size_t bytes) {
    void *p = NULL;
    if (posix_memalign(&p, 64, bytes ? bytes : 64)) abort();
    return p;
}

static workspace make_workspace(const model *m) {
    size_t n = (size_t)m->agents, t = (size_t)m->steps;
    workspace w;
    for (int i = 0; i < MAX_GROUPS; i++) {
        group *g = &w.g[i];
        g->rec = alloc_aligned((n + 1) * W * FIELDS * sizeof(double));
        g->path = alloc_aligned((t + 1) * W * sizeof(double));
        g->order_amount = alloc_aligned((n + 1) * W * sizeof(double));
        g->order_dh = alloc_aligned((n + 1) * W * sizeof(double));
        g->order_at = alloc_aligned((n + 1) * W * sizeof(int32_t));
    }
    w.returns = alloc_aligned(t * W * sizeof(double));
    w.keys = alloc_aligned(n * sizeof(uint64_t));
    w.scratch = alloc_aligned(n * sizeof(uint64_t));
    return w;
}

static void free_workspace(workspace *w) {
    for (int i = 0; i < MAX_GROUPS; i++) {
        group *g = &w->g[i];
        free(g->rec); free(g->path); free(g->order_amount); free(g->order_dh); free(g->order_at);
    }
    free(w->returns); free(w->keys); free(w->scratch);
}

/* Ascending sort of non-negative doubles given as their bit patterns: LSD
 * radix, 8-bit digits, passes with a single occupied bucket skipped. */
static void radix_sort(uint64_t *keys, uint64_t *scratch, int n) {
    uint32_t count[8][256];
    memset(count, 0, sizeof count);
    for (int i = 0; i < n; i++)
        for (int d = 0; d < 8; d++) count[d][(keys[i] >> (8 * d)) & 255]++;
    uint64_t *from = keys, *to = scratch;
    for (int d = 0; d < 8; d++) {
        if (count[d][(from[0] >> (8 * d)) & 255] == (uint32_t)n) continue;
        uint32_t start[256], sum = 0;
        for (int b = 0; b < 256; b++) { start[b] = sum; sum += count[d][b]; }
        for (int i = 0; i < n; i++) to[start[(from[i] >> (8 * d)) & 255]++] = from[i];
        uint64_t *t = from; from = to; to = t;
    }
    if (from != keys) memcpy(keys, from, (size_t)n * sizeof *keys);
}

/* What every step's decisions share. */
typedef struct {
    int noise_end, momentum_end;
    double inv_log_inactive;
} population;

/* Step 2 (and 3 when fused) for one group: walk the active agents of every
 * lane, decide, and either trade at once (fused) or append the real trades
 * to each lane's order list (compacted). */
INLINE void decide(const model *shared, enum family f, const population *pop, group *g, vd pt, vd mom_fraction,
                   int fused) {
    /* A private copy: no store of the loop can alias it, so its constants stay hoisted. */
    const model copy = *shared, *m = &copy;
    const int n = m->agents;
    const vd zero = vzero(), one = vset(1), lanes = vlanes();
    const vd q_max = vset(m->q_max), kappa = vset(m->kappa);
    const vd inv_log_inactive = vset(pop->inv_log_inactive); /* -inf for p_act = 0: nobody acts */
    const vd agents_v = vset(n), noise_end_v = vset(pop->noise_end);
    const vd fund_start = vset(pop->momentum_end - 0.5);
    /* Without a signal a lane's walk skips the momentum traders' index range. */
#if MOMENTUM_SKIP
    const vd skip = vsel(vne(mom_fraction, zero), zero, vset(pop->momentum_end - pop->noise_end));
#else
    const vd skip = zero;
#endif
    const vd walk_end = agents_v - skip;
    double *restrict rec = g->rec, *restrict oa = g->order_amount;
    int32_t *restrict oi = g->order_at;
    vrng rng = g->rng;
    market mk = g->mk;
    int count[W];
    for (int lane = 0; lane < W; lane++) count[lane] = 0;

    int iterations = 0;
    vd position = vset(-1); /* on the walk: the agents, less the skipped range */
    for (;;) {
        vd gap, noise_u;
        agent_draws(&rng, inv_log_inactive, &gap, &noise_u);
        position = position + one + gap;
        const vm active = vlt(position, walk_end);
        if (!many(active)) break;
        const vd agent = vsel(active, position + vsel(vlt(position, noise_end_v), zero, skip), agents_v);
        const vd at = vfma(lanes, vset(n + 1), agent) * vset(FIELDS);
        /* Signed fraction: > 0 buys, < 0 sells. Noise: x = 2u < 1 buys x q, else sells (x - 1) q. */
        const vd x = noise_u + noise_u;
        vd fraction = vsel(vlt(agent, noise_end_v), vsel(vlt(x, one), x, one - x) * q_max, mom_fraction);
        const vm fund = mand(active, vlt(fund_start, agent));
        if (many(fund)) {
            const vd gf = one - pt * vgather(rec + INV_BELIEF, at); /* (V - P)/V */
            const vd fund_fraction = vsel(vlt(vset(m->theta_f), gf), vmin(q_max, kappa * gf),
                                          vsel(vlt(gf, vset(-m->theta_f)), vmax(-q_max, kappa * gf), zero));
            fraction = vsel(fund, fund_fraction, fraction);
        }
        fraction = vsel(active, fraction, zero);
        /* A buy of fraction u is u B_i currency, a sell u H_i tokens (negative here). */
        const vd amount = fraction * vgather(rec, at + vsel(vlt(fraction, zero), one, zero));

        if (fused) {
            /* Trade now; the balance and holding changes are logged and
             * applied after the step (no store into the records this loop
             * gathers from). */
            vd db, dh;
            trade(m, f, amount, &mk, &db, &dh);
            vstore(oa + iterations * W, db);
            vstore(g->order_dh + iterations * W, dh);
            vi_store(oi + iterations * W, vtrunc_i(at));
            iterations++;
        } else {
            /* Append to each lane's list at the lane's own count (always
             * written, counted only if a real trade: no branch per lane). */
            double a_amount[W], a_at[W];
            vstore(a_amount, amount);
            vstore(a_at, at);
            const int real = mbits(vne(amount, zero));
            for (int lane = 0; lane < W; lane++) {
                const int slot = count[lane] * W + lane;
                oa[slot] = a_amount[lane];
                oi[slot] = (int32_t)a_at[lane];
                count[lane] += (real >> lane) & 1;
            }
        }
    }
    if (fused)
        for (int k = 0; k < iterations; k++)
            for (int lane = 0; lane < W; lane++) {
                const int slot = k * W + lane;
                double *r = rec + oi[slot];
                r[BALANCE] += oa[slot];
                r[HOLDINGS] += g->order_dh[slot];
            }
    g->rng = rng;
    g->mk = mk;
    int most = 0;
    for (int lane = 0; lane < W; lane++) {
        g->count[lane] = count[lane];
        most = count[lane] > most ? count[lane] : most;
    }
    g->most = most;
}

/* Step 3 for compacted orders: the k-th trade of every lane of every
 * group at once (the groups' dependency chains interleave); lanes past
 * their last trade get a zero order. Then the changes are applied. */
INLINE void execute(const model *shared, enum family f, group *groups, int ngroups) {
    const model copy = *shared, *m = &copy;
    int most = 0;
    for (int i = 0; i < ngroups; i++) most = groups[i].most > most ? groups[i].most : most;
    for (int i = 0; i < ngroups; i++)
        for (int lane = 0; lane < W; lane++)
            for (int k = groups[i].count[lane]; k < most; k++) groups[i].order_amount[k * W + lane] = 0;
    market mk[MAX_GROUPS];
    for (int i = 0; i < ngroups; i++) mk[i] = groups[i].mk;
    for (int k = 0; k < most; k++)
        for (int i = 0; i < ngroups; i++) {
            vd db, dh;
            double *oa = groups[i].order_amount + (size_t)k * W;
            trade(m, f, vload(oa), &mk[i], &db, &dh);
            vstore(oa, db);
            vstore(groups[i].order_dh + (size_t)k * W, dh);
        }
    for (int i = 0; i < ngroups; i++) {
        group *g = &groups[i];
        g->mk = mk[i];
        for (int lane = 0; lane < W; lane++)
            for (int k = 0, end = g->count[lane]; k < end; k++) {
                const int slot = k * W + lane;
                double *r = g->rec + g->order_at[slot];
                r[BALANCE] += g->order_amount[slot];
                r[HOLDINGS] += g->order_dh[slot];
            }
    }
}

/* Metrics and invariants of one group's W runs. */
static void finish_group(const model *m, enum family f, const group *g, workspace *w, outcome *out) {
    const int n = m->agents, steps = m->steps;
    const double *path = g->path, *rec = g->rec;
    const vd zero = vzero(), one = vset(1);
    vd sum = zero;
    for (int t = 0; t < steps; t++) {
        const vd r = vlog(vload(path + (size_t)(t + 1) * W) / vload(path + (size_t)t * W));
        vstore(w->returns + (size_t)t * W, r);
        sum = sum + r;
    }
    const vd mean = sum / vset(steps);
    vd ss = zero, peak = vload(path), drawdown = zero;
    for (int t = 0; t < steps; t++) {
        const vd d = vload(w->returns + (size_t)t * W) - mean;
        ss = vfma(d, d, ss);
    }
    for (int t = 0; t <= steps; t++) {
        const vd p = vload(path + (size_t)t * W);
        peak = vmax(peak, p);
        drawdown = vmax(drawdown, one - p / peak);
    }
    double vol[W], dd[W], lr[W], pT[W], supply[W], treasury[W];
    vstore(vol, vsqrt(ss / vset(steps - 1)));
    vstore(dd, drawdown);
    vstore(lr, vlog(vload(path + (size_t)steps * W) / vload(path)));
    vstore(pT, vload(path + (size_t)steps * W));
    vstore(supply, g->mk.supply);
    vstore(treasury, g->mk.treasury);
    const double start_currency = n * m->b0 + reserve_scalar(m, f, m->s_init);
    for (int lane = 0; lane < W; lane++) {
        double total = 0, balances = 0, holdings = 0;
        for (int i = 0; i < n; i++) {
            const double *a = rec + record_at(n, i, lane);
            balances += a[BALANCE];
            holdings += a[HOLDINGS];
            double wealth = a[BALANCE] + a[HOLDINGS] * pT[lane];
            wealth = wealth > 0 ? wealth : 0; /* -0 and a rounding below zero sort first */
            total += wealth;
            memcpy(&w->keys[i], &wealth, sizeof wealth);
        }
        radix_sort(w->keys, w->scratch, n);
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            double wealth;
            memcpy(&wealth, &w->keys[i], sizeof wealth);
            weighted += (2.0 * (i + 1) - n - 1) * wealth;
        }
        const double currency = balances + treasury[lane] + reserve_scalar(m, f, supply[lane]);
        out[lane] = (outcome){vol[lane], dd[lane], lr[lane], weighted / (n * total),
                              fabs(currency - start_currency) / start_currency,
                              fabs(holdings - supply[lane]) / m->s_init};
    }
}

INLINE void run_block(const model *m, enum family f, uint64_t seed, uint64_t first_run, workspace *w, outcome *out) {
    const int n = m->agents, steps = m->steps, lag = m->lag, ngroups = GROUPS_FOR(f), fused = FUSED_FOR(f);
    population pop;
    pop.noise_end = (int)floor(m->f_noise * n + 0.5);
    pop.momentum_end = pop.noise_end + (int)floor(m->f_mom * n + 0.5);
    pop.inv_log_inactive = 1 / log1p(-m->p_act);
    const double p0 = price_scalar(m, f, m->s_init);
    const vd zero = vzero();

    for (int i = 0; i < ngroups; i++) {
        group *g = &w->g[i];
        g->rng = seeded(seed, first_run + (uint64_t)i * W);
        g->mk = (market){vset(m->s_init), zero, zero, zero, zero};
        /* Start: balances, holdings, beliefs (Box-Muller, one normal per belief). */
        for (int a = 0; a <= n; a++)
            for (int lane = 0; lane < W; lane++) {
                double *r = g->rec + record_at(n, a, lane);
                r[BALANCE] = a < n ? m->b0 : 0;
                r[HOLDINGS] = a < n ? m->s_init / n : 0;
                r[INV_BELIEF] = 0;
                r[3] = 0;
            }
        for (int a = pop.momentum_end; a < n; a++) {
            double u1[W], u2[W];
            vstore(u1, uniform_open0(&g->rng));
            vstore(u2, uniform(&g->rng));
            for (int lane = 0; lane < W; lane++) {
                const double z = sqrt(-2 * log(u1[lane])) * cos(2 * M_PI * u2[lane]);
                g->rec[record_at(n, a, lane) + INV_BELIEF] = 1 / (p0 * exp(m->sigma_v * z));
            }
        }
    }

    for (int t = 0; t < steps; t++) {
        for (int i = 0; i < ngroups; i++) {
            group *g = &w->g[i];
            market_reprice(m, f, &g->mk); /* P_t = f(S); orders then carry it */
            const vd pt = g->mk.price;
            vstore(g->path + (size_t)t * W, pt);
            /* Momentum: all momentum traders of a lane trade the same signed fraction. */
            vd mom_fraction = zero;
            if (t >= lag) {
                const vd mom = vlog(pt / vload(g->path + (size_t)(t - lag) * W));
                const vd size = vmin(vset(m->q_max), vset(m->kappa) * vabs(mom));
                mom_fraction = vsel(vlt(vset(m->theta_m), mom), size, vsel(vlt(mom, vset(-m->theta_m)), -size, zero));
            }
            decide(m, f, &pop, g, pt, mom_fraction, fused);
        }
        if (!fused) execute(m, f, w->g, ngroups);
    }
    for (int i = 0; i < ngroups; i++) {
        group *g = &w->g[i];
        vstore(g->path + (size_t)steps * W, price(m, f, g->mk.supply));
        finish_group(m, f, g, w, out + i * W);
    }
}

/* One specialised copy of the block per family. */
#define RUN_FAMILY(F)                                                                                            \
    static __attribute__((noinline)) void run_##F(const model *m, uint64_t seed, uint64_t first, workspace *w,   \
                                                  outcome *out) {                                                \
        run_block(m, F, seed, first, w, out);                                                                    \
    }
RUN_FAMILY(LINEAR)
RUN_FAMILY(EXPONENTIAL)
RUN_FAMILY(SIGMOID)
RUN_FAMILY(POWER)

static void run_any(const model *m, enum family f, uint64_t seed, uint64_t first, workspace *w, outcome *out) {
    switch (f) {
    case LINEAR: run_LINEAR(m, seed, first, w, out); break;
    case EXPONENTIAL: run_EXPONENTIAL(m, seed, first, w, out); break;
    case SIGMOID: run_SIGMOID(m, seed, first, w, out); break;
    default: run_POWER(m, seed, first, w, out); break;
    }
}

/* ---- Command line ---------------------------------------------------------- */

static void summarize(const char *name, const double *x, long count, int last) {
    double mean = 0, ss = 0;
    for (long i = 0; i < count; i++) mean += x[i];
    mean /= count;
    for (long i = 0; i < count; i++) ss += (x[i] - mean) * (x[i] - mean);
    double sd = count > 1 ? sqrt(ss / (count - 1)) : 0;
    printf("    \"%s\": {\"count\": %ld, \"mean\": %.17g, \"sd\": %.17g}%s\n", name, count, mean, sd, last ? "" : ",");
}

int main(int argc, char **argv) {
    model m = reference_model();
    enum family f = LINEAR;
    long runs = 64;
    uint64_t seed = 1;
    int threads = omp_get_num_procs();
    for (int i = 1; i + 1 < argc; i += 2) {
        const char *key = argv[i], *value = argv[i + 1];
        if (!strcmp(key, "--curve")) {
            int found = 0;
            for (int k = 0; k < 4; k++)
                if (!strcmp(value, family_names[k])) { f = (enum family)k; found = 1; }
            if (!found) { fprintf(stderr, "unknown curve %s\n", value); return 2; }
        } else if (!strcmp(key, "--agents")) m.agents = atoi(value);
        else if (!strcmp(key, "--steps")) m.steps = atoi(value);
        else if (!strcmp(key, "--runs")) runs = atol(value);
        else if (!strcmp(key, "--seed")) seed = strtoull(value, NULL, 10);
        else if (!strcmp(key, "--threads")) threads = atoi(value);
        else { fprintf(stderr, "unknown option %s\n", key); return 2; }
    }
    if (m.agents < 1 || m.steps < 2 || runs < 1 || threads < 1) { fprintf(stderr, "bad sizes\n"); return 2; }

    const int block = GROUPS_FOR(f) * W; /* runs per block */
    const long blocks = (runs + block - 1) / block;
    outcome *results = malloc((size_t)blocks * block * sizeof *results);
    struct timespec start, end;
    make_gap_table(1 / log1p(-m.p_act));
    clock_gettime(CLOCK_MONOTONIC, &start);
#pragma omp parallel num_threads(threads)
    {
        workspace w = make_workspace(&m);
#pragma omp for schedule(dynamic, 1)
        for (long b = 0; b < blocks; b++) run_any(&m, f, seed, (uint64_t)(b * block), &w, results + b * block);
        free_workspace(&w);
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (double)(end.tv_sec - start.tv_sec) + 1e-9 * (double)(end.tv_nsec - start.tv_nsec);
    double agent_steps = (double)m.agents * m.steps * runs;

    double currency_error = 0, token_error = 0;
    for (long r = 0; r < runs; r++) {
        currency_error = fmax(currency_error, results[r].currency_error);
        token_error = fmax(token_error, results[r].token_error);
    }
    double *column = malloc((size_t)runs * sizeof *column);
    printf("{\n  \"implementation\": \"c-%s\", \"lanes\": %d, \"groups\": %d, \"fused\": %s, "
           "\"fast_path\": %s, \"curve\": \"%s\", \"agents\": %d, \"steps\": %d, \"runs\": %ld, \"threads\": %d,\n"
           "  \"seconds\": %.6f, \"agent_steps\": %.0f, \"agent_steps_per_second\": %.6g,\n"
           "  \"invariants\": {\"currency_relative_error_max\": %.3g, \"token_relative_error_max\": %.3g},\n"
           "  \"summary\": {\n",
           ISA, W, GROUPS_FOR(f), FUSED_FOR(f) ? "true" : "false", FAST_PATH ? "true" : "false", family_names[f],
           m.agents, m.steps, runs, threads, seconds, agent_steps, agent_steps / seconds, currency_error, token_error);
    for (long r = 0; r < runs; r++) column[r] = results[r].volatility;
    summarize("volatility", column, runs, 0);
    for (long r = 0; r < runs; r++) column[r] = results[r].max_drawdown;
    summarize("max_drawdown", column, runs, 0);
    for (long r = 0; r < runs; r++) column[r] = results[r].log_return;
    summarize("log_return", column, runs, 0);
    for (long r = 0; r < runs; r++) column[r] = results[r].gini;
    summarize("gini", column, runs, 1);
    printf("  }\n}\n");
    free(column);
    free(results);
    return 0;
}
