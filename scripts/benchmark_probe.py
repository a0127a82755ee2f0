"""A pytest plugin that scripts/benchmark.py loads (``-p benchmark_probe``) into each measured run.

Every process (the controller and each xdist worker) appends one JSON line to the file named by
``BENCHMARK_PROBE``: when pytest was configured, when collection finished, when its first and last
scenario started and ended, and how long the first set-up of the backend, the first pool and the
hosted-UI stand-in took. Times are ``time.time()`` so that the benchmark can subtract the moment it
launched the process. Fixture names are read with or without the suite's ``cognito_`` prefix.
"""

from __future__ import annotations

import json
import os
import time

import pytest

#: First set-ups the benchmark reports apart: the backend, the first pool, the stand-in.
WATCHED = {"backend": "backend", "user_pool": "first_pool", "hosted_ui": "stand_in"}

_probe: dict = {}


def pytest_configure(config) -> None:
    _probe.update(worker=os.environ.get("PYTEST_XDIST_WORKER", "controller"), configured=time.time())


def pytest_collection_finish(session) -> None:
    _probe["collected"] = time.time()


def pytest_runtest_logstart(nodeid, location) -> None:
    _probe.setdefault("first_scenario", time.time())


def pytest_runtest_logfinish(nodeid, location) -> None:
    _probe["last_scenario_end"] = time.time()


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
    path = os.environ.get("BENCHMARK_PROBE")
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps(_probe) + "\n")
