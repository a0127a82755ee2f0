"""Measure the conformance suite's speed on moto: the cost per test instance, where the time goes,
the speed-up of ``pytest -n 2``, the growth with the catalogue's size and with the records kept.

    python scripts/benchmark.py                        # 3 rounds of serial, -n 2, split, machine; growth; history
    python scripts/benchmark.py --rounds 5 --workers 2 --history 50
    python scripts/benchmark.py --only serial          # serial, growth or history alone

Each round is a fresh ``python -m pytest features`` process, so imports and moto's start-up
count, as they do for a user. A small probe plugin (scripts/benchmark_probe.py) notes, in every
process (under xdist: the controller and each worker), when pytest was configured (interpreter and
imports), when collection ended, when the first scenario started, how many test instances ran; how
long the first set-up of the backend (moto), the first pool and the hosted-UI stand-in took; and the
time spent in each watched part (its own time, parts nested in another taken out). The columns:

- ``tests``: the test instances run (under xdist: all workers' together);
- ``wall``: the whole command, launch to exit; ``per test``: wall / test instances, in ms;
  ``CPU/test``: the command's CPU time / test instances, in ms (what other load on the machine
  inflates least);
- ``start-up``: launch to the first scenario's start (the slowest process under xdist), split into
  ``imports`` (launch to pytest_configure) and ``collect`` (configure to the end of collection);
- ``backend``, ``1st pool``, ``stand-in``: the first set-up of each (inside the scenarios' time);
- ``scenarios``: the first scenario's start to the last one's end (the slowest process);
- ``finish``: the last scenario's end to the command's exit (pools deleted, reports written);
- ``CPU``: user + system CPU of the command and its children (two workers pay start-up twice).

The shares (serial rounds), as a percentage of the run's CPU time (the probe times each part in
CPU time, so other work on the machine does not inflate it): ``cognito`` (inside boto3's API calls,
moto included), ``step lookup`` (pytest-bdd finding each step's definition), ``formatting`` (pytest
building failure reports, the expected divergences' included), ``masking`` (cognito_conformance.masking),
``srp`` (the client's SRP arithmetic), ``records`` (describing scenarios, recording calls, writing the
run record, report and cucumber file, the trend); and ``wall/cognito``, the whole run's CPU time
against the time inside Cognito calls.

The CPU view of ``-n N`` (other load inflates CPU time least): the parallel run's CPU against the
serial run's, the controller's (before it starts its workers, and finishing), each worker's and a
worker's start-up; the critical path (the controller until its workers start, the busier worker, the
controller's finish) and, from it and the total CPU shared by N cores, the speed-up left on N idle
cores: at most serial CPU / max(critical path, total / N).

The pytest plugins of the project's own test dependencies (hypothesis) are blocked in the measured
runs, as a user's install of the suite has none (``--test-plugins`` keeps them; see TEST_ONLY_PLUGINS).

Bytecode: a user's Python writes each module's compiled bytecode (pytest its rewritten steps')
on the first run and reads it on the next. The measured runs do the same (``--bytecode cached``, the
default): PYTHONDONTWRITEBYTECODE, which this project's machine sets, is lifted for them, and one
unmeasured run writes the cache first. Without a cache every process compiles this checkout's modules
and the rewritten steps again, about 0.6 s of CPU each here (collect-only: 1.9 s against 1.3 s):
``--bytecode as-is`` measures the environment as it is.

Serial and ``-n N`` rounds are taken in turns (serial, parallel, the split, the machine; the next
round starts one later), so a change in the machine's load between rounds falls on both; the speed-up shown is
the median of the rounds' own ratios. ``split`` is the room left for any two-process run with the
suite's fixed costs: two serial runs at once, each of half the feature directories (halved by their
test instances), no xdist; each pays its own start-up, backend set-up and report. ``-n N`` cannot
beat that by much: its controller is a third process, and it writes one report, not two. ``the
machine``: a pure-Python loop alone, then two copies at once; two busy processes' share of the two
cores (a virtual machine's cores can slow each other down; 2.00 where they do not).

Growth: the catalogue run once and twice over (``features features --keep-duplicates``: 2x the test
instances), serial; the ratio of the two walls (2.0 is linear). History: serial runs writing into a
report directory already holding one earlier record and into one holding ``--history`` (each finds the
previous run and compares with it; only what grows with the number kept differs), taken in turns.

Each round writes its run record and reports into a temporary directory (as a user's run would,
so their cost counts), never into reports/. Needs pytest-xdist for the parallel rounds. The
machine's other load shows in the figures: compare medians of several rounds, taken in one sitting.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchmark_probe import SHARES  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
#: pytest plugins of the project's own test dependencies (``.[test]``), not of the suite's: a user's
#: install of the suite (``pip install cognito-conformance``) has none of them. Hypothesis's plugin
#: imports all of hypothesis in every run's terminal summary, whether or not a test used it: where
#: bytecode is not cached (PYTHONDONTWRITEBYTECODE) with pytest rewriting its 80 modules' asserts,
#: about 2 s of CPU, a fifth of a serial run. Blocked in the measured runs unless --test-plugins.
TEST_ONLY_PLUGINS = {"hypothesis": "hypothesispytest"}
BLOCKED: list[str] = []
COLUMNS = ("tests", "wall", "per test", "CPU/test", "start-up", "imports", "collect", "backend", "1st pool", "stand-in", "scenarios",
           "finish", "CPU")


def one_round(extra: list[str], paths: tuple[str, ...] = ("features",), history: int = 0) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.jsonl"
        reports = Path(tmp) / "reports"
        reports.mkdir()
        if history:
            _fill_history(reports, history)
        env = {**os.environ, "BENCHMARK_PROBE": str(probe),
               "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "scripts"), os.environ.get("PYTHONPATH")]))}
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        launched = time.time()
        run = subprocess.run([sys.executable, "-m", "pytest", *paths, "-q", "-p", "no:randomly", *BLOCKED,
                              "-p", "benchmark_probe", "--report-dir", str(reports), *extra], cwd=ROOT, env=env,
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

    wall = finished - launched
    instances = sum(p["instances"] for p in runners)
    spent = {part: sum(p["spent"][part] for p in processes) for part in SHARES}
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    controller = next((p for p in processes if p["worker"] == "controller" and p is not runners[0]), None)
    workers = sorted((p["cpu"] for p in runners), reverse=True)
    # The chain no second core shortens: the controller until it starts its workers, the busier
    # worker, the controller's finish (pools deleted by the workers already; records written).
    critical = workers[0] + (controller["cpu_started"] + controller["cpu"] - controller["cpu_finishing"]
                             if controller else 0.0)
    return {
        "wall": wall, "per test": 1000 * wall / max(instances, 1), "CPU/test": 1000 * cpu / max(instances, 1),
        "instances": instances, "tests": instances, "process CPU": sum(p["cpu"] for p in processes),
        "start-up": max(p["first_scenario"] for p in runners) - launched,
        "imports": max(p["configured"] for p in runners) - launched,
        "collect": max(p.get("collected", p["configured"]) - p["configured"] for p in runners),
        "backend": slowest("backend"), "1st pool": slowest("first_pool"), "stand-in": slowest("stand_in"),
        "scenarios": max(p["last_scenario_end"] - p["first_scenario"] for p in runners),
        "finish": finished - max(p["last_scenario_end"] for p in runners),
        "CPU": cpu,
        **{f"share:{part}": spent[part] for part in SHARES},
        "cpu:controller": controller["cpu"] if controller else 0.0,
        "cpu:controller start": controller["cpu_started"] if controller else 0.0,
        "cpu:controller finish": controller["cpu"] - controller["cpu_finishing"] if controller else 0.0,
        "cpu:busier worker": workers[0], "cpu:other worker": sum(workers[1:]),
        "cpu:worker start-up": max(p.get("cpu_first_scenario", 0.0) for p in runners),
        "cpu:critical path": critical,
    }


def _fill_history(reports: Path, count: int) -> None:
    """``count`` earlier records of this backend in ``reports``, as earlier runs leave them: one real
    run's record, copied under older run ids, each added to the directory's index."""
    from cognito_conformance.reporting import record as record_
    from cognito_conformance.reporting import trend

    earlier = record_.read_json(_one_record())
    for index in range(count):
        earlier["run"]["run_id"] = f"20000101{index:06d}0000"  # older than any real run id
        trend.add_to_index(reports, earlier, record_.write_json(earlier, reports / f"{record_.file_stem(earlier)}.json"))


_RECORD: list[Path] = []


def _one_record() -> Path:
    """A real run record of the catalogue on moto, made once per benchmark (a serial run)."""
    if not _RECORD:
        keep = Path(tempfile.mkdtemp())
        subprocess.run([sys.executable, "-m", "pytest", "features", "-q", "-p", "no:randomly", *BLOCKED,
                        "--report-dir", str(keep)], cwd=ROOT, capture_output=True, text=True)
        found = sorted(keep.glob("cognito-*.json"))
        if not found:
            sys.exit("no run record was written for the history benchmark")
        _RECORD.append(found[0])
    return _RECORD[0]


def measure(label: str, extra: list[str], rounds: int, **options) -> dict[str, float]:
    return show(label, [one_round(extra, **options) for _ in range(rounds)])


def show(label: str, results: list[dict[str, float]]) -> dict[str, float]:
    median = {column: statistics.median(r[column] for r in results) for column in results[0]}
    print(f"{label:<12}" + "".join(f"{median[column]:>10.2f}" for column in COLUMNS), flush=True)
    return median


def halves() -> tuple[list[str], list[str]]:
    """The feature directories in two halves of about as many test instances (largest first, each
    to the lighter half)."""
    collected = subprocess.run([sys.executable, "-m", "pytest", "features", "--collect-only", "-q", *BLOCKED],
                               cwd=ROOT, capture_output=True, text=True)
    if collected.returncode != 0:
        sys.exit(f"the catalogue could not be collected (exit {collected.returncode}):\n{collected.stdout[-3000:]}")
    listed = collected.stdout
    counts: dict[str, int] = {}
    for line in listed.splitlines():
        if line.startswith("features/") and "::" in line:
            directory = line.split("/")[1]
            counts[directory] = counts.get(directory, 0) + 1
    if len(counts) < 2:
        sys.exit("the split needs at least two feature directories")
    two: tuple[list[str], list[str]] = ([], [])
    weight = [0, 0]
    for directory in sorted(counts, key=lambda d: (-counts[d], d)):
        lighter = weight.index(min(weight))
        two[lighter].append(f"features/{directory}")
        weight[lighter] += counts[directory]
    return two


def split_round(two: tuple[list[str], list[str]]) -> dict[str, float]:
    """Two serial runs at once, one per half: the pair's wall time (launch to the later exit). Each
    writes its output to a file, so that neither waits on a full pipe while the other is read."""
    with tempfile.TemporaryDirectory() as tmp:
        outputs = [Path(tmp) / f"output{index}.txt" for index in range(len(two))]
        launched = time.time()
        runs = []
        for index, half in enumerate(two):
            with outputs[index].open("w") as output:
                runs.append(subprocess.Popen([sys.executable, "-m", "pytest", *half, "-q", "-p", "no:randomly",
                                              *BLOCKED, "--report-dir", str(Path(tmp) / str(index))], cwd=ROOT,
                                             stdout=output, stderr=subprocess.STDOUT))
        for run in runs:
            run.wait()
        wall = time.time() - launched
        for run, output in zip(runs, outputs):
            if run.returncode != 0:
                sys.exit(f"a half of the split failed (exit {run.returncode}):\n{output.read_text()[-3000:]}")
    return {"wall": wall}


#: The machine's own room for two processes, without the suite: a pure-Python loop (about 1 s).
SPIN = "n = 0\nfor i in range(8_000_000):\n    n += i * i\n"


def machine_round() -> dict[str, float]:
    """The loop alone, then two copies at once: ``2 x alone / pair`` is what two busy processes get
    of two cores (2.0 where the cores do not slow each other down)."""
    launched = time.time()
    subprocess.run([sys.executable, "-c", SPIN], check=True)
    alone = time.time() - launched
    launched = time.time()
    pair = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(2)]
    for process in pair:
        process.wait()
    return {"alone": alone, "pair": time.time() - launched}


def in_turns(rounds: int, kinds: dict) -> dict:
    """Each kind's rounds (``kinds``: a name and what measures one round), taken in turns: every kind
    once, then again starting one kind later, so that a change in the machine's load falls on all."""
    names = list(kinds)
    taken: dict = {name: [] for name in names}
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            taken[name].append(kinds[name]())
    return taken


def median_ratio(serial: list[dict[str, float]], other: list[dict[str, float]]) -> float:
    """The median of the rounds' own ratios of wall times, serial / other (round by round)."""
    return statistics.median(s["wall"] / o["wall"] for s, o in zip(serial, other))


def shares(label: str, result: dict[str, float]) -> None:
    whole = result["process CPU"]
    parts = "".join(f"{100 * result[f'share:{part}'] / whole:>12.1f}" for part in SHARES)
    ratio = whole / result["share:cognito"] if result["share:cognito"] else float("inf")
    print(f"{label:<12}{parts}{ratio:>14.2f}", flush=True)


def _serial_shares(serial: dict[str, float]) -> None:
    print(f"  {int(serial['instances'])} test instances; share of the serial run's CPU time, %:")
    print(f"{'':<12}" + "".join(f"{part:>12}" for part in SHARES) + f"{'wall/cognito':>14}")
    shares("serial", serial)


def cpu_view(serial: dict[str, float], parallel: dict[str, float], workers: int) -> None:
    """``-n N`` in CPU seconds, which other load on the machine inflates least: what the parallel run
    costs beyond the serial one, how the work is spread, and the speed-up that leaves on N idle cores.

    Its wall time there is at least its critical path (the controller until it starts its workers,
    the busier worker, the controller's finish) and at least its total CPU shared by the N cores;
    the serial run's wall time is its CPU time. So the speed-up is at most serial CPU / the larger."""
    whole, one = parallel["process CPU"], serial["process CPU"]
    floor = max(parallel["cpu:critical path"], whole / workers)
    print(f"-n {workers} in CPU seconds: serial {one:.2f}; parallel {whole:.2f} in all ({whole - one:+.2f}): "
          f"controller {parallel['cpu:controller']:.2f} ({parallel['cpu:controller start']:.2f} before the "
          f"workers start, {parallel['cpu:controller finish']:.2f} finishing), busier worker "
          f"{parallel['cpu:busier worker']:.2f}, other worker(s) {parallel['cpu:other worker']:.2f}; a worker's "
          f"start-up (to its first scenario) {parallel['cpu:worker start-up']:.2f}")
    print(f"  critical path {parallel['cpu:critical path']:.2f}, total / {workers} cores {whole / workers:.2f}: "
          f"on {workers} idle cores at most {one / floor:.2f}x faster than serial")


def _bytecode_line(mode: str, set_here: bool) -> str:
    if mode == "cached":
        lifted = " (PYTHONDONTWRITEBYTECODE, set here, lifted)" if set_here else ""
        return (f"bytecode: cached, as Python keeps it by default{lifted}; one unmeasured run wrote it "
                f"(--bytecode as-is measures with the environment as it is)")
    if set_here:
        return ("bytecode: as the environment has it: PYTHONDONTWRITEBYTECODE is set, so none is written and a "
                "module with none cached (in a fresh clone: this checkout's, pytest's rewritten steps) is "
                "compiled in every process")
    return "bytecode: as the environment has it (written and read as Python does by default)"


class _Tee:
    """Writes what is printed to the terminal and to a record file."""

    def __init__(self, terminal, record) -> None:
        self.terminal, self.record = terminal, record

    def write(self, text: str) -> int:
        self.record.write(text)
        return self.terminal.write(text)

    def flush(self) -> None:
        self.record.flush()
        self.terminal.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs per configuration (the median is shown)")
    parser.add_argument("--workers", type=int, default=2, help="xdist workers for the parallel rounds")
    parser.add_argument("--history", type=int, default=50, help="earlier records for the history benchmark")
    parser.add_argument("--only", choices=("serial", "parallel", "growth", "history"), action="append",
                        help="run only these parts (repeatable); default all")
    parser.add_argument("--record", type=Path, metavar="PATH",
                        help="also write what is printed to PATH (docs/runs/benchmark.txt is the committed record "
                             "the README's speed figures are generated from)")
    parser.add_argument("--test-plugins", action="store_true",
                        help="keep the pytest plugins of the project's test dependencies (hypothesis) in the "
                             "measured runs, as in this checkout's .[test] virtualenv; by default they are "
                             "blocked, as a user's install of the suite has none")
    parser.add_argument("--bytecode", choices=("cached", "as-is"), default="cached",
                        help="cached (the default): the measured runs keep compiled bytecode as Python does by "
                             "default, PYTHONDONTWRITEBYTECODE lifted, after one unmeasured run has written it; "
                             "as-is: the environment as it is")
    args = parser.parse_args()
    set_here = bool(os.environ.get("PYTHONDONTWRITEBYTECODE"))
    if args.bytecode == "cached":  # for every run this script starts, the measured ones and the split's
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    installed = [name for name in TEST_ONLY_PLUGINS if importlib.util.find_spec(name) is not None]
    if not args.test_plugins:
        BLOCKED.extend(arg for name in installed for arg in ("-p", f"no:{TEST_ONLY_PLUGINS[name]}"))
    if args.record is not None:
        sys.stdout = _Tee(sys.stdout, args.record.open("w", encoding="utf-8"))
    only = set(args.only or ("serial", "parallel", "growth", "history"))
    print(f"seconds (per test: ms), median of {args.rounds} rounds; "
          f"start-up = imports + collect + the wait for the first scenario")
    if installed:
        print(f"plugins of the project's test dependencies ({', '.join(installed)}): "
              + ("kept (--test-plugins)" if args.test_plugins else "blocked, as in a user's install of the suite "
                 "(--test-plugins keeps them)"))
    print(_bytecode_line(args.bytecode, set_here))
    if args.bytecode == "cached":
        one_round([])  # unmeasured: writes the bytecode of every module a run imports, the rewritten steps' too
    print(f"{'run':<12}" + "".join(f"{column:>10}" for column in COLUMNS), flush=True)
    if "parallel" in only:
        two = halves()
        taken = in_turns(args.rounds, {"serial": lambda: one_round([]),
                                       "parallel": lambda: one_round(["-n", str(args.workers)]),
                                       "split": lambda: split_round(two), "machine": machine_round})
        serial = show("serial", taken["serial"])
        _serial_shares(serial)
        parallel = show(f"-n {args.workers}", taken["parallel"])
        pair = statistics.median(r["wall"] for r in taken["split"])
        print(f"split{pair:>20.2f}   two serial runs at once: "
              + " | ".join(", ".join(d.split("/")[1] for d in half) for half in two))
        print(f"speed-up of -n {args.workers}: {median_ratio(taken['serial'], taken['parallel']):.2f}x wall "
              f"(median of the rounds' ratios; {serial['wall'] / parallel['wall']:.2f}x from the medians); "
              f"the split: {median_ratio(taken['serial'], taken['split']):.2f}x; "
              f"start-up {serial['start-up']:.2f} s serial, {parallel['start-up']:.2f} s per worker")
        machine = statistics.median(2 * m["alone"] / m["pair"] for m in taken["machine"])
        print(f"the machine: a pure-Python loop alone, then two at once: two busy processes get "
              f"{machine:.2f}x one's throughput (2.00 where the cores do not slow each other down)")
        cpu_view(serial, parallel, args.workers)
    elif "serial" in only:
        _serial_shares(measure("serial", [], args.rounds))
    if "growth" in only:
        print("\ngrowth (serial): the catalogue once and twice over")
        once = measure("1x", [], args.rounds)
        twice = measure("2x", ["--keep-duplicates"], args.rounds, paths=("features", "features"))
        print(f"{int(once['instances'])} and {int(twice['instances'])} test instances; "
              f"ratio 2x/1x: {twice['wall'] / once['wall']:.2f} wall, {twice['CPU'] / once['CPU']:.2f} CPU, "
              f"{twice['scenarios'] / once['scenarios']:.2f} scenarios")
    if "history" in only:
        print(f"\nhistory (serial, in turns): a report directory holding one earlier record, then one holding "
              f"{args.history}")
        kept = in_turns(args.rounds, {"one": lambda: one_round([], history=1),
                                      "many": lambda: one_round([], history=args.history)})
        one = show("1 record", kept["one"])
        full = show(f"{args.history} records", kept["many"])
        print(f"finish {one['finish']:.2f} s -> {full['finish']:.2f} s; records' share "
              f"{one['share:records']:.2f} s -> {full['share:records']:.2f} s CPU; "
              f"wall {one['wall']:.2f} s -> {full['wall']:.2f} s; CPU {one['CPU']:.2f} s -> {full['CPU']:.2f} s")
    if _RECORD:
        shutil.rmtree(_RECORD[0].parent, ignore_errors=True)


if __name__ == "__main__":
    main()
