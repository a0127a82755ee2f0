"""The HTML report, the matrix and the cucumber JSON built from run records: escaped, masked, merged."""

from __future__ import annotations

import json
from types import SimpleNamespace
import subprocess
import sys
from html.parser import HTMLParser

from cognito_conformance import result_classes
from cognito_conformance.reporting import cucumber, matrix, page, record, report
from cognito_conformance.reporting.links import Linker

from .samples import JWT, PASSWORD, feature, scenario, step

HOSTILE = '<script>alert("x")</script> & "quotes"'


def _entry(name, outcome, *, path="features/signin/srp.feature", example=None, steps=None, hosted_ui=None,
           divergence=None, tags=(), description="", marks=(), example_index=None):
    described = record.describe_scenario(
        feature(path=path), scenario(name, steps or [step("When", "Alice signs in"), step("Then", "it succeeds")],
                                     tags=tags, description=description),
        example=example, divergence=divergence, root="/root", example_index=example_index)
    phases = [{"when": "call", "outcome": "passed", "duration": 0.1, "wasxfail": None, "text": None,
               "user_properties": [["cognito_result_class", {"class": c, "reason": r}] for c, r in marks]}]
    classified = record.classify(phases, divergence=described["divergence"])
    return record.scenario_entry(f"{path}::{name}", described, {**classified, **outcome}, hosted_ui)


def _run(implementation, entries, backend="moto", run_id="r1"):
    return record.build_run({"run_id": run_id, "backend": backend, "implementation": implementation,
                             "region": "us-east-1", "endpoint": "in-process mock"}, entries)


class _Checker(HTMLParser):
    """Collects tags, attributes and text (a script's text apart)."""

    def __init__(self):
        super().__init__()
        self.tags, self.text, self.attrs, self.scripts, self._in_script = [], [], [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)


def _self_contained(parsed):
    """One inline script (the page's own), nothing loaded from elsewhere."""
    assert parsed.tags.count("script") == 1 and parsed.scripts == [page.SCRIPT]
    assert "link" not in parsed.tags and "img" not in parsed.tags and "iframe" not in parsed.tags
    assert not any("src" in attrs for _, attrs in parsed.attrs)


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
        _entry("A fixed one", {"result": "failed", "no_longer_diverges": True,
                               "reason": "moto 5.2.6 now does what Cognito documents: fixed (4c)"}),
        _entry("An OAuth one", {"result": "passed"}, path="features/oauth/authorize.feature", hosted_ui="stand-in"),
    ])
    html = report.render(run)
    parsed = _parsed(html)
    _self_contained(parsed)
    text = " ".join(parsed.text)
    for expected in ("Cognito conformance on moto", "us-east-1", "r1", "Feature: Signing in with SRP",
                     "Why it matters.", "Scenario: A diverging one", "Expected divergence: moto diverges: no check (4b)",
                     "Skipped: needs a delivered code", "AssertionError: expected X", "no longer diverges",
                     "holds on the stand-in", "signin", "oauth"):
        assert expected in text, expected
    assert 'id="summary"' in html and 'href="#domain-signin"' in html


def test_the_report_escapes_every_text_and_holds_no_secret():
    run = _run("moto", [_entry(HOSTILE, {"result": "failed", "error": f"{HOSTILE} IdToken={JWT}"},
                               steps=[step("When", f"Alice types {PASSWORD} {HOSTILE}", table=[[HOSTILE]])],
                               example={"value": HOSTILE})])
    run["run"]["region"] = HOSTILE
    html = report.render(run)
    assert html.count("<script>") == 1 and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    _self_contained(_parsed(html))
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
        _entry("Only on the server", {"result": "passed"}, hosted_ui="stand-in",
               marks=[(result_classes.STAND_IN, "the stand-in answered")]),
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
    assert built["totals"][0] == {"passed": 2, "diverged": 1, "skipped": 1, "failed": 0,
                                  "not run": 1, "holds": 2, "holds on the stand-in": 0, "not proven here": 0}
    assert built["totals"][1]["not run"] == 2 and built["totals"][1]["holds on the stand-in"] == 1
    html = matrix.render(built)
    assert 'title="moto diverges: a (1)"' in html and "no code source" in html
    assert "holds on the stand-in" in html
    assert "eyJ" not in html and "eyJ" not in json.dumps(built)
    _self_contained(_parsed(html))


def test_two_runs_of_one_implementation_get_distinct_columns():
    built = matrix.build([_run("moto", [], run_id="a"), _run("moto", [], run_id="b")])
    assert [c["label"] for c in built["columns"]] == ["moto · a", "moto · b"]


def test_the_matrix_escapes_hostile_names():
    run = _run(HOSTILE, [_entry(HOSTILE, {"result": "skipped", "reason": HOSTILE})], backend="aws")
    html = matrix.render(matrix.build([run]))
    assert html.count("<script>") == 1 and "&lt;script&gt;" in html


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


def _section(html, anchor):
    start = html.index(f'id="{anchor}"')
    return html[start:html.index("</section>", start)]


def test_passed_results_are_reported_by_what_decided_them():
    run = _run("moto", [
        _entry("Decided by moto", {}),
        _entry("Decided by the stand-in", {}, path="features/oauth/authorize.feature", hosted_ui="stand-in",
               marks=[(result_classes.STAND_IN, record.STAND_IN_REASON)]),
        _entry("A placeholder code", {}, marks=[(result_classes.NOT_PROVEN, "moto accepts any code")]),
        _entry("A diverging one", {"result": "diverged", "reason": "moto diverges: x (1)"}),
    ])
    assert run["classes"] == {"holds": 1, "holds on the stand-in": 1, "not proven here": 1}
    html = report.render(run)
    classes = _section(html, "classes")
    assert "moto accepts any code" in classes and "A placeholder code" in classes
    assert "hosted-UI endpoints answered by the suite&#x27;s stand-in" in classes
    assert "1 holds, 1 holds on the stand-in, 1 not proven here" in html  # the verdict line
    assert 'data-class="not proven here"' in html
    built = matrix.build([run])
    labels = {row["scenario"]: matrix.cell_label(row["cells"][0]) for row in built["rows"]}
    assert "not proven here" in labels["A placeholder code"] and "stand-in" in labels["Decided by the stand-in"]
    assert ">holds<" in labels["Decided by moto"]


def test_each_scenario_shows_its_sources_and_undocumented_ones_are_listed_apart():
    source = ('Source: API Reference, "SignUp", https://docs.aws.amazon.com/cognito-user-identity-pools/latest/'
              'APIReference/API_SignUp.html\n  "UserConfirmed: A response from the server."')
    run = _run("moto", [
        _entry("Documented", {}, description=source),
        _entry("Chosen", {}, tags=("undocumented",), description="Choice: the suite pins 401 for this."),
        _entry("Bare", {}),
    ])
    html = report.render(run)
    assert '<a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html"' in html
    assert "UserConfirmed: A response from the server." in html
    evidence = _section(html, "evidence")
    assert "@undocumented scenarios (1)" in evidence and "the suite pins 401 for this." in evidence
    assert "1 scenarios name no source" in evidence
    assert "Evidence: no source named" in html


def test_what_the_backend_does_not_enforce_is_grouped_by_risk():
    run = _run("moto", [
        _entry("A proof made with a wrong password is refused", {"result": "diverged", "reason": "r"},
               divergence=SimpleNamespace(reason="moto does not verify the SRP proof", reference="moto-5.2.5.md 4b",
                                          upstream="https://github.com/getmoto/moto/issues/7562")),
        _entry("Disabling a user revokes the user's tokens", {"result": "diverged", "reason": "r"},
               divergence=SimpleNamespace(reason="moto still refreshes", reference="moto-5.2.5.md 6d", upstream=None)),
        _entry("The challenge names the user by the username", {"result": "diverged", "reason": "r"},
               divergence=SimpleNamespace(reason="moto gives the sub", reference="moto-5.2.5.md 4c", upstream=None)),
    ])
    section = _section(report.render(run), "not-enforced")
    order = [section.index(name) for name in ("authentication proof (1)", "revocation (1)",
                                              "other differences (not a security control) (1)")]
    assert order == sorted(order)
    assert '<a href="https://github.com/getmoto/moto/issues/7562" rel="noopener">upstream issue</a>' in section
    assert 'href="docs/moto-5.2.5.md#table">moto-5.2.5.md 4b</a>' in section


def test_an_outline_is_a_table_of_its_examples_in_file_order():
    run = _run("moto", [
        _entry("Outline", {"result": "diverged", "reason": "moto diverges: x (1)"}, example={"flow": "USER_PASSWORD_AUTH"},
               example_index=1),
        _entry("Outline", {"result": "passed"}, example={"flow": "USER_SRP_AUTH"}, example_index=0),
    ])
    html = report.render(run)
    table = html[html.index('<table class="examples">'):html.index("</table>", html.index('<table class="examples">'))]
    assert table.index("USER_SRP_AUTH") < table.index("USER_PASSWORD_AUTH")
    assert table.count("data-row-for=") == 2 and "expected divergence" in table and ">holds<" in table


def test_links_into_the_repository_are_relative_to_the_page(tmp_path):
    root = tmp_path / "repo"
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "cognito-spec.md").write_text("## 9. OAuth\n### 9.1 Authorize endpoint\n")
    linker = Linker(root / "reports", root)
    html = linker.prose('Checks: Developer Guide "x"; docs/cognito-spec.md sections 9.1 and 9.2.')
    assert '<a href="../docs/cognito-spec.md">docs/cognito-spec.md</a>' in html
    assert '<a href="../docs/cognito-spec.md#91-authorize-endpoint">9.1</a>' in html
    assert '<a href="../docs/cognito-spec.md#9-oauth">9.2</a>' in html  # no 9.2 heading: its chapter
    assert linker.file("features/signin/srp.feature", 12) == \
        '<a href="../features/signin/srp.feature#L12">features/signin/srp.feature:12</a>'
    assert "&lt;b&gt;" in linker.prose("<b> https://example.com/x.")
    assert '<a href="https://example.com/x" rel="noopener">' in linker.prose("see https://example.com/x.")


def test_the_trend_names_new_failures_and_fixed_and_new_divergences():
    from cognito_conformance.reporting import trend

    before = _run("moto", [_entry("Fixed", {"result": "diverged", "reason": "d"}), _entry("Breaks", {}),
                           _entry("Starts diverging", {})])
    after = _run("moto", [_entry("Fixed", {"result": "failed", "no_longer_diverges": True, "reason": "d"}),
                          _entry("Breaks", {"result": "failed", "error": "boom"}),
                          _entry("Starts diverging", {"result": "diverged", "reason": "d"})], run_id="r2")
    found = trend.compare(before, after, "old.json")
    assert [i["name"] for i in found["new_failures"]] == ["Breaks"]
    assert [i["name"] for i in found["fixed_divergences"]] == ["Fixed"]
    assert [i["name"] for i in found["new_divergences"]] == ["Starts diverging"]
    assert trend.lines(found)[0] == ("since run r1 (time unknown): 1 new failures, 1 fixed divergences, "
                                     "1 new divergences, 0 failures that now hold")
    after["trend"] = found
    assert "Since the previous run" in report.render(after)


def test_the_report_names_the_hosted_ui_from_what_the_scenarios_did():
    skipped = [_entry("OAuth", {"result": "skipped", "reason": "no hosted UI"}, path="features/oauth/a.feature",
                      hosted_ui="cognito-local")]
    assert report.hosted_ui_line(skipped) == "none used: all 1 @oauth and @federation scenarios skipped"
    assert report.hosted_ui_line([_entry("Plain", {})]).startswith("none: no @oauth")
    ran = [_entry("OAuth", {}, path="features/oauth/a.feature", hosted_ui="cognito")]
    assert report.hosted_ui_line(ran).startswith("the implementation's hosted-UI domain")


def test_merge_latest_keeps_the_newest_record_of_each_implementation(tmp_path):
    paths = []
    for run_id, started in (("old", "2026-01-01T00:00:00+00:00"), ("new", "2026-01-02T00:00:00+00:00")):
        run = _run("moto", [_entry("Shared", {"result": "passed"})], run_id=run_id)
        run["run"]["started"] = started
        paths.append(str(record.write_json(run, tmp_path / f"{record.file_stem(run)}.json")))
    done = subprocess.run([sys.executable, "-m", "cognito_conformance.reporting", "merge", "--latest", *paths,
                           "-o", str(tmp_path / "m.json")], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert [c["run_id"] for c in json.loads((tmp_path / "m.json").read_text())["columns"]] == ["new"]
