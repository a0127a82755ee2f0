"""The run record: scenario descriptions, results from test phases, masking, file names."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from cognito_conformance import implementations
from cognito_conformance.reporting import record

from .samples import DIVERGENCE, JWT, PASSWORD, feature, scenario, step


def _phase(when, outcome, text=None, wasxfail=None, duration=0.1, user_properties=()):
    return {"when": when, "outcome": outcome, "text": text, "wasxfail": wasxfail, "duration": duration,
            "user_properties": list(user_properties)}


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
                                       "reference": "moto-5.2.5.md 4b", "upstream": "https://example.com/issue",
                                       "risk": None}
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
    ([_phase("call", "failed", text="moto 5.2.6 now does what Cognito documents: \"X\" holds")], "failed"),
    ([_phase("call", "failed", text="[XPASS(strict)] moto diverges: x (ref)")], "failed"),
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
    fixed = record.classify([_phase("call", "failed", text=f"moto 5.2.6 now does what Cognito documents: {PASSWORD}")])
    assert fixed["result"] == "failed" and fixed["no_longer_diverges"]
    assert fixed["reason"] == "moto 5.2.6 now does what Cognito documents: ***"


def test_a_divergence_that_held_on_a_version_not_measured_passes_and_says_so():
    held = record.classify([_phase("call", "passed", user_properties=[
        (record.NOW_DOCUMENTED_PROPERTY, "moto 5.2.7 now does what Cognito documents: X")])])
    assert held["result"] == "passed" and held["no_longer_diverges"]
    assert held["reason"].startswith("moto 5.2.7 now does what Cognito documents")


def test_the_run_record_counts_results_and_names_its_files(tmp_path):
    described = _described()
    entries = [record.scenario_entry("features/a.py::test_a", described, record.classify([_phase("call", "passed")])),
               record.scenario_entry("features/a.py::test_b", {**described, "name": "B"},
                                     record.classify([_phase("call", "failed", text="x")]), hosted_ui="stand-in")]
    run = record.build_run({"run_id": "2026x", "backend": "aws", "implementation": "moto"}, entries)
    assert run["counts"] == {"passed": 1, "diverged": 0, "skipped": 0, "failed": 1}
    assert run["classes"] == {"holds": 1, "holds on the stand-in": 0, "not proven here": 0}
    assert run["run"]["label"] == "moto (server)"
    assert [s["stand_in"] for s in run["scenarios"]] == [False, True]
    path = record.write_json(run, tmp_path / f"{record.file_stem(run)}.json")
    assert path.name == "cognito-moto-2026x.json"
    assert record.read_json(path) == run
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line.rstrip(",")) for line in lines if line.startswith('{"')] == run["scenarios"]


def test_a_file_that_is_not_a_run_record_is_refused(tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"schema": "else"}')
    with pytest.raises(ValueError, match="not a cognito-conformance run record"):
        record.read_json(path)


@pytest.mark.parametrize(("backend", "implementation", "label"), [
    ("moto", "moto", "moto"), ("aws", "moto", "moto (server)"),
    ("aws", "cognito-local", "cognito-local"), ("aws", "cognito", "cognito")])
def test_column_labels(backend, implementation, label):
    assert implementations.label_of(backend, implementation) == label
    assert record.build_run({"backend": backend, "implementation": implementation}, [])["run"]["label"] == label


def test_a_file_that_is_not_a_run_record_is_refused_clearly(tmp_path):
    from cognito_conformance.reporting.__main__ import main

    cucumber = tmp_path / "cucumber-moto.json"
    cucumber.write_text("[]")
    assert main(["merge", str(cucumber), "-o", str(tmp_path / "m.html")]) == 2


def _marked(*marks):
    return [["cognito_result_class", {"class": cls, "reason": reason}] for cls, reason in marks]


def test_a_passed_scenario_keeps_the_weakest_class_it_was_marked_with():
    from cognito_conformance import result_classes

    plain = record.classify([_phase("call", "passed")])
    assert (plain["result_class"], plain["class_reason"]) == ("holds", None)
    phases = [_phase("setup", "passed"),
              {**_phase("call", "passed"), "user_properties": _marked(
                  (result_classes.STAND_IN, "the stand-in issued it"), (result_classes.NOT_PROVEN, f"code {PASSWORD}"))}]
    marked = record.classify(phases)
    assert marked["result_class"] == "not proven here" and marked["class_reason"] == "code ***"
    failed = record.classify([{**_phase("call", "failed", text="x"), "user_properties": _marked(
        (result_classes.NOT_PROVEN, "r"))}])
    assert failed["result_class"] is None  # only a passed result has a class


def test_a_hosted_ui_result_holds_on_the_stand_in_when_the_stand_in_marked_it():
    marked = {**_phase("call", "passed"), "user_properties": [
        ["cognito_result_class", {"class": "holds on the stand-in", "reason": "the stand-in answered"}]]}
    entry = record.scenario_entry("features/oauth/t.py::t", _described(), record.classify([marked]),
                                  hosted_ui="stand-in")
    assert entry["result_class"] == "holds on the stand-in" and "stand-in" in entry["class_reason"]
    # An @oauth scenario the implementation decided (creating a provider on moto) is not marked: it holds.
    unmarked = record.scenario_entry("features/federation/t.py::t", _described(),
                                     record.classify([_phase("call", "passed")]), hosted_ui="stand-in")
    assert unmarked["result_class"] == "holds"


def test_steps_after_the_failing_one_are_not_run():
    described = _described()
    executed = [{"line": 10, "text": "Alice is a confirmed user", "status": "passed", "duration": 0.01,
                 "definition": {"path": "steps/common.py", "line": 3, "function": "_"}},
                {"line": 10, "text": "Alice signs in with USER_SRP_AUTH", "status": "failed", "duration": 0.02,
                 "definition": None}]
    outcome = record.classify([_phase("call", "failed", text="AssertionError: x")],
                              {"keyword": "When", "text": "Alice signs in with USER_SRP_AUTH", "error": "AssertionError: x"})
    entry = record.scenario_entry("features/a.py::t", described, outcome, executed=executed)
    assert [s["status"] for s in entry["steps"]] == ["passed", "failed", "not run"]
    assert entry["steps"][0]["duration"] == 0.01 and entry["steps"][2]["duration"] is None


def test_an_assertion_keeps_its_message_without_the_rewritten_expression():
    text = ("AssertionError: expected NotAuthorizedException, got <InitiateAuth succeeded>\n"
            "assert None == 'NotAuthorizedException'\n +  where None = <InitiateAuth succeeded>.error_code")
    assert record.clean_error(text) == "AssertionError: expected NotAuthorizedException, got <InitiateAuth succeeded>"
    bare = "assert None == 'X'\n +  where None = <InitiateAuth succeeded>.error_code"
    assert record.clean_error(bare) == "assert None == 'X'"


def test_a_scenario_names_its_sources_and_an_undocumented_one_its_choice():
    documented = record.describe_scenario(feature(), scenario("S", [step("When", "x")], description=(
        'Source: Developer Guide, "Signing up", https://docs.aws.amazon.com/cognito/latest/developerguide/x.html\n'
        '  "A user who signs up is unconfirmed."')))
    assert documented["evidence"]["class"] == "documented"
    assert documented["evidence"]["sources"][0]["url"].endswith("/x.html")
    undocumented = record.describe_scenario(feature(), scenario("U", [step("When", "x")], tags={"undocumented"},
                                                                description="Choice: the suite pins 401."))
    assert undocumented["evidence"]["class"] == "undocumented"
    assert undocumented["evidence"]["choice"] == "the suite pins 401."
    assert _described()["evidence"]["class"] == "no source"


def test_an_older_record_is_read_with_classes_and_step_statuses(tmp_path):
    old = {"schema": "cognito-conformance/run/1", "run": {"run_id": "r"}, "counts": {}, "scenarios": [
        {**_described(), "key": "k", "result": "diverged", "stand_in": False,
         "failed_step": {"keyword": "When", "text": "Alice signs in with USER_SRP_AUTH"}}]}
    for step_ in old["scenarios"][0]["steps"]:
        step_.pop("status", None)
    old["scenarios"][0].pop("evidence")
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old))
    read = record.read_json(path)
    assert [s["status"] for s in read["scenarios"][0]["steps"]] == ["passed", "diverged", "not run"]
    assert read["scenarios"][0]["evidence"]["class"] == "no source"
