"""A pytest plugin that scripts/benchmark.py loads (``-p benchmark_probe``) into each measured run.

Every process (the controller and each xdist worker) appends one JSON line to the file named by
``BENCHMARK_PROBE``: when pytest was configured, when collection finished, when its first and last
scenario started and ended, how many test instances it ran, how long the first set-up of the
backend, the first pool and the hosted-UI stand-in took, and the time spent in each watched part
(``SHARES``). Times are ``time.time()`` so that the benchmark can subtract the moment it launched
the process. The process's CPU time is noted at session start (``cpu_started``; under xdist the
controller starts its workers then), at its first scenario, at session finish and at the end. Fixture names are read with or without the suite's ``cognito_`` prefix.

The probe imports nothing the measured process would not: a watched function is wrapped when its
module is imported (an import hook, ``_WrapOnImport``), or at once if it was imported already, so
that an xdist controller, which imports no boto3, botocore nor pycognito, is not made to by the probe.

The shares are measured without a profiler (cProfile doubles every figure): the functions named in
``EARLY`` and ``LATE`` are wrapped with a timer that counts each part's *own* time, a part called
inside another (the masking of a call's request while the call is recorded) being taken out of the
outer part's time, so the shares add up to at most the whole. The timer reads the process's CPU
time (``time.process_time``), not the clock, so that other work on the machine does not inflate a
part; the process's whole CPU time is noted too (``cpu``).
"""

from __future__ import annotations

import functools
import importlib.abc
import json
import os
import sys
import time

import pytest

#: First set-ups the benchmark reports apart: the backend, the first pool, the stand-in.
WATCHED = {"backend": "backend", "user_pool": "first_pool", "hosted_ui": "stand_in"}
#: The parts whose time the benchmark reports, in its column order.
SHARES = ("cognito", "step lookup", "formatting", "masking", "srp", "records")

#: (module, attribute path, part). Wrapped when this plugin is imported (``early``: before the suite
#: imports them by name) or at session start (after the suite's plugins have patched what they patch).
EARLY = (
    ("cognito_conformance.masking", "mask", "masking"),
    ("cognito_conformance.masking", "_remember_fields", "masking"),
    ("pycognito.aws_srp", "AWSSRP.calculate_a", "srp"),
    ("pycognito.aws_srp", "AWSSRP.get_password_authentication_key", "srp"),
    ("pycognito.aws_srp", "AWSSRP.get_device_authentication_key", "srp"),
    ("pycognito.aws_srp", "generate_hash_device", "srp"),
    ("botocore.client", "BaseClient._make_api_call", "cognito"),
)
LATE = (
    ("pytest_bdd.scenario", "find_fixturedefs_for_step", "step lookup"),
    ("_pytest.nodes", "Node._repr_failure_py", "formatting"),
    ("cognito_conformance.reporting.record", "describe_scenario", "records"),
    ("cognito_conformance.reporting.record", "scenario_entry", "records"),
    ("cognito_conformance.reporting.record", "build_run", "records"),
    ("cognito_conformance.reporting.record", "write_json", "records"),
    ("cognito_conformance.reporting.record", "read_json", "records"),
    ("cognito_conformance.reporting.trend", "previous_record", "records"),
    ("cognito_conformance.reporting.trend", "compare", "records"),
    ("cognito_conformance.reporting.report", "write", "records"),
    ("cognito_conformance.reporting.cucumber", "write", "records"),
    ("cognito_conformance.reporting.calls", "CallRecorder._request", "records"),
    ("cognito_conformance.reporting.calls", "CallRecorder._response", "records"),
    ("cognito_conformance.reporting.calls", "CallRecorder.for_step", "records"),
    ("cognito_conformance.fixtures.reporting", "example_of", "records"),
    ("cognito_conformance.fixtures.reporting", "_definition", "records"),
    ("cognito_conformance.fixtures.reporting", "_text", "records"),
)

_probe: dict = {"instances": 0}
_spent: dict[str, float] = dict.fromkeys(SHARES, 0.0)
#: The parts being timed, innermost last: [part, started, time spent in nested parts].
_stack: list[list] = []


def _timed(part: str, function):
    @functools.wraps(function)
    def timed(*args, **kwargs):
        frame = [part, time.process_time(), 0.0]
        _stack.append(frame)
        try:
            result = function(*args, **kwargs)
            if part == "step lookup":  # a generator: its work is done while it is consumed
                result = list(result)
            return result
        finally:
            _stack.pop()
            elapsed = time.process_time() - frame[1]
            _spent[part] += elapsed - frame[2]
            if _stack:
                _stack[-1][2] += elapsed

    timed.__benchmark_probe__ = True
    return timed


def _wrap(targets) -> None:
    """Wrap each target whose module is imported; the others when their module is (``_WrapOnImport``)."""
    for module_name, path, part in targets:
        if module_name in sys.modules:
            _wrap_one(sys.modules[module_name], path, part)
        else:
            _ON_IMPORT.pending.setdefault(module_name, []).append((path, part))


def _wrap_one(owner, path: str, part: str) -> None:
    *parents, name = path.split(".")
    for parent in parents:
        owner = getattr(owner, parent)
    original = getattr(owner, name, None)
    if original is None or getattr(original, "__benchmark_probe__", False):
        return
    setattr(owner, name, _timed(part, original))


class _WrapOnImport(importlib.abc.MetaPathFinder):
    """First on ``sys.meta_path``: a watched module's loader (whichever finder gives it: pytest's assertion
    rewriting, an editable install's) runs it, then its watched functions are wrapped, before any module
    that imports them by name (``from ... import mask``) binds them."""

    def __init__(self) -> None:
        self.pending: dict[str, list[tuple[str, str]]] = {}

    def find_spec(self, name, path=None, target=None):
        if name not in self.pending:
            return None
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            if finder is self or find is None:
                continue
            spec = find(name, path, target)
            if spec is not None:
                if spec.loader is not None:
                    spec.loader = _WrappingLoader(spec.loader, self.pending.pop(name))
                return spec
        return None


class _WrappingLoader(importlib.abc.Loader):
    def __init__(self, loader, targets: list[tuple[str, str]]) -> None:
        self.loader, self.targets = loader, targets

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        self.loader.exec_module(module)
        for path, part in self.targets:
            _wrap_one(module, path, part)

    def __getattr__(self, name: str):
        return getattr(self.loader, name)


_ON_IMPORT = _WrapOnImport()
sys.meta_path.insert(0, _ON_IMPORT)
_wrap(EARLY)


def pytest_configure(config) -> None:
    _probe.update(worker=os.environ.get("PYTEST_XDIST_WORKER", "controller"), configured=time.time())


@pytest.hookimpl(trylast=True)
def pytest_sessionstart(session) -> None:
    _wrap(LATE)
    # The CPU time spent so far: under xdist the controller starts its workers now.
    _probe["cpu_started"] = time.process_time()


@pytest.hookimpl(wrapper=True, trylast=True)
def pytest_sessionfinish(session):
    _probe["cpu_finishing"] = time.process_time()  # what follows: pools deleted, records written
    result = yield
    if _probe["worker"] != "controller":
        # A worker's line is written here: its controller may end it, once told it finished (which
        # xdist's own wrapper of this hook does next), before its pytest_unconfigure.
        _write()
    return result


def pytest_collection_finish(session) -> None:
    _probe["collected"] = time.time()


def pytest_runtest_logstart(nodeid, location) -> None:
    if "first_scenario" not in _probe:
        _probe.update(first_scenario=time.time(), cpu_first_scenario=time.process_time())


def pytest_runtest_logfinish(nodeid, location) -> None:
    _probe["last_scenario_end"] = time.time()
    _probe["instances"] += 1


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef, request):
    name = fixturedef.argname.removeprefix("cognito_")
    started = time.perf_counter()
    try:
        return (yield)
    finally:
        if name in WATCHED:
            _probe.setdefault(WATCHED[name], time.perf_counter() - started)


def pytest_unconfigure(config) -> None:
    _write()


def _write() -> None:
    path = os.environ.get("BENCHMARK_PROBE")
    if path and not _probe.get("written"):
        _probe["written"] = True
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps({**_probe, "spent": _spent, "cpu": time.process_time(), "ended": time.time()}) + "\n")
