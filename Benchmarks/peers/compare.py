"""Runs Catallax and its peers on curve-volatility and compares them.

Called by ./compare (which makes the virtual environment and builds the C
peers and Catallax first). Two phases:

1. Speed. For every curve family, on 1 core and on all cores, every
   implementation runs a workload sized so that one measurement takes it
   about --target-seconds (5-60 s), --repeats times; the median gives its
   agent-steps per second (N*T*runs / wall seconds of the runs and their
   metrics, start-up and JIT compilation excluded). All implementations are
   measured in the same run, repeats interleaved (each implementation once,
   then again), so the ratios compare them under the same machine load.
2. Agreement. Per family at its reference point, --check-replicates
   replicates of each peer and of Catallax; for volatility, max_drawdown,
   log_return and gini, z = (mean_peer - mean_catallax) /
   sqrt(se_peer^2 + se_catallax^2). The interpreted peers (radCAD, cadCAD)
   are checked at a reduced N = T (--slow-check-size) against Catallax at
   the same N and T; with --extra-check-size the others are also checked at
   that small N = T, where the curves' formulas weigh more. Every |z| must
   stay below the Bonferroni critical value for all the comparisons made at
   a 5% family-wise level. Catallax's AVX-512 build, when given, is measured
   for speed only (its results are the AVX2 build's bytes).

Writes results/peers/comparison.md (and comparison.json with every raw
number) under --root, and prints the tables.
"""

import argparse
import datetime
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import FAMILIES, METRICS  # noqa: E402

N_REF, T_REF = 1000, 1000


@dataclass
class Impl:
    key: str
    label: str
    guess: float           # rough agent-steps/s on one core, to size the first pilot
    interpreted: bool      # checked for agreement at a reduced N, T
    lane: int = 1          # runs are rounded up to a multiple of lane * threads
    batch: int = 0         # if > 0: a fixed batch of replicates per core instead of a time target


IMPLS = [
    Impl("catallax", "Catallax", 2e8, False, lane=4),
    # Catallax's kernels built for AVX-512 (CATALLAX_TARGET_CPU=skylake-avx512,
    # lane width 8), where the CPU has it: measured for speed beside the
    # portable AVX2 build above, which stays the reference of the z-tests.
    Impl("catallax-avx512", "Catallax AVX-512 (8 lanes)", 3e8, False, lane=8),
    # The C ceiling in its two builds (c/curve_volatility.c): AVX2, 4 runs per
    # register, for any x86-64-v3 CPU; AVX-512, 8 per register, built only
    # where the compiler sees __AVX512F__ for -march=native. Blocks of 8 and
    # 16 runs (two registers interleaved where orders are compacted).
    Impl("c-avx2", "C AVX2 (4 lanes)", 8e8, False, lane=8),
    Impl("c-avx512", "C AVX-512 (8 lanes)", 1.2e9, False, lane=16),
    Impl("numba", "Numba (prange)", 1.5e8, False),
    # NumPy pays ~1 us per array operation whatever the batch, so its speed
    # depends on the batch of replicates per process: it is measured at the
    # batch its users would pick for speed (512, measured fastest here: 256
    # gives about 70% of its speed, 1024 no more), not at the time target.
    Impl("numpy", "NumPy (vectorized over replicates)", 1.5e7, False, batch=512),
    Impl("radcad", "radCAD", 2.5e6, True),
    Impl("cadcad", "cadCAD", 2e6, True),
]


# Catallax's builds and the C peers, and the option naming each one's binary.
CATALLAX_BINARIES = {"catallax": "catallax", "catallax-avx512": "catallax_avx512"}
C_BINARIES = {"c-avx2": "c_avx2_binary", "c-avx512": "c_avx512_binary"}


@dataclass
class Result:
    impl: str
    curve: str
    agents: int
    steps: int
    runs: int
    threads: int
    seconds: list
    summary: dict = field(default_factory=dict)

    @property
    def agent_steps(self):
        return self.agents * self.steps * self.runs

    @property
    def median_seconds(self):
        return statistics.median(self.seconds)

    @property
    def rate(self):
        return self.agent_steps / self.median_seconds


class Runner:
    def __init__(self, args):
        self.args = args
        self.python = args.python
        self.log = []
        self.started = time.perf_counter()

    def elapsed(self):
        return time.perf_counter() - self.started

    def run(self, impl, curve, agents, steps, runs, threads, repeats, seed=1):
        if impl.key in CATALLAX_BINARIES:
            return self._catallax(impl.key, curve, agents, steps, runs, threads, repeats, seed)
        if impl.key in C_BINARIES:
            cmd = [getattr(self.args, C_BINARIES[impl.key])]
        else:
            cmd = [self.python, os.path.join(HERE, f"{impl.key}_model.py")]
        cmd += ["--curve", curve, "--agents", str(agents), "--steps", str(steps), "--runs", str(runs),
                "--seed", str(seed), "--threads", str(threads)]
        if impl.key not in C_BINARIES:
            cmd += ["--repeats", str(repeats)]
            env = dict(os.environ, NUMBA_NUM_THREADS=str(threads), OMP_NUM_THREADS="1",
                       OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1", PYTHONPATH=HERE)
            out = json.loads(self._call(cmd, env))
            return Result(impl.key, curve, agents, steps, runs, threads, out["seconds"], out["summary"])
        seconds, summary = [], None
        for _ in range(repeats):
            out = json.loads(self._call(cmd, dict(os.environ)))
            seconds.append(out["seconds"])
            summary = out["summary"]
        return Result(impl.key, curve, agents, steps, runs, threads, seconds, summary)

    def _catallax(self, key, curve, agents, steps, runs, threads, repeats, seed):
        cmd = [getattr(self.args, CATALLAX_BINARIES[key]), "run", "curve-volatility", "--set", f"curve={curve}",
               "--set", f"agents={agents}", "--set", f"steps={steps}", "--replicates", str(runs),
               "--seed", str(seed), "--threads", str(threads), "--json"]
        seconds, summary = [], {}
        for _ in range(repeats):
            out = json.loads(self._call(cmd, dict(os.environ)))
            seconds.append(agents * steps * runs / out["agentStepsPerSecond"])
            for metric in out["metrics"]:
                if metric["name"] in METRICS:
                    s = metric["summary"]
                    summary[metric["name"]] = dict(count=s["count"], mean=s["mean"], sd=s["standardDeviation"])
        return Result(key, curve, agents, steps, runs, threads, seconds, summary)

    def _call(self, cmd, env):
        started = time.perf_counter()
        done = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            sys.stderr.write(done.stderr)
            raise SystemExit(f"failed ({done.returncode}): {' '.join(cmd)}")
        self.log.append(dict(cmd=cmd, wall=time.perf_counter() - started))
        return done.stdout


def round_up(x, multiple):
    return max(multiple, int(math.ceil(x / multiple)) * multiple)


def calibrate(runner, impl, curve, target, cores):
    """Agent-steps/s on `cores` cores from pilots that grow until one takes >= 20% of the target."""
    runs = round_up(max(1, 0.5 * impl.guess * cores / (N_REF * T_REF)), impl.lane * cores)
    while True:
        pilot = runner.run(impl, curve, N_REF, T_REF, runs, cores, 1)
        if pilot.median_seconds >= 0.2 * target or runs >= 100_000:
            return pilot.rate
        runs = round_up(runs * min(8.0, 0.25 * target / max(pilot.median_seconds, 1e-3)), impl.lane * cores)


def speed_phase(runner, args, impls, families, cores_list):
    """Per family and core count, the repeats are interleaved (every
    implementation once, then again), so a change in the machine's load
    touches all of them alike."""
    results = []
    for curve in families:
        one_core = {i.key: calibrate(runner, i, curve, args.target_seconds, 1) for i in impls if not i.batch}
        for cores in cores_list:
            runs = {}
            for impl in impls:
                if impl.batch:
                    runs[impl.key] = (impl.batch if not args.quick else 16) * cores
                    continue
                if cores == 1:
                    rate = one_core[impl.key]
                elif impl.interpreted:
                    # Their parallel back-ends scale anywhere from well to badly: measure.
                    rate = calibrate(runner, impl, curve, args.target_seconds, cores)
                else:
                    # Assume 95% of linear scaling (measured 95-100%); a worse one only makes it longer.
                    rate = one_core[impl.key] * 0.95 * cores
                runs[impl.key] = round_up(args.target_seconds * rate / (N_REF * T_REF), impl.lane * cores)
            merged = {}
            for _ in range(args.repeats):
                for impl in impls:
                    r = runner.run(impl, curve, N_REF, T_REF, runs[impl.key], cores, 1)
                    if impl.key in merged:
                        merged[impl.key].seconds += r.seconds
                    else:
                        merged[impl.key] = r
            for impl in impls:
                r = merged[impl.key]
                results.append(r)
                print(f"  [{runner.elapsed():6.0f} s] {curve:<11} {impl.key:<8} {cores} core(s): {r.runs:>6} runs, "
                      f"seconds {', '.join(f'{x:.2f}' for x in r.seconds)}: {r.rate:.4g} agent-steps/s",
                      flush=True)
            print(f"  load {load_average()}", flush=True)
    return results


def agreement_phase(runner, args, impls, families, cores):
    rows = []
    small, extra = args.slow_check_size, args.extra_check_size

    def sizes(impl):
        """Where a peer is checked: the reference size (interpreted peers: the reduced one) and, with
        --extra-check-size, a small N = T where every order moves the price far more."""
        if impl.interpreted:
            return [(small, small)]
        return [(N_REF, T_REF)] + ([(extra, extra)] if extra else [])

    for curve in families:
        peers = [impl for impl in impls if impl.key not in CATALLAX_BINARIES]
        needed = {size for impl in peers for size in sizes(impl)}
        reference = {size: runner.run(IMPLS[0], curve, size[0], size[1], args.check_replicates, cores, 1, seed=1)
                     for size in sorted(needed, reverse=True)}
        for impl in peers:
            for size in sizes(impl):
                # radCAD's and cadCAD's parallel back-ends cost more than they gain on runs this small.
                threads = 1 if impl.interpreted else cores
                peer = runner.run(impl, curve, size[0], size[1], args.check_replicates, threads, 1, seed=2)
                cat = reference[size]
                for metric in METRICS:
                    p, c = peer.summary[metric], cat.summary[metric]
                    se_p = p["sd"] / math.sqrt(p["count"])
                    se_c = c["sd"] / math.sqrt(c["count"])
                    z = (p["mean"] - c["mean"]) / math.hypot(se_p, se_c)
                    rows.append(dict(curve=curve, impl=impl.key, agents=size[0], steps=size[1], metric=metric,
                                     peer=p, catallax=c, se_peer=se_p, se_catallax=se_c, z=z))
                print(f"  [{runner.elapsed():6.0f} s] {curve:<11} {impl.key:<8} N=T={size[0]}: z = "
                      + ", ".join(f"{r['z']:+.2f}" for r in rows[-len(METRICS):]), flush=True)
    return rows


# ---- Report -------------------------------------------------------------

def fmt_rate(x):
    if x >= 1e9:
        return f"{x / 1e9:.3g} G"
    if x >= 1e6:
        return f"{x / 1e6:.3g} M"
    return f"{x / 1e3:.3g} k"


def t975(n):
    """Student t quantile 0.975 with n - 1 degrees of freedom (for the printed intervals)."""
    df = n - 1
    table = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 10: 2.228, 15: 2.131, 20: 2.086, 30: 2.042,
             63: 1.998}
    if df in table:
        return table[df]
    z = 1.959963984540054  # Cornish-Fisher expansion, good to 1e-3 for df >= 5
    return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2)


def machine_description():
    model = platform.processor() or "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 2**20:.0f} GiB"
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, {mem} RAM, {platform.system()} {platform.release()}"


def tool_versions(args):
    def first_line(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True).stdout.splitlines()[0].strip()
        except (OSError, IndexError):
            return "?"
    pkgs = subprocess.run([args.python, "-c", (
        "import sys; from importlib.metadata import version as v;"
        "print(f'Python {sys.version.split()[0]}, NumPy {v(\"numpy\")}, Numba {v(\"numba\")}, "
        "radCAD {v(\"radcad\")}, cadCAD {v(\"cadCAD\")}')")], capture_output=True, text=True).stdout.strip()
    return [v for v in (first_line(["gcc", "--version"]), first_line(["swift", "--version"]) or "swift ?", pkgs) if v]


def load_average():
    try:
        return " ".join(open("/proc/loadavg").read().split()[:3])
    except OSError:
        return "?"


def write_report(args, impls, families, cores_list, speed, agreement, started, loads):
    by = {(r.impl, r.curve, r.threads): r for r in speed}
    labels = {i.key: i.label for i in impls}
    keys = [i.key for i in impls]
    lines = []
    add = lines.append
    add("# Catallax and its peers on `curve-volatility`")
    add("")
    add(f"- Date: {started:%Y-%m-%d %H:%M} UTC; whole run {(time.time() - started.timestamp()) / 60:.1f} min"
        + (" (--quick: a smoke run, not a measurement)" if args.quick else ""))
    add(f"- Machine: {machine_description()}")
    add(f"- Load average (1, 5, 15 min) at start: {loads[0]}; at end: {loads[1]}")
    for v in tool_versions(args):
        add(f"- {v}")
    add("- Method: docs/PERFORMANCE.md. Agent-steps per second = N·T·runs / wall seconds of the runs and their "
        f"metrics (start-up and JIT compilation excluded); median of {args.repeats} repeats; every implementation "
        "measured in this same run with the repeats interleaved, so the ratios compare them under the same load.")
    add("")
    if speed:
        add(f"## Throughput (agent-steps per second, median of {args.repeats}; N = T = 1000)")
        add("")
        add("| family | cores | " + " | ".join(labels[k] for k in keys) + " |")
        add("| --- | --- |" + " ---: |" * len(keys))
        for curve in families:
            for cores in cores_list:
                cells = [fmt_rate(by[(k, curve, cores)].rate) if (k, curve, cores) in by else "–" for k in keys]
                add(f"| {curve} | {cores} | " + " | ".join(cells) + " |")
        add("")
        for cat_key in [k for k in CATALLAX_BINARIES if k in keys]:
            others = [k for k in keys if k not in CATALLAX_BINARIES]
            add(f"## {labels[cat_key]} ÷ each peer (higher: Catallax faster)")
            add("")
            add("| family | cores | " + " | ".join(f"÷ {labels[k]}" for k in others)
                + " | bar: ≥ 1.0× the faster C |")
            add("| --- | --- |" + " ---: |" * len(others) + " --- |")
            for curve in families:
                for cores in cores_list:
                    cat = by.get((cat_key, curve, cores))
                    cells = []
                    for k in others:
                        peer = by.get((k, curve, cores))
                        cells.append(f"{cat.rate / peer.rate:.3g}×" if cat and peer else "–")
                    c_rates = [(by[(k, curve, cores)].rate, k) for k in C_BINARIES if (k, curve, cores) in by]
                    bar = "–"
                    if cat and c_rates:
                        best, key = max(c_rates)
                        ratio = cat.rate / best
                        bar = f"{'met' if ratio >= 1.0 else '**not met**'} ({ratio:.3g}× {labels[key]})"
                    add(f"| {curve} | {cores} | " + " | ".join(cells) + f" | {bar} |")
            add("")
        if len(cores_list) > 1:
            first, *more = cores_list
            add(f"## Scaling (rate on n cores ÷ rate on {first}; issue 13's bar for Catallax: ≥ 1.9× on 2)")
            add("")
            add("| implementation | " + " | ".join(f"{c}, {n} cores" for c in families for n in more) + " |")
            add("| --- |" + " ---: |" * (len(families) * len(more)))
            for k in keys:
                cells = []
                for curve in families:
                    base = by.get((k, curve, first))
                    for n in more:
                        r = by.get((k, curve, n))
                        cells.append(f"{r.rate / base.rate:.2f}×" if r and base else "–")
                add(f"| {labels[k]} | " + " | ".join(cells) + " |")
            add("")
        add("## Workloads (runs per measurement; median seconds of one measurement)")
        add("")
        add("| implementation | " + " | ".join(f"{c}, {n} core{'s' if n > 1 else ''}" for c in families
                                             for n in cores_list) + " |")
        add("| --- |" + " --- |" * (len(families) * len(cores_list)))
        out_of_range = []
        for k in keys:
            cells = []
            for curve in families:
                for cores in cores_list:
                    r = by.get((k, curve, cores))
                    if r is None:
                        cells.append("–")
                        continue
                    cells.append(f"{r.runs} runs, {r.median_seconds:.1f} s")
                    if not 5 <= r.median_seconds <= 60:
                        out_of_range.append(f"{labels[k]} {curve} {cores} core(s): {r.median_seconds:.1f} s")
            add(f"| {labels[k]} | " + " | ".join(cells) + " |")
        add("")
        if out_of_range and not args.quick:
            add("Outside the 5–60 s window: " + "; ".join(out_of_range) + ".")
            add("")
    if agreement:
        m = len(agreement)
        crit = statistics.NormalDist().inv_cdf(1 - 0.05 / (2 * m))
        failed = [r for r in agreement if not abs(r["z"]) < crit]
        add("## Model agreement")
        add("")
        add(f"Per family at its reference point, {args.check_replicates} replicates of each implementation; "
            "z = (mean_peer − mean_Catallax) / √(se_peer² + se_Catallax²). "
            f"{m} comparisons, so the Bonferroni critical value at a 5% family-wise level is |z| < {crit:.2f}. "
            f"radCAD and cadCAD are checked at N = T = {args.slow_check_size} against Catallax run at the same "
            "N and T (at N = T = 1000 they would take minutes per family); the others at N = T = 1000"
            + (f" and at N = T = {args.extra_check_size}" if args.extra_check_size else "") + ". "
            "Intervals are 95% Student t intervals of the mean. Every peer is compared with the same Catallax "
            "sample, and the families share their random streams within each implementation, so the z of one "
            "metric move together down a column: a Catallax sample that happens to lie 2σ low shows as "
            "z ≈ +2 for every peer and family. radCAD and cadCAD run the same code on the same seeds, so their "
            "z are identical; the two C builds seed each run alike (their lanes then draw differently), so "
            "theirs are correlated.")
        add("")
        add(f"**{'All agree' if not failed else f'{len(failed)} of {m} disagree'}** "
            f"(largest |z| = {max(abs(r['z']) for r in agreement):.2f}).")
        add("")
        add("| family | peer | N = T | metric | peer mean ± 95% | Catallax mean ± 95% | z |")
        add("| --- | --- | ---: | --- | ---: | ---: | ---: |")
        for r in agreement:
            p, c = r["peer"], r["catallax"]
            hp = t975(p["count"]) * r["se_peer"]
            hc = t975(c["count"]) * r["se_catallax"]
            flag = "" if abs(r["z"]) < crit else " **✗**"
            add(f"| {r['curve']} | {labels[r['impl']]} | {r['agents']} | {r['metric']} | "
                f"{p['mean']:.5g} ± {hp:.2g} | {c['mean']:.5g} ± {hc:.2g} | {r['z']:+.2f}{flag} |")
        add("")
    text = "\n".join(lines)
    out_dir = os.path.join(args.root, "results", "peers")
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "comparison.md"), "w") as f:
        f.write(text)
    with open(os.path.join(out_dir, "comparison.json"), "w") as f:
        json.dump(dict(
            date=started.isoformat(), machine=machine_description(), loads=loads, quick=args.quick,
            speed=[dict(r.__dict__, rate=r.rate) for r in speed], agreement=agreement,
        ), f, indent=1)
    print()
    print(text)
    return 1 if agreement and failed else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", required=True, help="the repository (results/peers/ is written under it)")
    parser.add_argument("--catallax", required=True, help="the release catallax binary (the portable AVX2 build)")
    parser.add_argument("--catallax-avx512", default="",
                        help="catallax built with CATALLAX_TARGET_CPU=skylake-avx512; without it that build is left out")
    parser.add_argument("--c-avx2-binary", required=True, help="the C peer built for AVX2 (4 lanes)")
    parser.add_argument("--c-avx512-binary", default="",
                        help="the C peer built for AVX-512 (8 lanes); without it that peer is left out")
    parser.add_argument("--python", default=sys.executable, help="the venv's python")
    parser.add_argument("--quick", action="store_true", help="a short smoke run: small targets, 1 repeat")
    parser.add_argument("--only", default=",".join(i.key for i in IMPLS),
                        help="comma-separated implementations (catallax,catallax-avx512,c-avx2,c-avx512,numba,"
                             "numpy,radcad,cadcad; c means both C builds)")
    parser.add_argument("--families", default=",".join(FAMILIES))
    parser.add_argument("--target-seconds", type=float, default=6.5,
                        help="aimed length of one measurement (they must fall in 5-60 s)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--check-replicates", type=int, default=64)
    parser.add_argument("--slow-check-size", type=int, default=250)
    parser.add_argument("--extra-check-size", type=int, default=0,
                        help="also check the compiled and vectorized peers at this N = T (e.g. 200: prices move "
                             "16%% in a run there, so the curves' formulas weigh far more than at the reference "
                             "point); 0: off")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-check", action="store_true")
    parser.add_argument("--wait-idle", type=float, default=0,
                        help="wait up to this many seconds for the 1-minute load average to fall below --idle-load")
    parser.add_argument("--idle-load", type=float, default=0.5)
    args = parser.parse_args()
    if args.quick:
        args.target_seconds, args.repeats = 0.4, 1
        args.check_replicates, args.slow_check_size = 16, 100
    chosen = set(args.only.split(","))
    if "c" in chosen:
        chosen |= set(C_BINARIES)
    if "catallax" in chosen and args.catallax_avx512:
        chosen.add("catallax-avx512")  # both builds of Catallax whenever both are given
    for key, option in (("c-avx512", args.c_avx512_binary), ("catallax-avx512", args.catallax_avx512)):
        if not option and key in chosen:
            print(f"{key}: no AVX-512 build given (none where the CPU lacks AVX-512); left out", flush=True)
            chosen.discard(key)
    impls = [i for i in IMPLS if i.key in chosen]
    if "catallax" not in chosen and not args.skip_check:
        impls.insert(0, IMPLS[0])  # the agreement check compares with Catallax
    families = [f for f in args.families.split(",") if f]
    cores_list = [1, os.cpu_count()] if os.cpu_count() > 1 else [1]

    deadline = time.time() + args.wait_idle
    while time.time() < deadline and float(load_average().split()[0]) >= args.idle_load:
        print(f"waiting for the machine to be idle (load {load_average()})", flush=True)
        time.sleep(15)
    started = datetime.datetime.now(datetime.timezone.utc)
    start_load = load_average()
    runner = Runner(args)
    speed, agreement = [], []
    if not args.skip_speed:
        print(f"speed: target {args.target_seconds} s per measurement, {args.repeats} repeats", flush=True)
        speed = speed_phase(runner, args, [i for i in impls if i.key in chosen], families, cores_list)
    if not args.skip_check:
        print(f"agreement: {args.check_replicates} replicates per family and implementation", flush=True)
        agreement = agreement_phase(runner, args, impls, families, os.cpu_count())
    return write_report(args, [i for i in impls if i.key in chosen or i.key == "catallax"], families, cores_list,
                        speed, agreement, started, (start_load, load_average()))


if __name__ == "__main__":
    sys.exit(main())
