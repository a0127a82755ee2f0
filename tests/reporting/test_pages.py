"""The HTML report, the matrix and the cucumber JSON built from run records: escaped, masked, merged."""

from __future__ import annotations

import json
import subprocess
import sys
from html.parser import HTMLParser

from cognito_conformance.reporting import cucumber, matrix, record, report

from .samples import JWT, PASSWORD, feature, scenario, step

HOSTILE = '<script>alert("x")</script> & "quotes"'


def _entry(name, outcome, *, path="features/signin/srp.feature", example=None, steps=None, hosted_ui=None,
           divergence=None):
    described = record.describe_scenario(
        feature(path=path), scenario(name, steps or [step("When", "Alice signs in"), step("Then", "it succeeds")]),
        example=example, divergence=divergence, root="/root")
    return record.scenario_entry(f"{path}::{name}", described, {**record.classify([]), **outcome}, hosted_ui)


def _run(implementation, entries, backend="moto", run_id="r1"):
    return record.build_run({"run_id": run_id, "backend": backend, "implementation": implementation,
                             "region": "us-east-1", "endpoint": "in-process mock"}, entries)


class _Checker(HTMLParser):
    """Collects tags and text; fails on a <script> element (the reports need none)."""

    def __init__(self):
        super().__init__()
        self.tags, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def _parsed(html):
    checker = _Checker()
    checker.feed(html)
    return checker


def test_the_report_shows_each_scenario_with_its_result_and_reason():
    run = _run("moto", [
        _entry("A passing one", {"result": "passed"}),
        _entry("A diverging one", {"result": "diverged", "reason": "moto diverges: no check (4b)",
                                   "failed_step": {"keyword": "Then", "text": "it succeeds", "error": "AssertionError"}},
               divergence=None),
        _entry("A skipped one", {"result": "skipped", "reason": "needs a delivered code"}),
        _entry("A failing one", {"result": "failed", "phase": "call", "error": "AssertionError: expected X",
                                 "failed_step": {"keyword": "Then", "text": "it succeeds"}}),
        _entry("A fixed one", {"result": "xpassed-strict", "reason": "moto diverges: fixed (4c)"}),
        _entry("An OAuth one", {"result": "passed"}, path="features/oauth/authorize.feature", hosted_ui="stand-in"),
    ])
    html = report.render(run)
    parsed = _parsed(html)
    assert "script" not in parsed.tags and "link" not in parsed.tags and "img" not in parsed.tags
    text = " ".join(parsed.text)
    for expected in ("Cognito conformance on moto", "us-east-1", "r1", "Feature: Signing in with SRP",
                     "Why it matters.", "Scenario: A diverging one", "Expected divergence: moto diverges: no check (4b)",
                     "Skipped: needs a delivered code", "AssertionError: expected X", "no longer diverges",
                     "proved against the stand-in", "signin", "oauth"):
        assert expected in text, expected
    assert 'id="summary"' in html and 'href="#domain-signin"' in html


def test_the_report_escapes_every_text_and_holds_no_secret():
    run = _run("moto", [_entry(HOSTILE, {"result": "failed", "error": f"{HOSTILE} IdToken={JWT}"},
                               steps=[step("When", f"Alice types {PASSWORD} {HOSTILE}", table=[[HOSTILE]])],
                               example={"value": HOSTILE})])
    run["run"]["region"] = HOSTILE
    html = report.render(run)
    assert "<script>" not in html and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "eyJ" not in html and "Aa1!" not in html


def test_the_matrix_puts_runs_side_by_side_with_not_run_for_missing_rows():
    moto = _run("moto", [
        _entry("Shared", {"result": "passed"}),
        _entry("Outline", {"result": "diverged", "reason": "moto diverges: a (1)"}, example={"flow": "SRP"}),
        _entry("Outline", {"result": "passed"}, example={"flow": "PASSWORD"}),
        _entry("Only on moto", {"result": "skipped", "reason": "no code source"}),
    ])
    server = _run("moto", [
        _entry("Shared", {"result": "failed", "error": f"boom {JWT}"}),
        _entry("Outline", {"result": "passed"}, example={"flow": "SRP"}),
        _entry("Only on the server", {"result": "passed"}, hosted_ui="stand-in"),
    ], backend="aws", run_id="r2")
    built = matrix.build([moto, server])
    assert [c["label"] for c in built["columns"]] == ["moto", "moto (server)"]
    rows = {row["key"]: [cell["result"] for cell in row["cells"]] for row in built["rows"]}
    prefix = "features/signin/srp.feature › "
    assert rows == {
        f"{prefix}Shared": ["passed", "failed"],
        f"{prefix}Outline [flow=SRP]": ["diverged", "passed"],
        f"{prefix}Outline [flow=PASSWORD]": ["passed", "not run"],
        f"{prefix}Only on moto": ["skipped", "not run"],
        f"{prefix}Only on the server": ["not run", "passed"],
    }
    assert built["totals"][0] == {"passed": 2, "diverged": 1, "skipped": 1, "failed": 0, "xpassed-strict": 0,
                                  "not run": 1}
    assert built["totals"][1]["not run"] == 2
    html = matrix.render(built)
    assert 'title="moto diverges: a (1)"' in html and "no code source" in html
    assert "proved against the hosted-UI stand-in" in html
    assert "eyJ" not in html and "eyJ" not in json.dumps(built)
    assert "<script" not in html


def test_two_runs_of_one_implementation_get_distinct_columns():
    built = matrix.build([_run("moto", [], run_id="a"), _run("moto", [], run_id="b")])
    assert [c["label"] for c in built["columns"]] == ["moto · a", "moto · b"]


def test_the_matrix_escapes_hostile_names():
    run = _run(HOSTILE, [_entry(HOSTILE, {"result": "skipped", "reason": HOSTILE})], backend="aws")
    html = matrix.render(matrix.build([run]))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_cucumber_json_marks_steps_up_to_the_one_that_showed_the_result():
    run = _run("moto", [
        _entry("Diverges", {"result": "diverged", "reason": "moto diverges: x (1)",
                            "failed_step": {"keyword": "Then", "text": "it succeeds"}},
               steps=[step("Given", "a"), step("Then", "it succeeds"), step("And", "b")]),
        _entry("Holds", {"result": "passed", "duration": 0.5}),
    ])
    features = cucumber.build(run)
    [feature_] = features
    diverges, holds = feature_["elements"]
    assert [s["result"]["status"] for s in diverges["steps"]] == ["passed", "skipped", "skipped"]
    assert diverges["steps"][1]["result"]["error_message"] == "moto diverges: x (1)"
    assert [s["result"]["status"] for s in holds["steps"]] == ["passed", "passed"]
    assert holds["steps"][-1]["result"]["duration"] == 500_000_000


def test_the_merge_command_writes_html_and_json(tmp_path):
    paths = []
    for implementation, backend in (("moto", "moto"), ("cognito-local", "aws")):
        run = _run(implementation, [_entry("Shared", {"result": "passed"})], backend=backend)
        paths.append(str(record.write_json(run, tmp_path / f"{record.file_stem(run)}.json")))
    out = tmp_path / "matrix.html"
    done = subprocess.run([sys.executable, "-m", "cognito_conformance.reporting", "merge", *paths, "-o", str(out),
                           "--json", str(tmp_path / "matrix.json")], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "1 behaviours on 2 runs" in done.stdout
    assert "cognito-local" in out.read_text()
    assert json.loads((tmp_path / "matrix.json").read_text())["columns"][1]["label"] == "cognito-local"
    bad = subprocess.run([sys.executable, "-m", "cognito_conformance.reporting", "merge", str(out), "-o",
                          str(tmp_path / "x.html")], capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and "error:" in bad.stderr
