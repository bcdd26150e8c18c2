"""Shared plumbing of the Python peers: the reference constants, the curve
parameters of each family's reference point, the command line and the JSON
every peer prints. The models themselves live each in its own file.

Every peer is run as

    python <peer>.py --curve sigmoid --agents 1000 --steps 1000 --runs 64 \
                     --seed 1 --threads 2

and prints one JSON object: the wall seconds of the simulation (runs and their
metrics; not interpreter start-up, imports or JIT compilation), agent-steps
per second (N*T*runs/seconds) and, per metric, count, mean and sample
standard deviation over the runs.
"""

import argparse
import json
import math
import os

FAMILIES = ("linear", "exponential", "sigmoid", "power")
METRICS = ("volatility", "max_drawdown", "log_return", "gini")

# The reference constants of shared/REFERENCE-SCENARIO.md.
REFERENCE = dict(
    agents=1000, steps=1000, p_act=0.1, q_max=0.1, fee=0.003, lag=10,
    theta_m=0.01, theta_f=0.02, kappa=1.0, sigma_v=0.1, b0=100.0,
    s_init=100_000.0, f_noise=0.6, f_mom=0.2,
)

# Each family's reference parameters (price 1 at S_init = 100 000).
CURVES = {
    "linear": dict(m=1e-5, b=0.0),
    "exponential": dict(a=math.exp(-1), k=1e-5),
    "sigmoid": dict(K=2.0, k=2e-5, s0=100_000.0),
    "power": dict(a=1e-10, n=2.0),
}


def parse_args(description):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--curve", choices=FAMILIES, default="linear")
    parser.add_argument("--agents", type=int, default=REFERENCE["agents"])
    parser.add_argument("--steps", type=int, default=REFERENCE["steps"])
    parser.add_argument("--runs", type=int, default=64)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--repeats", type=int, default=1,
                        help="times to run the whole workload; each is timed")
    return parser.parse_args()


def params_for(args):
    """The full parameter dict of one point: reference constants, the
    requested N and T, the family and its reference curve parameters."""
    p = dict(REFERENCE)
    p.update(agents=args.agents, steps=args.steps, curve=args.curve)
    p.update(CURVES[args.curve])
    return p


def type_counts(n, f_noise, f_mom):
    """(noise traders, noise + momentum traders): the first floor(f_noise N + 1/2)
    agents are noise traders, the next floor(f_mom N + 1/2) momentum traders."""
    noise = int(math.floor(f_noise * n + 0.5))
    return noise, noise + int(math.floor(f_mom * n + 0.5))


def summarize(values):
    n = len(values)
    mean = sum(values) / n
    sd = math.sqrt(sum((x - mean) ** 2 for x in values) / (n - 1)) if n > 1 else 0.0
    return dict(count=n, mean=mean, sd=sd)


def report(name, args, seconds, metrics):
    """Prints the JSON result: `seconds` lists the wall time of each repeat,
    `metrics` maps each metric to its per-run values (of the last repeat; every
    repeat computes the same runs)."""
    agent_steps = args.agents * args.steps * args.runs
    median = sorted(seconds)[len(seconds) // 2]
    print(json.dumps(dict(
        implementation=name, curve=args.curve, agents=args.agents, steps=args.steps,
        runs=args.runs, threads=args.threads, seconds=seconds, agent_steps=agent_steps,
        agent_steps_per_second=[agent_steps / x for x in seconds],
        median_agent_steps_per_second=agent_steps / median,
        summary={m: summarize([float(x) for x in metrics[m]]) for m in METRICS},
    )))
