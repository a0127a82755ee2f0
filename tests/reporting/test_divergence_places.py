"""A registered divergence is expected only where it was measured: at its step, on the versions it was
measured on. A failure anywhere else, a divergence that no longer diverges, and a version the registry
has not measured are each said, in the terminal and in the record."""

from __future__ import annotations

import json
import re

from ..run_suite import run_suite
from .test_end_to_end import load, only

FIXED = "The refreshed access token works"
FIXED_ID = "features/refresh/test_refresh.py::test_the_refreshed_access_token_works"
#: The scenarios whose When is "<Person> sets <attribute> to ...", which tests.reporting.typo_step breaks.
SETTING = ["features/attributes", "features/schema", "-k",
           "custom_string or custom_number or developeronly or without_write_permission or "
           "standard_attribute or custom_attribute"]


def _release(tmp_path, version: str, *extra: str):
    return run_suite("features/refresh", "-p", "tests.reporting.simulated_release", "-p", "tests.reporting.red_run",
                     "--report-dir", str(tmp_path), *extra,
                     env={"CC_TEST_MOTO_VERSION": version, "CC_TEST_XPASS": FIXED})


def test_a_release_the_registry_has_not_measured_is_named_and_an_improvement_does_not_turn_the_run_red(tmp_path):
    run = _release(tmp_path, "5.2.7")
    assert run.returncode == 0, run.stdout[-3000:]
    assert ("cognito divergences: moto 5.2.7 is a version the registry has not measured (measured: 5.2.5, 5.2.6); "
            "expecting the divergences measured on 5.2.6") in run.stdout
    assert "verdict: passed, with 1 registered divergences that no longer diverge on moto 5.2.7" in run.stdout
    assert (f"needs attention:\n  moto 5.2.7 now does what Cognito documents: {FIXED_ID}\n"
            f"    rerun: python -m pytest {FIXED_ID}") in run.stdout
    record = load(only(tmp_path, "cognito-moto-*.json"))
    [fixed] = [s for s in record["scenarios"] if s["name"] == FIXED]
    assert fixed["result"] == "passed" and fixed["no_longer_diverges"]
    assert fixed["reason"].startswith("moto 5.2.7 now does what Cognito documents")
    assert "the registered divergence no longer diverges" in only(tmp_path, "cognito-moto-*.html").read_text()


def test_strict_divergences_fail_it_on_a_version_not_measured(tmp_path):
    run = _release(tmp_path, "5.2.7", "--strict-divergences")
    assert run.returncode == 1, run.stdout[-3000:]
    assert f"  failed, no longer diverges: {FIXED_ID}" in run.stdout
    assert "cognito divergences: moto 5.2.7 is a version" in run.stdout and "strict (from --strict-divergences)" \
        in run.stdout


def test_on_a_measured_version_a_divergence_that_no_longer_diverges_fails(tmp_path):
    run = _release(tmp_path, "5.2.6")
    assert run.returncode == 1, run.stdout[-3000:]
    assert "cognito divergences: moto 5.2.6, a version the registry measured" in run.stdout
    assert re.search(r"moto 5\.2\.6 now does what Cognito documents: \"The refreshed access token works\" holds",
                     run.stdout)
    junit = only(tmp_path, "junit-*.xml").read_text()
    assert junit.count("now does what Cognito documents") >= 1 and 'failures="1"' in junit
    cucumber = json.loads(only(tmp_path, "cucumber-*.json").read_text())
    statuses = [step["result"]["status"] for feature in cucumber for element in feature["elements"]
                if element["name"] == FIXED for step in element["steps"]]
    assert statuses[-1] == "failed"


def test_a_broken_step_is_never_hidden_by_a_registered_divergence(tmp_path):
    """The deliberate-typo experiment: the attribute an update writes misspelt. Every scenario using that
    step fails, registered divergence or not; none is reported as an expected divergence."""
    clean = run_suite(*SETTING, "-q", "--no-report")
    assert clean.returncode == 0, clean.stdout[-3000:]
    assert "expected divergences" in clean.stdout and " xfailed" in clean.stdout  # some are registered
    run = run_suite(*SETTING, "-q", "--no-report", "-p", "tests.reporting.typo_step")
    assert run.returncode == 1, run.stdout[-3000:]
    last = run.stdout.strip().splitlines()[-1]
    assert "xfailed" not in last, run.stdout[-3000:]
    registered = ["test_an_app_client_without_write_permission_on_an_attribute_cannot_change_it",
                  "test_a_custom_string_longer_than_its_maximum_length_is_refused",
                  "test_a_custom_number_outside_its_range_is_refused",
                  "test_a_developeronly_attribute_is_written_by_an_administrator_never_by_the_user"]
    failed = re.findall(r"^FAILED \S+::(\w+)", run.stdout, re.MULTILINE)
    assert set(registered) <= set(failed), run.stdout[-3000:]
    # The registered place and the real one, both named.
    assert run.stdout.count("is registered to diverge at") >= len(registered), run.stdout[-3000:]
