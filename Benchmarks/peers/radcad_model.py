"""curve-volatility in radCAD: state variables, system parameters, partial
state update blocks, and `runs=` for the Monte Carlo replicates.

The model, as a radCAD user writes it:
- State: supply, price, the agents' balances and holdings (NumPy arrays),
  treasury and volume; each run's random generator and the
  fundamentalists' beliefs are set per run by a `before_run` hook.
- One partial state update block per step. Its policy `p_trade` reads P_t
  and the price history (radCAD's `history` argument, for the momentum look
  back), decides for every agent at once (NumPy: Bernoulli(p_act) activity,
  noise draws, momentum and value signals), then executes the active agents'
  orders one by one in agent order against the curve (a plain Python loop:
  each order moves the supply the next one trades against) and returns the
  changes as its signal. The state update functions apply them, one per
  state variable.
- Metrics are computed from the returned results (the price of every step
  and the final balances and holdings), as a radCAD user would from the
  results list.

What was done to make it fast (documented radCAD options and plain Python
care, nothing that leaves radCAD's model):
- `Engine(deepcopy=False, drop_substeps=True)`: no pickling deep copy of the
  state before every policy and update function, and no substep records.
  The state update functions never mutate their input (balances and
  holdings are copied once per step, then updated), so turning deepcopy off
  is safe.
- Decisions for all agents vectorized with NumPy; the sequential order loop
  touches only the ~p_act*N active agents, on Python floats (lists, `math`),
  not NumPy scalars; the curve's mint/burn functions are picked once per
  policy call, closed forms with log1p/expm1 and a carried price.
- One core: `Backend.SINGLE_PROCESS`; all cores: `Backend.MULTIPROCESSING`
  with one process per core (radCAD's own parallel backend over runs).
"""

import math
import time

import numpy as np
from radcad import Backend, Engine, Model, Simulation

from common import METRICS, params_for, parse_args, report, type_counts


# ---- Curves: price f(S), mint (deposit -> tokens), burn (tokens -> refund) ----
# mint/burn take the carried price p = f(s) and return (amount, new price).

def curve_functions(params):
    c = params["curve"]
    if c == "linear":
        m, b = params["m"], params["b"]

        def price(s):
            return m * s + b

        def mint(d, s, p):
            minted = 2.0 * d / (p + math.sqrt(p * p + 2.0 * m * d))
            return minted, m * (s + minted) + b

        def burn(q, s, p):
            return q * (p - 0.5 * m * q), m * (s - q) + b
    elif c == "exponential":
        a, k = params["a"], params["k"]

        def price(s):
            return a * math.exp(k * s)

        def mint(d, s, p):
            return math.log1p(k * d / p) / k, p + k * d

        def burn(q, s, p):
            e = math.expm1(-k * q)
            return -p * e / k, p + p * e
    elif c == "sigmoid":
        K, k, s0 = params["K"], params["k"], params["s0"]

        def price(s):
            return K / (1.0 + math.exp(-k * (s - s0)))

        def mint(d, s, p):
            inv = K / p
            g = math.expm1(k * d / K) * inv
            return math.log1p(g) / k, K * (1.0 + g) / (g + inv)

        def burn(q, s, p):
            e = math.expm1(-k * q)
            u = p / K * e
            return -(K / k) * math.log1p(u), (p + p * e) / (1.0 + u)
    else:
        a, n = params["a"], params["n"]
        n1 = n + 1.0

        def price(s):
            return a * s ** n

        def mint(d, s, p):
            r = s * p / n1
            minted = s * math.expm1(math.log1p(d / r) / n1)
            return minted, n1 * (r + d) / (s + minted)

        def burn(q, s, p):
            r = s * p / n1
            if q >= s:
                return r, (a if n == 0 else 0.0)
            refund = -r * math.expm1(n1 * math.log1p(-q / s))
            return refund, n1 * (r - refund) / (s - q)
    return price, mint, burn


_CURVES = {}


def curve_of(params):
    key = (params["curve"], params.get("m"), params.get("a"), params.get("k"), params.get("n"))
    if key not in _CURVES:
        _CURVES[key] = curve_functions(params)
    return _CURVES[key]


# ---- Policy: decide for every agent, execute the active ones in order ----

def p_trade(params, substep, history, state):
    price_of, mint, burn = curve_of(params)
    n = params["agents"]
    noise_end, momentum_end = params["noise_end"], params["momentum_end"]
    q_max, kappa, fee, lag = params["q_max"], params["kappa"], params["fee"], params["lag"]
    rng = state["rng"]
    pt = state["price"]
    t = len(history) - 1  # steps done so far
    mom = math.log(pt / history[t - lag][-1]["price"]) if t >= lag else 0.0

    # Decide, vectorized over agents.
    buy = np.zeros(n)
    sell = np.zeros(n)
    x = 2.0 * rng.random(noise_end)
    buy[:noise_end] = np.where(x < 1.0, x * q_max, 0.0)
    sell[:noise_end] = np.where(x >= 1.0, (x - 1.0) * q_max, 0.0)
    if mom > params["theta_m"]:
        buy[noise_end:momentum_end] = min(q_max, kappa * mom)
    elif mom < -params["theta_m"]:
        sell[noise_end:momentum_end] = min(q_max, -kappa * mom)
    beliefs = state["beliefs"]
    g = (beliefs - pt) / beliefs
    buy[momentum_end:] = np.where(g > params["theta_f"], np.minimum(q_max, kappa * g), 0.0)
    sell[momentum_end:] = np.where(g < -params["theta_f"], np.minimum(q_max, -kappa * g), 0.0)
    active = np.flatnonzero(rng.random(n) < params["p_act"])

    # Execute in increasing agent index, each order against the last one's supply.
    keep = 1.0 - fee
    s, p = state["supply"], pt
    fees = volume = 0.0
    balances = state["balances"][active].tolist()
    holdings = state["holdings"][active].tolist()
    for j, (bf, sf) in enumerate(zip(buy[active].tolist(), sell[active].tolist())):
        if bf > 0.0:
            d = bf * balances[j]
            minted, p = mint(keep * d, s, p)
            balances[j] -= d
            holdings[j] += minted
            s += minted
            fees += fee * d
            volume += d
        elif sf > 0.0:
            q = min(sf * holdings[j], s)
            if q > 0.0:
                refund, p = burn(q, s, p)
                balances[j] += keep * refund
                holdings[j] -= q
                s -= q
                fees += fee * refund
                volume += refund
    return {"active": active, "balances": balances, "holdings": holdings, "supply": s,
            "price": price_of(s), "fees": fees, "volume": volume}


# ---- State update functions, one per variable ----

def s_supply(params, substep, history, state, signal):
    return "supply", signal["supply"]


def s_price(params, substep, history, state, signal):
    return "price", signal["price"]


def s_balances(params, substep, history, state, signal):
    balances = state["balances"].copy()
    balances[signal["active"]] = signal["balances"]
    return "balances", balances


def s_holdings(params, substep, history, state, signal):
    holdings = state["holdings"].copy()
    holdings[signal["active"]] = signal["holdings"]
    return "holdings", holdings


def s_treasury(params, substep, history, state, signal):
    return "treasury", state["treasury"] + signal["fees"]


def s_volume(params, substep, history, state, signal):
    return "volume", state["volume"] + signal["volume"]


STATE_UPDATE_BLOCKS = [
    {
        "policies": {"trade": p_trade},
        "variables": {
            "supply": s_supply, "price": s_price, "balances": s_balances,
            "holdings": s_holdings, "treasury": s_treasury, "volume": s_volume,
        },
    },
]


def initial_state(p):
    price_of, _, _ = curve_functions(p)
    n = p["agents"]
    return {
        "supply": p["s_init"], "price": price_of(p["s_init"]),
        "balances": np.full(n, p["b0"]), "holdings": np.full(n, p["s_init"] / n),
        "treasury": 0.0, "volume": 0.0, "rng": None, "beliefs": None,
    }


def build_simulation(p, runs, seed):
    noise_end, momentum_end = type_counts(p["agents"], p["f_noise"], p["f_mom"])
    params = dict(p, noise_end=noise_end, momentum_end=momentum_end)
    state = initial_state(p)
    simulation = Simulation(
        model=Model(initial_state=state, state_update_blocks=STATE_UPDATE_BLOCKS, params=params),
        timesteps=p["steps"], runs=runs)

    def before_run(context):
        # Each run: its own generator, and the fundamentalists' beliefs V_i = V0 exp(sigma_V z).
        rng = np.random.default_rng([seed, context.run])
        z = rng.standard_normal(p["agents"] - momentum_end)
        context.initial_state["rng"] = rng
        context.initial_state["beliefs"] = state["price"] * np.exp(p["sigma_v"] * z)

    simulation.before_run = before_run
    return simulation


def metrics(results, runs, steps, n):
    """The four metrics of every run, from radCAD's list of state records."""
    per_run = {}
    for record in results:
        per_run.setdefault(record["run"], []).append(record)
    out = {m: [] for m in METRICS}
    for run in sorted(per_run):
        records = sorted(per_run[run], key=lambda r: r["timestep"])
        path = np.array([r["price"] for r in records])
        assert len(path) == steps + 1
        returns = np.log(path[1:] / path[:-1])
        out["volatility"].append(returns.std(ddof=1))
        out["max_drawdown"].append((1.0 - path / np.maximum.accumulate(path)).max())
        out["log_return"].append(math.log(path[-1] / path[0]))
        w = np.sort(records[-1]["balances"] + records[-1]["holdings"] * path[-1])
        out["gini"].append(((2.0 * np.arange(1, n + 1) - n - 1.0) * w).sum() / (n * w.sum()))
    assert len(out["gini"]) == runs
    return out


def main():
    args = parse_args(__doc__.splitlines()[0])
    p = params_for(args)
    seconds = []
    for _ in range(args.repeats):
        simulation = build_simulation(p, args.runs, args.seed)
        if args.threads > 1:
            simulation.engine = Engine(backend=Backend.MULTIPROCESSING, processes=args.threads,
                                       deepcopy=False, drop_substeps=True)
        else:
            simulation.engine = Engine(backend=Backend.SINGLE_PROCESS, deepcopy=False, drop_substeps=True)
        start = time.perf_counter()
        results = simulation.run()
        out = metrics(results, args.runs, args.steps, args.agents)
        seconds.append(time.perf_counter() - start)
    report("radcad", args, seconds, out)


if __name__ == "__main__":
    main()
