"""Measure the conformance suite's speed on moto: wall time, scenarios per second, the median
scenario, and the speed-up of ``pytest -n 2``.

    python scripts/benchmark.py            # 3 rounds each, serial and -n 2
    python scripts/benchmark.py --rounds 5 --workers 2

Each round is a fresh ``python -m pytest features`` process, so imports and moto's start-up
count, as they do for a user. The per-scenario time is pytest's own (setup + call + teardown)
from a JUnit XML report. Each round writes its run record and reports into a temporary directory
(as a user's run would, so their cost counts), never into reports/. Needs pytest-xdist for the
parallel rounds (``pip install -e .[test]``).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def one_round(extra: list[str]) -> tuple[float, list[float]]:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "junit.xml"
        started = time.perf_counter()
        run = subprocess.run([sys.executable, "-m", "pytest", "features", "-q", "-p", "no:randomly",
                              f"--junitxml={report}", "--report-dir", tmp, *extra], cwd=ROOT,
                             capture_output=True, text=True)
        wall = time.perf_counter() - started
        if run.returncode != 0:
            sys.exit(f"the suite failed (exit {run.returncode}); benchmark a green suite:\n{run.stdout[-3000:]}")
        cases = ET.parse(report).getroot().iter("testcase")
        return wall, [float(case.get("time", 0)) for case in cases]


def measure(label: str, extra: list[str], rounds: int) -> float:
    walls, times = [], []
    for _ in range(rounds):
        wall, durations = one_round(extra)
        walls.append(wall)
        times = durations
    wall = statistics.median(walls)
    print(f"{label:<10} {len(times):>9} {wall:>9.2f} s {len(times) / wall:>9.1f} "
          f"{statistics.median(times) * 1000:>10.1f} ms {max(times) * 1000:>9.1f} ms")
    return wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs per configuration (the median is shown)")
    parser.add_argument("--workers", type=int, default=2, help="xdist workers for the parallel rounds")
    args = parser.parse_args()
    print(f"{'run':<10} {'scenarios':>9} {'wall':>11} {'per s':>9} {'median':>13} {'slowest':>12}")
    serial = measure("serial", [], args.rounds)
    parallel = measure(f"-n {args.workers}", ["-n", str(args.workers)], args.rounds)
    print(f"speed-up of -n {args.workers}: {serial / parallel:.2f}x")


if __name__ == "__main__":
    main()
