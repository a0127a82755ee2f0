"""A plugin for child runs of the suite that makes chosen scenarios fail, diverge, stop diverging or skip.

Loaded with ``-p tests.reporting.red_run``; each environment variable names scenarios (``|`` between):

- ``CC_TEST_FAIL``: the scenario's last step fails with an AssertionError (a red run);
- ``CC_TEST_DIVERGE``: a divergence is registered for the scenario on this run's implementation, and
  its last step fails, so the run expects and sees the divergence;
- ``CC_TEST_XPASS``: a divergence is registered (at the last step) for the scenario, which passes: a
  registered divergence that no longer diverges (the next run after a fix), which fails the run;
- ``CC_TEST_SKIP``: the scenario skips.

The scenarios' own steps are untouched: only these hooks change the outcome.
"""

from __future__ import annotations

import dataclasses
import os

import pytest

from cognito_conformance import divergences
from cognito_conformance.divergences import Divergence

REASON = "a divergence tests/reporting/red_run.py registers"


def _names(variable: str) -> set[str]:
    return {name for name in os.environ.get(variable, "").split("|") if name}


def pytest_configure(config) -> None:
    implementation = os.environ.get("CC_TEST_IMPLEMENTATION", "moto")
    measured = divergences.measured_versions(implementation)
    added = tuple(Divergence(name, implementation, REASON, "tests/reporting/red_run.py", measured_on=measured)
                  for name in sorted(_names("CC_TEST_DIVERGE") | _names("CC_TEST_XPASS")))
    divergences.REGISTRY = added + divergences.REGISTRY


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_bdd_before_scenario(request, feature, scenario):
    """Each added entry diverges at the scenario's last step (the one CC_TEST_DIVERGE makes fail); set
    before any other hook looks the entry up."""
    last = scenario.feature.scenarios[scenario.name].steps[-1].name if scenario.name in feature.scenarios else None
    divergences.REGISTRY = tuple(
        dataclasses.replace(entry, step=last) if entry.reason == REASON and entry.scenario == scenario.name
        else entry for entry in divergences.REGISTRY)
    result = yield  # the suite's own hooks first: the scenario is described before it skips
    if scenario.name in _names("CC_TEST_SKIP"):
        pytest.skip("tests/reporting/red_run.py skips this scenario")
    return result


def pytest_bdd_before_step_call(request, feature, scenario, step, step_func, step_func_args) -> None:
    failing = _names("CC_TEST_FAIL") | _names("CC_TEST_DIVERGE")
    if scenario.name in failing and step.line_number == scenario.steps[-1].line_number:
        raise AssertionError("expected NotAuthorizedException, got <InitiateAuth succeeded with "
                             "['AuthenticationResult']> (made to fail by tests/reporting/red_run.py)")
