"""curve-volatility in Numba: `@njit` compiled scalar loops, `prange` over
replicates.

What was done to make it fast (the form a Numba user who cares writes):
- The whole run, metrics included, is one `@njit` function over flat float64
  arrays: no Python objects, no per-step allocation; `run_all` is
  `@njit(parallel=True)` and `prange`s over replicates, so Numba's thread pool
  spreads whole runs over the cores (`numba.set_num_threads` picks 1 or all).
- Only active agents are visited: the gap to the next active agent is
  geometric, floor(ln u / ln(1 - p_act)), which gives the active set exactly
  the distribution of independent Bernoulli(p_act) draws, with one log per
  active agent instead of one draw per agent.
- Random numbers: `np.random` inside `@njit` (Numba's own Mersenne Twister,
  one state per thread), reseeded per replicate so a run depends only on
  (seed, replicate).
- Curves in closed form with log1p/expm1; only the side that trades is
  evaluated, and the price after each order is carried algebraically
  (no transcendental call to recompute f(S) per order), as in the C version.
- `cache=True` keeps the compiled code between invocations; compilation is
  done by a tiny warm-up run before the clock starts. `fastmath` is left off:
  it gained nothing measurable here (the time is in log/log1p/expm1 calls)
  and would allow reassociation in the stable formulas.
"""

import math
import time

import numba
import numpy as np
from numba import njit, prange

from common import METRICS, params_for, parse_args, report, type_counts

LINEAR, EXPONENTIAL, SIGMOID, POWER = 0, 1, 2, 3
FAMILY_CODES = {"linear": LINEAR, "exponential": EXPONENTIAL, "sigmoid": SIGMOID, "power": POWER}


@njit(cache=True)
def price(family, c, s):
    if family == LINEAR:
        return c[0] * s + c[1]
    elif family == EXPONENTIAL:
        return c[0] * math.exp(c[1] * s)
    elif family == SIGMOID:
        return c[0] / (1.0 + math.exp(-c[1] * (s - c[2])))
    else:
        return c[0] * s ** c[1]


@njit(cache=True)
def mint(family, c, d, s, p):
    """Tokens minted for deposit d > 0 at supply s and price p = f(s), and f(s + minted)."""
    if family == LINEAR:
        m = 2.0 * d / (p + math.sqrt(p * p + 2.0 * c[0] * d))
        return m, c[0] * (s + m) + c[1]
    elif family == EXPONENTIAL:
        k = c[1]
        return math.log1p(k * d / p) / k, p + k * d
    elif family == SIGMOID:
        inv = c[0] / p
        g = math.expm1(c[1] * d / c[0]) * inv
        return math.log1p(g) / c[1], c[0] * (1.0 + g) / (g + inv)
    else:
        n1 = c[1] + 1.0
        r = s * p / n1
        m = s * math.expm1(math.log1p(d / r) / n1)
        return m, n1 * (r + d) / (s + m)


@njit(cache=True)
def burn(family, c, q, s, p):
    """Refund for burning 0 < q <= s tokens at supply s and price p = f(s), and f(s - q)."""
    if family == LINEAR:
        return q * (p - 0.5 * c[0] * q), c[0] * (s - q) + c[1]
    elif family == EXPONENTIAL:
        e = math.expm1(-c[1] * q)
        return -p * e / c[1], p + p * e
    elif family == SIGMOID:
        e = math.expm1(-c[1] * q)
        u = p / c[0] * e
        return -(c[0] / c[1]) * math.log1p(u), (p + p * e) / (1.0 + u)
    else:
        n1 = c[1] + 1.0
        r = s * p / n1
        if q >= s:
            return r, (c[0] if c[1] == 0.0 else 0.0)
        refund = -r * math.expm1(n1 * math.log1p(-q / s))
        return refund, n1 * (r - refund) / (s - q)


@njit(cache=True)
def run_one(family, c, k, seed, run, out):
    """One run; `k` holds the scalar constants, `out` receives the four metrics."""
    n, steps, lag = int(k[0]), int(k[1]), int(k[2])
    p_act, q_max, fee, theta_m, theta_f = k[3], k[4], k[5], k[6], k[7]
    kappa, sigma_v, b0, s_init = k[8], k[9], k[10], k[11]
    noise_end, momentum_end = int(k[12]), int(k[13])
    np.random.seed(seed * 1000003 + run)
    keep = 1.0 - fee
    inv_log_inactive = 1.0 / math.log1p(-p_act) if p_act > 0 else -np.inf

    B = np.full(n, b0)
    H = np.full(n, s_init / n)
    V = np.empty(n)
    path = np.empty(steps + 1)
    v0 = price(family, c, s_init)
    for i in range(momentum_end, n):
        V[i] = v0 * math.exp(sigma_v * np.random.standard_normal())
    supply = s_init

    for t in range(steps):
        pt = price(family, c, supply)
        path[t] = pt
        mom = math.log(pt / path[t - lag]) if t >= lag else 0.0
        mom_buy = min(q_max, kappa * mom) if mom > theta_m else 0.0
        mom_sell = min(q_max, -kappa * mom) if mom < -theta_m else 0.0
        p = pt
        i = -1
        while True:
            i += 1 + int(math.floor(math.log(1.0 - np.random.random()) * inv_log_inactive))
            if i >= n:
                break
            buy = 0.0
            sell = 0.0
            if i < noise_end:
                x = 2.0 * np.random.random()
                if x < 1.0:
                    buy = x * q_max
                else:
                    sell = (x - 1.0) * q_max
            elif i < momentum_end:
                buy = mom_buy
                sell = mom_sell
            else:
                g = (V[i] - pt) / V[i]
                if g > theta_f:
                    buy = min(q_max, kappa * g)
                elif g < -theta_f:
                    sell = min(q_max, -kappa * g)
            if buy > 0.0:
                d = buy * B[i]
                minted, p = mint(family, c, keep * d, supply, p)
                B[i] -= d
                H[i] += minted
                supply += minted
            elif sell > 0.0:
                q = min(sell * H[i], supply)
                if q > 0.0:
                    refund, p = burn(family, c, q, supply, p)
                    B[i] += keep * refund
                    H[i] -= q
                    supply -= q
    path[steps] = price(family, c, supply)

    returns = np.log(path[1:] / path[:-1])
    out[0] = returns.std() * math.sqrt(steps / (steps - 1.0))
    peak = path[0]
    dd = 0.0
    for t in range(steps + 1):
        peak = max(peak, path[t])
        dd = max(dd, 1.0 - path[t] / peak)
    out[1] = dd
    out[2] = math.log(path[steps] / path[0])
    w = np.sort(B + H * path[steps])
    ranks = 2.0 * np.arange(1, n + 1) - n - 1.0
    out[3] = (ranks * w).sum() / (n * w.sum())


@njit(parallel=True, cache=True)
def run_all(family, c, k, seed, runs):
    out = np.empty((runs, 4))
    for r in prange(runs):
        run_one(family, c, k, seed, r, out[r])
    return out


def constants(p):
    noise_end, momentum_end = type_counts(p["agents"], p["f_noise"], p["f_mom"])
    return np.array([
        p["agents"], p["steps"], p["lag"], p["p_act"], p["q_max"], p["fee"], p["theta_m"], p["theta_f"],
        p["kappa"], p["sigma_v"], p["b0"], p["s_init"], noise_end, momentum_end,
    ], dtype=np.float64)


def curve_array(p):
    if p["curve"] == "linear":
        return np.array([p["m"], p["b"], 0.0])
    if p["curve"] == "exponential":
        return np.array([p["a"], p["k"], 0.0])
    if p["curve"] == "sigmoid":
        return np.array([p["K"], p["k"], p["s0"]])
    return np.array([p["a"], p["n"], 0.0])


def main():
    args = parse_args(__doc__.splitlines()[0])
    numba.set_num_threads(min(args.threads, numba.config.NUMBA_NUM_THREADS))
    p = params_for(args)
    family, c, k = FAMILY_CODES[args.curve], curve_array(p), constants(p)
    warm = k.copy()
    warm[0], warm[1] = 10, 20
    run_all(family, c, warm, args.seed, 2)  # compile (or load from cache) before the clock starts
    seconds = []
    for _ in range(args.repeats):
        start = time.perf_counter()
        out = run_all(family, c, k, args.seed, args.runs)
        seconds.append(time.perf_counter() - start)
    report("numba", args, seconds, {m: out[:, j] for j, m in enumerate(METRICS)})


if __name__ == "__main__":
    main()
