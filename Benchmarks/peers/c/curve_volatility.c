/*
 * curve-volatility in C: the machine's practical ceiling for the reference
 * scenario (shared/REFERENCE-SCENARIO.md), written the way a skilled C
 * programmer would write it in a day.
 *
 * Build (Benchmarks/peers/compare does this):
 *     gcc -O3 -march=native -fopenmp -o curve_volatility curve_volatility.c -lm
 * Run:
 *     curve_volatility --curve sigmoid --agents 1000 --steps 1000 \
 *                      --runs 256 --seed 1 --threads 2
 * Prints one JSON object: wall seconds of the simulation (runs and their
 * metrics; not start-up), agent-steps per second (N*T*runs/seconds) and,
 * per metric, count, mean and sample standard deviation over the runs.
 *
 * What was done to make it fast (and nothing beyond that):
 *  - One run is a plain scalar loop over contiguous double arrays (balances,
 *    holdings, beliefs, price path); replicates are independent, so OpenMP
 *    spreads them over cores (`omp parallel for schedule(dynamic)`), each
 *    thread reusing its own buffers. No locks, no shared writes but the
 *    per-run result slots.
 *  - The step loop is specialised per curve family at compile time: one
 *    always-inline run function, instantiated four times with a constant
 *    family, so the curve's switch folds away.
 *  - Only active agents are visited: the gap to the next active agent is
 *    geometric, floor(ln u / ln(1 - p_act)) with u ~ U(0,1], which gives the
 *    active set exactly the distribution of independent Bernoulli(p_act)
 *    draws per agent, with one log per active agent instead of one draw per
 *    agent. Inactive agents cost nothing.
 *  - RNG: xoshiro256** per run (seeded by splitmix64 from seed and run
 *    index), 53-bit doubles. Small state, no tables, ~1 ns a draw.
 *  - Curves in closed form, numerically stable (log1p/expm1), only the side
 *    that trades is evaluated (a buy mints, a sell burns; never both), and
 *    the price after each order is carried algebraically so no order
 *    recomputes f(S) with a transcendental call:
 *        linear       mint d: D = 2d/(P + sqrt(P^2 + 2md))     burn q: q(P - mq/2)
 *        exponential  mint d: D = log1p(kd/P)/k, P' = P + kd   burn q: -P expm1(-kq)/k
 *        sigmoid      mint d: g = expm1(kd/K) K/P, D = log1p(g)/k, P' = K(1+g)/(g + K/P)
 *                     burn q: E = expm1(-kq), refund = -(K/k) log1p(P E/K),
 *                             P' = P(1+E)/(1 + P E/K)
 *        power        R = S P/(n+1); mint d: D = S expm1(log1p(d/R)/(n+1))
 *                     burn q: refund = -R expm1((n+1) log1p(-q/S));
 *                     P' = (n+1) R'/S' after either
 *    P_t itself is recomputed from S at the start of every step.
 *  - Metrics are computed once per run from the stored price path (T+1
 *    doubles): two-pass sample standard deviation of the log returns,
 *    running peak for the drawdown, qsort of final wealth for the Gini.
 *  - min(a, b) as a compare (`min2`): gcc calls libm's fmin for fmin(),
 *    for its NaN rules, and no NaN reaches these.
 *  - Compiled with -O3 -march=native and glibc's libm (its FMA variants). No
 *    -ffast-math: it would not vectorise this sequential loop and it may
 *    change log1p/expm1 results; no hand SIMD across replicates (that is
 *    what Catallax does, and what a day of C would not).
 */
#include <math.h>
#include <omp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum family { LINEAR, EXPONENTIAL, SIGMOID, POWER };
static const char *const family_names[] = {"linear", "exponential", "sigmoid", "power"};

/* The reference constants (N and T may be changed on the command line). */
typedef struct {
    int agents, steps, lag;
    double p_act, q_max, fee, theta_m, theta_f, kappa, sigma_v, b0, s_init, f_noise, f_mom;
    /* curve parameters */
    double lin_m, lin_b;            /* f = m S + b */
    double exp_a, exp_k;            /* f = a e^{kS} */
    double sig_K, sig_k, sig_s0;    /* f = K / (1 + e^{-k(S - S0)}) */
    double pow_a, pow_n;            /* f = a S^n */
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

/* ---- RNG: xoshiro256** seeded by splitmix64 --------------------------- */

typedef struct { uint64_t s[4]; } rng;

static inline uint64_t splitmix64(uint64_t *x) {
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static inline uint64_t next_u64(rng *r) {
    uint64_t *s = r->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

/* U[0,1) and U(0,1] with 53 random bits. */
/* min without fmin's NaN rules (no NaN reaches it); gcc would call libm's fmin otherwise. */
static inline double min2(double a, double b) { return a < b ? a : b; }

static inline double uniform(rng *r) { return (double)(next_u64(r) >> 11) * 0x1p-53; }
static inline double uniform_open0(rng *r) { return (double)((next_u64(r) >> 11) + 1) * 0x1p-53; }

static rng seeded(uint64_t seed, uint64_t run) {
    uint64_t x = seed * 0xd1342543de82ef95ULL + run * 0x9e3779b97f4a7c15ULL + 1;
    rng r;
    for (int i = 0; i < 4; i++) r.s[i] = splitmix64(&x);
    return r;
}

/* ---- Curves ---------------------------------------------------------- */

static inline double price(const model *m, enum family f, double s) {
    switch (f) {
    case LINEAR: return m->lin_m * s + m->lin_b;
    case EXPONENTIAL: return m->exp_a * exp(m->exp_k * s);
    case SIGMOID: return m->sig_K / (1 + exp(-m->sig_k * (s - m->sig_s0)));
    default: return m->pow_a * pow(s, m->pow_n);
    }
}

/* Tokens minted for a deposit d > 0 at supply s, price *p = f(s); sets *p = f(s + minted). */
static inline double mint(const model *m, enum family f, double d, double s, double *p) {
    double P = *p;
    switch (f) {
    case LINEAR: {
        double minted = 2 * d / (P + sqrt(P * P + 2 * m->lin_m * d));
        *p = m->lin_m * (s + minted) + m->lin_b;
        return minted;
    }
    case EXPONENTIAL: {
        double k = m->exp_k;
        *p = P + k * d;
        return log1p(k * d / P) / k;
    }
    case SIGMOID: {
        double inv = m->sig_K / P; /* 1/sigma = 1 + e^{-x} */
        double g = expm1(m->sig_k * d / m->sig_K) * inv;
        *p = m->sig_K * (1 + g) / (g + inv);
        return log1p(g) / m->sig_k;
    }
    default: {
        double n1 = m->pow_n + 1;
        double r = s * P / n1;
        double minted = s * expm1(log1p(d / r) / n1);
        *p = n1 * (r + d) / (s + minted);
        return minted;
    }
    }
}

/* Refund for burning 0 < q <= s tokens at supply s, price *p = f(s); sets *p = f(s - q). */
static inline double burn(const model *m, enum family f, double q, double s, double *p) {
    double P = *p;
    switch (f) {
    case LINEAR:
        *p = m->lin_m * (s - q) + m->lin_b;
        return q * (P - 0.5 * m->lin_m * q);
    case EXPONENTIAL: {
        double e = expm1(-m->exp_k * q);
        *p = P + P * e;
        return -P * e / m->exp_k;
    }
    case SIGMOID: {
        double e = expm1(-m->sig_k * q);
        double u = P / m->sig_K * e;
        *p = (P + P * e) / (1 + u);
        return -(m->sig_K / m->sig_k) * log1p(u);
    }
    default: {
        double n1 = m->pow_n + 1;
        double r = s * P / n1;
        if (q >= s) {
            *p = m->pow_n == 0 ? m->pow_a : 0;
            return r;
        }
        double refund = -r * expm1(n1 * log1p(-q / s));
        *p = n1 * (r - refund) / (s - q);
        return refund;
    }
    }
}

/* ---- One run ---------------------------------------------------------- */

typedef struct {
    double *balance, *holdings, *belief, *path, *wealth;
} workspace;

typedef struct { double volatility, max_drawdown, log_return, gini, volume, fees; } outcome;

static int compare_doubles(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static inline __attribute__((always_inline)) outcome run_one(const model *m, enum family f, uint64_t seed,
                                                              uint64_t run, workspace *w) {
    const int n = m->agents, steps = m->steps, lag = m->lag;
    const int noise_end = (int)floor(m->f_noise * n + 0.5);
    const int momentum_end = noise_end + (int)floor(m->f_mom * n + 0.5);
    const double keep = 1 - m->fee, q_max = m->q_max, kappa = m->kappa;
    const double inv_log_inactive = 1 / log1p(-m->p_act); /* -inf for p_act = 0: nobody acts */
    double *restrict B = w->balance, *restrict H = w->holdings, *restrict V = w->belief, *restrict path = w->path;
    rng r = seeded(seed, run);

    double supply = m->s_init, treasury = 0, volume = 0;
    for (int i = 0; i < n; i++) {
        B[i] = m->b0;
        H[i] = m->s_init / n;
    }
    const double v0 = price(m, f, m->s_init);
    for (int i = momentum_end; i < n; i++) { /* Box-Muller, one normal per belief */
        double z = sqrt(-2 * log(uniform_open0(&r))) * cos(2 * M_PI * uniform(&r));
        V[i] = v0 * exp(m->sigma_v * z);
    }

    for (int t = 0; t < steps; t++) {
        const double pt = price(m, f, supply);
        path[t] = pt;
        const double mom = t >= lag ? log(pt / path[t - lag]) : 0;
        const double mom_buy = mom > m->theta_m ? min2(q_max, kappa * mom) : 0;
        const double mom_sell = mom < -m->theta_m ? min2(q_max, -kappa * mom) : 0;
        double p = pt; /* the price as orders move it; decisions read pt */
        for (long i = -1;;) {
            i += 1 + (long)floor(log(uniform_open0(&r)) * inv_log_inactive);
            if (i >= n) break;
            double buy = 0, sell = 0;
            if (i < noise_end) {
                double x = 2 * uniform(&r);
                if (x < 1) buy = x * q_max; else sell = (x - 1) * q_max;
            } else if (i < momentum_end) {
                buy = mom_buy;
                sell = mom_sell;
            } else {
                double g = (V[i] - pt) / V[i];
                if (g > m->theta_f) buy = min2(q_max, kappa * g);
                else if (g < -m->theta_f) sell = min2(q_max, -kappa * g);
            }
            if (buy > 0) {
                double d = buy * B[i];
                double minted = mint(m, f, keep * d, supply, &p);
                B[i] -= d;
                H[i] += minted;
                supply += minted;
                treasury += m->fee * d;
                volume += d;
            } else if (sell > 0) {
                double q = min2(sell * H[i], supply);
                if (q > 0) {
                    double refund = burn(m, f, q, supply, &p);
                    B[i] += keep * refund;
                    H[i] -= q;
                    supply -= q;
                    treasury += m->fee * refund;
                    volume += refund;
                }
            }
        }
    }
    path[steps] = price(m, f, supply);

    /* Metrics. */
    outcome o = {.volume = volume, .fees = treasury};
    double sum = 0;
    for (int t = 0; t < steps; t++) sum += log(path[t + 1] / path[t]);
    double mean = sum / steps, ss = 0;
    for (int t = 0; t < steps; t++) {
        double d = log(path[t + 1] / path[t]) - mean;
        ss += d * d;
    }
    o.volatility = sqrt(ss / (steps - 1));
    double peak = path[0], dd = 0;
    for (int t = 0; t <= steps; t++) {
        if (path[t] > peak) peak = path[t];
        double drop = 1 - path[t] / peak;
        if (drop > dd) dd = drop;
    }
    o.max_drawdown = dd;
    o.log_return = log(path[steps] / path[0]);
    const double pT = path[steps];
    double total = 0;
    for (int i = 0; i < n; i++) total += (w->wealth[i] = B[i] + H[i] * pT);
    qsort(w->wealth, n, sizeof(double), compare_doubles);
    double weighted = 0;
    for (int i = 0; i < n; i++) weighted += (2.0 * (i + 1) - n - 1) * w->wealth[i];
    o.gini = weighted / (n * total);
    return o;
}

/* One specialised copy of the run per family. */
#define RUN_FAMILY(F) \
    static __attribute__((noinline)) outcome run_##F(const model *m, uint64_t seed, uint64_t run, workspace *w) { \
        return run_one(m, F, seed, run, w); \
    }
RUN_FAMILY(LINEAR)
RUN_FAMILY(EXPONENTIAL)
RUN_FAMILY(SIGMOID)
RUN_FAMILY(POWER)

static outcome run_any(const model *m, enum family f, uint64_t seed, uint64_t run, workspace *w) {
    switch (f) {
    case LINEAR: return run_LINEAR(m, seed, run, w);
    case EXPONENTIAL: return run_EXPONENTIAL(m, seed, run, w);
    case SIGMOID: return run_SIGMOID(m, seed, run, w);
    default: return run_POWER(m, seed, run, w);
    }
}

/* ---- Command line ------------------------------------------------------ */

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

    double *vol = malloc(runs * sizeof *vol), *mdd = malloc(runs * sizeof *mdd), *lr = malloc(runs * sizeof *lr),
           *gini = malloc(runs * sizeof *gini);
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
#pragma omp parallel num_threads(threads)
    {
        workspace w;
        size_t n = (size_t)m.agents;
        w.balance = malloc(n * sizeof(double));
        w.holdings = malloc(n * sizeof(double));
        w.belief = malloc(n * sizeof(double));
        w.wealth = malloc(n * sizeof(double));
        w.path = malloc(((size_t)m.steps + 1) * sizeof(double));
#pragma omp for schedule(dynamic, 1)
        for (long run = 0; run < runs; run++) {
            outcome o = run_any(&m, f, seed, (uint64_t)run, &w);
            vol[run] = o.volatility;
            mdd[run] = o.max_drawdown;
            lr[run] = o.log_return;
            gini[run] = o.gini;
        }
        free(w.balance); free(w.holdings); free(w.belief); free(w.wealth); free(w.path);
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (double)(end.tv_sec - start.tv_sec) + 1e-9 * (double)(end.tv_nsec - start.tv_nsec);
    double agent_steps = (double)m.agents * m.steps * runs;
    printf("{\n  \"implementation\": \"c\", \"curve\": \"%s\", \"agents\": %d, \"steps\": %d, \"runs\": %ld, "
           "\"threads\": %d,\n  \"seconds\": %.6f, \"agent_steps\": %.0f, \"agent_steps_per_second\": %.6g,\n"
           "  \"summary\": {\n",
           family_names[f], m.agents, m.steps, runs, threads, seconds, agent_steps, agent_steps / seconds);
    summarize("volatility", vol, runs, 0);
    summarize("max_drawdown", mdd, runs, 0);
    summarize("log_return", lr, runs, 0);
    summarize("gini", gini, runs, 1);
    printf("  }\n}\n");
    free(vol); free(mdd); free(lr); free(gini);
    return 0;
}
