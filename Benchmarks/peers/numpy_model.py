"""curve-volatility in plain NumPy, vectorized across replicates.

Orders execute one by one within a run (each moves the supply the next one
trades against), so a run cannot be vectorized over its agents; replicates
are independent, so every array operation here works on all R replicates at
once, and Python loops only over steps and over "the k-th active agent of
every replicate".

What was done to make it fast (the form a NumPy user who cares writes):
- State is flat float64 arrays laid out [agent][replicate]; the k-th active
  agent of every replicate is gathered and scattered with one fancy index
  (`agent * R + lane`), so one Python iteration serves R orders.
- Only active agents are visited: the gap to the next active agent is
  geometric, floor(ln u / ln(1 - p_act)), which gives the active set exactly
  the distribution of independent Bernoulli(p_act) draws; a step costs about
  p_act*N (plus the spread of the maximum over replicates) iterations, not N.
- Branches become masks (`np.where`): buy and sell formulas run on every
  replicate, a zero order being an exact no-op; closed-form curves with
  log1p/expm1 and the price after each order carried algebraically.
- Batches of 512 replicates per process (measured: large enough that the
  per-call overhead of NumPy is amortized, small enough that the state stays
  in cache); all cores by a `multiprocessing` pool, one process per core,
  each running its share of the batches (NumPy itself is single-threaded for
  these element-wise operations).
- Random numbers from `np.random.Generator` (PCG64), seeded per batch from
  (seed, first replicate); metrics computed vectorized over replicates.
"""

import math
import multiprocessing
import time

import numpy as np

from common import METRICS, params_for, parse_args, report, type_counts

BATCH = 512


def price(p, s):
    c = p["curve"]
    if c == "linear":
        return p["m"] * s + p["b"]
    if c == "exponential":
        return p["a"] * np.exp(p["k"] * s)
    if c == "sigmoid":
        return p["K"] / (1.0 + np.exp(-p["k"] * (s - p["s0"])))
    return p["a"] * s ** p["n"]


def mint(p, d, s, pr):
    """Tokens minted for deposits d >= 0 at supply s and price pr = f(s), and f(s + minted)."""
    c = p["curve"]
    if c == "linear":
        m = 2.0 * d / (pr + np.sqrt(pr * pr + 2.0 * p["m"] * d))
        return m, p["m"] * (s + m) + p["b"]
    if c == "exponential":
        k = p["k"]
        return np.log1p(k * d / pr) / k, pr + k * d
    if c == "sigmoid":
        K, k = p["K"], p["k"]
        inv = K / pr
        g = np.expm1(k * d / K) * inv
        return np.log1p(g) / k, K * (1.0 + g) / (g + inv)
    n1 = p["n"] + 1.0
    r = s * pr / n1
    m = s * np.expm1(np.log1p(d / r) / n1)
    return m, np.where(d > 0, n1 * (r + d) / (s + m), pr)


def burn(p, q, s, pr):
    """Refunds for burning 0 <= q < s tokens at supply s and price pr = f(s), and f(s - q)."""
    c = p["curve"]
    if c == "linear":
        return q * (pr - 0.5 * p["m"] * q), p["m"] * (s - q) + p["b"]
    if c == "exponential":
        e = np.expm1(-p["k"] * q)
        return -pr * e / p["k"], pr + pr * e
    if c == "sigmoid":
        K, k = p["K"], p["k"]
        e = np.expm1(-k * q)
        u = pr / K * e
        return -(K / k) * np.log1p(u), (pr + pr * e) / (1.0 + u)
    n1 = p["n"] + 1.0
    r = s * pr / n1
    refund = -r * np.expm1(n1 * np.log1p(-q / s))
    return refund, np.where(q > 0, n1 * (r - refund) / (s - q), pr)


def run_batch(p, seed, first, runs):
    """`runs` replicates in lockstep; returns their metrics, shape (4, runs)."""
    rng = np.random.default_rng([seed, first])
    n, steps, lag, R = p["agents"], p["steps"], p["lag"], runs
    noise_end, momentum_end = type_counts(n, p["f_noise"], p["f_mom"])
    q_max, kappa, fee, theta_m, theta_f = p["q_max"], p["kappa"], p["fee"], p["theta_m"], p["theta_f"]
    keep = 1.0 - fee
    inv_log_inactive = 1.0 / math.log1p(-p["p_act"])
    lanes = np.arange(R)

    B = np.full(n * R, p["b0"])
    H = np.full(n * R, p["s_init"] / n)
    V = np.ones(n * R)
    v0 = price(p, p["s_init"])
    nf = n - momentum_end
    V[momentum_end * R:] = v0 * np.exp(p["sigma_v"] * rng.standard_normal(nf * R))
    S = np.full(R, p["s_init"])
    path = np.empty((steps + 1, R))

    is_noise_row = np.arange(n) < noise_end
    for t in range(steps):
        pt = price(p, S)
        path[t] = pt
        # Momentum traders' signed order fraction (buy > 0, sell < 0) this step.
        if t >= lag:
            mom = np.log(pt / path[t - lag])
            mom_order = np.where(np.abs(mom) > theta_m, np.clip(kappa * mom, -q_max, q_max), 0.0)
        else:
            mom_order = np.zeros(R)
        pr = pt.copy()
        agent = np.full(R, -1, dtype=np.int64)
        while True:
            u = rng.random((2, R))
            agent += 1 + np.floor(np.log1p(-u[0]) * inv_log_inactive).astype(np.int64)
            active = agent < n
            if not active.any():
                break
            row = np.minimum(agent, n - 1)
            idx = row * R + lanes
            b, h, v = B[idx], H[idx], V[idx]
            # Signed order fraction: noise x = 2u buys x*q_max if x < 1, else sells (x-1)*q_max.
            x = 2.0 * u[1]
            noise_order = np.where(x < 1.0, x, 1.0 - x) * q_max
            g = 1.0 - pt / v
            value_order = np.where(np.abs(g) > theta_f, np.clip(kappa * g, -q_max, q_max), 0.0)
            order = np.where(is_noise_row[row], noise_order, np.where(agent < momentum_end, mom_order, value_order))
            order = np.where(active, order, 0.0)
            d = np.maximum(order, 0.0) * b
            q = np.minimum(np.maximum(-order, 0.0) * h, S)
            minted, pr = mint(p, keep * d, S, pr)
            S = S + minted
            refund, pr = burn(p, q, S, pr)
            S = S - q
            B[idx] = b - d + keep * refund
            H[idx] = h + minted - q
    path[steps] = price(p, S)

    returns = np.log(path[1:] / path[:-1])
    volatility = returns.std(axis=0, ddof=1)
    drawdown = (1.0 - path / np.maximum.accumulate(path, axis=0)).max(axis=0)
    log_return = np.log(path[steps] / path[0])
    W = np.sort(B.reshape(n, R) + H.reshape(n, R) * path[steps], axis=0)
    ranks = (2.0 * np.arange(1, n + 1) - n - 1.0)[:, None]
    gini = (ranks * W).sum(axis=0) / (n * W.sum(axis=0))
    return np.array([volatility, drawdown, log_return, gini])


def _batch(job):
    return run_batch(*job)


def main():
    args = parse_args(__doc__.splitlines()[0])
    p = params_for(args)
    # One batch per process (at most BATCH replicates), all cores by a pool.
    size = min(BATCH, -(-args.runs // args.threads))
    jobs = [(p, args.seed, first, min(size, args.runs - first)) for first in range(0, args.runs, size)]
    seconds = []
    if args.threads > 1 and len(jobs) > 1:
        with multiprocessing.get_context("fork").Pool(args.threads) as pool:
            pool.map(_batch, [(p, args.seed, 0, 2)] * args.threads)  # start the workers before the clock
            for _ in range(args.repeats):
                start = time.perf_counter()
                out = np.concatenate(pool.map(_batch, jobs, chunksize=1), axis=1)
                seconds.append(time.perf_counter() - start)
    else:
        for _ in range(args.repeats):
            start = time.perf_counter()
            out = np.concatenate([_batch(j) for j in jobs], axis=1)
            seconds.append(time.perf_counter() - start)
    report("numpy", args, seconds, {m: out[j] for j, m in enumerate(METRICS)})


if __name__ == "__main__":
    main()
