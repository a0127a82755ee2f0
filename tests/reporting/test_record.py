"""The run record: scenario descriptions, results from test phases, masking, file names."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from cognito_conformance.reporting import record

from .samples import DIVERGENCE, JWT, PASSWORD, feature, scenario, step


def _phase(when, outcome, text=None, wasxfail=None, duration=0.1):
    return {"when": when, "outcome": outcome, "text": text, "wasxfail": wasxfail, "duration": duration}


def _described(**kwargs):
    steps = [step("Given", "Alice is a confirmed user"), step("When", "Alice signs in with USER_SRP_AUTH"),
             step("Then", "it fails with NotAuthorizedException")]
    return record.describe_scenario(feature(), scenario("A proof made with a wrong password is refused", steps),
                                    root="/root", **kwargs)


def test_a_scenario_is_described_with_its_feature_rule_steps_and_example():
    rule = SimpleNamespace(name="Passwords are checked", description="The rule.", tags={"passwords"})
    described = record.describe_scenario(
        feature(), scenario("Signing in", [step("Given", "a pool", table=[["flow"], ["USER_SRP_AUTH"]],
                                                 docstring="notes")], tags={"slow"}, rule=rule,
                            keyword="Scenario Outline"),
        example={"flow": "USER_SRP_AUTH"}, divergence=DIVERGENCE, root="/root")
    assert described["feature"] == {"path": "features/signin/srp.feature", "name": "Signing in with SRP",
                                    "description": "Why it matters.\nChecks: API InitiateAuth.",
                                    "tags": ["signin"], "domain": "signin"}
    assert described["rule"] == {"name": "Passwords are checked", "description": "The rule.", "tags": ["passwords"]}
    assert described["steps"] == [{"keyword": "Given", "text": "a pool", "line": 10,
                                   "table": [["flow"], ["USER_SRP_AUTH"]], "docstring": "notes"}]
    assert described["example"] == {"flow": "USER_SRP_AUTH"}
    assert described["divergence"] == {"reason": "moto does not verify the SRP proof",
                                       "reference": "moto-5.2.5.md 4b", "upstream": "https://example.com/issue"}
    assert record.row_key(described) == "features/signin/srp.feature › Signing in [flow=USER_SRP_AUTH]"


def test_secrets_in_steps_tables_and_examples_are_masked():
    described = record.describe_scenario(
        feature(description=f"token {JWT}"),
        scenario("x", [step("When", f"Alice signs in with {PASSWORD}", table=[[JWT]], docstring=f"Password={PASSWORD}")]),
        example={"token": JWT})
    text = json.dumps(described)
    assert JWT not in text and "eyJ" not in text and PASSWORD not in text and "Aa1!" not in text
    assert "***" in described["steps"][0]["text"]


@pytest.mark.parametrize(("phases", "expected"), [
    ([_phase("setup", "passed"), _phase("call", "passed"), _phase("teardown", "passed")], "passed"),
    ([_phase("setup", "passed"), _phase("call", "skipped", wasxfail="moto diverges: x (ref)")], "diverged"),
    ([_phase("setup", "passed"), _phase("call", "skipped", text="Skipped: needs a code")], "skipped"),
    ([_phase("setup", "skipped", text="Skipped: no pool")], "skipped"),
    ([_phase("setup", "passed"), _phase("call", "failed", text="AssertionError: no")], "failed"),
    ([_phase("setup", "failed", text="boom")], "failed"),
    ([_phase("call", "passed"), _phase("teardown", "failed", text="cleanup failed")], "failed"),
    ([_phase("call", "failed", text="[XPASS(strict)] moto diverges: x (ref)")], "xpassed-strict"),
])
def test_each_result_is_told_from_the_test_phases(phases, expected):
    assert record.classify(phases)["result"] == expected


def test_a_divergence_keeps_its_reason_reference_and_the_step_where_it_showed():
    described = _described(divergence=DIVERGENCE)
    step_seen = {"keyword": "Then", "text": "it fails with NotAuthorizedException", "error": "AssertionError: got tokens"}
    outcome = record.classify([_phase("call", "skipped", wasxfail="moto diverges: moto does not verify (4b)")],
                              step_seen, described["divergence"])
    assert outcome["result"] == "diverged"
    assert outcome["reason"] == "moto diverges: moto does not verify (4b)"
    assert outcome["divergence"]["reference"] == "moto-5.2.5.md 4b"
    assert outcome["failed_step"] == step_seen


def test_a_failure_names_the_failing_step_and_its_masked_error():
    step_failed = {"keyword": "Then", "text": "the tokens are valid",
                   "error": f"AssertionError: IdToken={JWT} Password: {PASSWORD}"}
    outcome = record.classify([_phase("call", "failed", text=f"E  AssertionError {JWT}")], step_failed)
    assert outcome["result"] == "failed" and outcome["phase"] == "call"
    assert outcome["failed_step"] == {"keyword": "Then", "text": "the tokens are valid"}
    assert JWT not in outcome["error"] and PASSWORD not in outcome["error"]
    assert outcome["error"].startswith("AssertionError: IdToken=***")


def test_skip_and_xpass_reasons_are_plain_and_masked():
    skipped = record.classify([_phase("call", "skipped", text=f"Skipped: no code for {PASSWORD}")])
    assert skipped["reason"] == "no code for ***"
    xpassed = record.classify([_phase("call", "failed", text="[XPASS(strict)] moto diverges: fixed (4b)")])
    assert xpassed["reason"] == "moto diverges: fixed (4b)"


def test_the_run_record_counts_results_and_names_its_files(tmp_path):
    described = _described()
    entries = [record.scenario_entry("features/a.py::test_a", described, record.classify([_phase("call", "passed")])),
               record.scenario_entry("features/a.py::test_b", {**described, "name": "B"},
                                     record.classify([_phase("call", "failed", text="x")]), hosted_ui="stand-in")]
    run = record.build_run({"run_id": "2026x", "backend": "aws", "implementation": "moto"}, entries)
    assert run["counts"] == {"passed": 1, "diverged": 0, "skipped": 0, "failed": 1, "xpassed-strict": 0}
    assert run["run"]["label"] == "moto (server)"
    assert [s["stand_in"] for s in run["scenarios"]] == [False, True]
    path = record.write_json(run, tmp_path / f"{record.file_stem(run)}.json")
    assert path.name == "cognito-moto-2026x.json"
    assert record.read_json(path) == run


def test_a_file_that_is_not_a_run_record_is_refused(tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"schema": "else"}')
    with pytest.raises(ValueError, match="not a cognito-conformance run record"):
        record.read_json(path)


@pytest.mark.parametrize(("backend", "implementation", "label"), [
    ("moto", "moto", "moto"), ("aws", "moto", "moto (server)"),
    ("aws", "cognito-local", "cognito-local"), ("aws", "cognito", "cognito")])
def test_column_labels(backend, implementation, label):
    assert record.column_label(backend, implementation) == label


def test_a_file_that_is_not_a_run_record_is_refused_clearly(tmp_path):
    from cognito_conformance.reporting.__main__ import main

    cucumber = tmp_path / "cucumber-moto.json"
    cucumber.write_text("[]")
    assert main(["merge", str(cucumber), "-o", str(tmp_path / "m.html")]) == 2
