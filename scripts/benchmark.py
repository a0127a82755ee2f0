"""Measure the conformance suite's speed on moto: start-up apart from scenario time, and the
speed-up of ``pytest -n 2``.

    python scripts/benchmark.py            # 3 rounds each, serial and -n 2
    python scripts/benchmark.py --rounds 5 --workers 2

Each round is a fresh ``python -m pytest features`` process, so imports and moto's start-up
count, as they do for a user. A small probe plugin (scripts/benchmark_probe.py) notes, in every
process (under xdist: the controller and each worker), when pytest was configured (interpreter and
imports), when collection ended, and when the first scenario started; and how long the first
set-up of the backend (moto), the first pool and the hosted-UI stand-in took. The columns:

- ``wall``: the whole command, launch to exit;
- ``start-up``: launch to the first scenario's start (the slowest process under xdist), split into
  ``imports`` (launch to pytest_configure) and ``collect`` (configure to the end of collection);
- ``backend``, ``1st pool``, ``stand-in``: the first set-up of each (inside the scenarios' time);
- ``scenarios``: the first scenario's start to the last one's end (the slowest process);
- ``finish``: the last scenario's end to the command's exit (pools deleted, reports written);
- ``CPU``: user + system CPU of the command and its children (two workers pay start-up twice).

Each round writes its run record and reports into a temporary directory (as a user's run would,
so their cost counts), never into reports/. Needs pytest-xdist for the parallel rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ("wall", "start-up", "imports", "collect", "backend", "1st pool", "stand-in", "scenarios", "finish",
           "CPU")


def one_round(extra: list[str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.jsonl"
        env = {**os.environ, "BENCHMARK_PROBE": str(probe),
               "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "scripts"), os.environ.get("PYTHONPATH")]))}
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        launched = time.time()
        run = subprocess.run([sys.executable, "-m", "pytest", "features", "-q", "-p", "no:randomly",
                              "-p", "benchmark_probe", "--report-dir", tmp, *extra], cwd=ROOT, env=env,
                             capture_output=True, text=True)
        finished = time.time()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if run.returncode != 0:
            sys.exit(f"the suite failed (exit {run.returncode}); benchmark a green suite:\n{run.stdout[-3000:]}")
        processes = [json.loads(line) for line in probe.read_text().splitlines()]
    # The xdist workers run the scenarios (the controller only hears of them); serially, the one process.
    runners = [p for p in processes if p["worker"] != "controller"] or processes

    def slowest(key: str) -> float:
        return max((p.get(key, 0.0) for p in runners), default=0.0)

    return {
        "wall": finished - launched,
        "start-up": max(p["first_scenario"] for p in runners) - launched,
        "imports": max(p["configured"] for p in runners) - launched,
        "collect": max(p["collected"] - p["configured"] for p in runners),
        "backend": slowest("backend"), "1st pool": slowest("first_pool"), "stand-in": slowest("stand_in"),
        "scenarios": max(p["last_scenario_end"] - p["first_scenario"] for p in runners),
        "finish": finished - max(p["last_scenario_end"] for p in runners),
        "CPU": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
    }


def measure(label: str, extra: list[str], rounds: int) -> dict[str, float]:
    results = [one_round(extra) for _ in range(rounds)]
    median = {column: statistics.median(r[column] for r in results) for column in COLUMNS}
    print(f"{label:<8}" + "".join(f"{median[column]:>10.2f}" for column in COLUMNS))
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs per configuration (the median is shown)")
    parser.add_argument("--workers", type=int, default=2, help="xdist workers for the parallel rounds")
    args = parser.parse_args()
    print(f"seconds, median of {args.rounds} rounds; start-up = imports + collect + the wait for the first scenario")
    print(f"{'run':<8}" + "".join(f"{column:>10}" for column in COLUMNS))
    serial = measure("serial", [], args.rounds)
    parallel = measure(f"-n {args.workers}", ["-n", str(args.workers)], args.rounds)
    print(f"speed-up of -n {args.workers}: {serial['wall'] / parallel['wall']:.2f}x wall; "
          f"start-up {serial['start-up']:.2f} s serial, {parallel['start-up']:.2f} s per worker")


if __name__ == "__main__":
    main()
