"""The plugin in a real run: the suite in a child pytest writes the record, the report and the CI files.

Serial and under pytest-xdist (-n 2) the record is the same; a run of the aws backend against moto's
standalone server merges with a run of the moto backend into one matrix.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from ..run_suite import FAKE_AWS, ROOT
from .child import load, only, run_with_report, terminal_counts

SCENARIOS = ("features/refresh", "features/signin")
SECRETS = (re.compile(r"eyJ[A-Za-z0-9_-]{4,}"), re.compile(re.escape("Aa1!")))
DIVERGING = "A proof made with a wrong password is refused"
REASON = "moto does not verify the SRP proof: a wrong password still gets tokens"


def _run(report_dir, *args, env=None):
    run = run_with_report(report_dir, *SCENARIOS, *args, env=env)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    return run


@pytest.fixture(scope="module")
def serial(tmp_path_factory):
    directory = tmp_path_factory.mktemp("serial")
    return directory, _run(directory)


@pytest.fixture(scope="module")
def parallel(tmp_path_factory):
    directory = tmp_path_factory.mktemp("parallel")
    return directory, _run(directory, "-n", "2")


def _check_run(directory, run):
    record_path = only(directory, "cognito-moto-*.json")
    html_path = record_path.with_suffix(".html")
    assert html_path.exists()
    record = load(record_path)
    counts = terminal_counts(run.stdout)
    assert record["counts"]["passed"] == counts["passed"]
    assert record["counts"]["diverged"] == counts["xfailed"]
    assert record["run"]["implementation"] == "moto" and record["run"]["run_id"] in record_path.name
    assert {"moto", "boto3", "pytest-bdd"} <= set(record["run"]["versions"])
    meta = record["run"]
    assert meta["implementation_version"] == f"moto {meta['versions']['moto']}"
    assert meta["suite"]["version"] and meta["command"].startswith("python -m pytest -p no:randomly features/refresh")
    assert meta["duration"] > 0 and meta["rerun_options"] == []
    assert record["classes"] == {"holds": counts["passed"], "holds on the stand-in": 0, "not proven here": 0}
    by_name = {s["name"]: s for s in record["scenarios"]}
    diverging = by_name[DIVERGING]
    assert diverging["result"] == "diverged"
    assert diverging["divergence"]["reason"] == REASON and diverging["divergence"]["reference"] == "moto-5.2.5.md 4b"
    last = diverging["steps"][-1]
    assert (last["keyword"], last["text"], last["status"]) == ("Then", "it fails with NotAuthorizedException", "diverged")
    assert last["definition"]["path"] == "steps/common.py" and last["definition"]["line"] > 0
    assert all(step["status"] == "passed" and step["duration"] >= 0 for step in diverging["steps"][:-1])
    call = diverging["failed_step"]["call"]  # what moto answered to the wrong password's proof
    assert call["operation"] == "RespondToAuthChallenge" and "error_code" not in call
    assert "AuthenticationResult" in call["response_keys"]
    assert call["request"]["ChallengeResponses"]["PASSWORD_CLAIM_SIGNATURE"] == "***"
    outline = [s for s in record["scenarios"]
               if s["name"] == "A refresh returns new ID and access tokens and no refresh token"]
    assert sorted(s["example"]["operation"] for s in outline) == ["AdminInitiateAuth", "InitiateAuth"]
    assert all(s["result"] == "passed" for s in outline)
    assert outline[0]["feature"]["path"] == "features/refresh/refresh_tokens.feature"
    html = html_path.read_text()
    assert DIVERGING in html and "moto does not verify the SRP proof" in html
    assert "Feature: Refreshing tokens" in html
    run_id = record["run"]["run_id"]
    junit, cucumber = only(directory, "junit-moto-*.xml"), only(directory, "cucumber-moto-*.json")
    assert run_id in junit.name and run_id in cucumber.name  # named by run, like the record
    assert f'tests="{sum(counts.values())}"' in junit.read_text()
    cucumber_scenarios = [e["name"] for f in load(cucumber) for e in f["elements"]]
    assert len(cucumber_scenarios) == len(record["scenarios"])
    for path in directory.iterdir():
        text = path.read_text(encoding="utf-8")
        for secret in SECRETS:
            assert not secret.search(text), f"{secret.pattern} in {path.name}"
    assert f"cognito report: {html_path}" in run.stdout
    return record


def test_a_run_writes_its_record_report_junit_and_cucumber_files(serial):
    _check_run(*serial)


def test_a_parallel_run_writes_the_same_record(serial, parallel):
    serial_record, parallel_record = _check_run(*serial), _check_run(*parallel)

    def results(record):
        return {s["key"]: (s["result"], s["reason"], [(t["text"], t["status"]) for t in s["steps"]])
                for s in record["scenarios"]}

    assert results(parallel_record) == results(serial_record)


def test_no_report_writes_nothing(tmp_path):
    run = run_with_report(tmp_path, "features/refresh", "--no-report")
    assert run.returncode == 0, run.stdout[-3000:]
    assert list(tmp_path.iterdir()) == []


def test_runs_on_two_backends_merge_into_one_matrix(serial, moto_server, env_file, tmp_path):
    server_dir = tmp_path / "server"
    _run(server_dir, "--backend", "aws", "--endpoint-url", moto_server,
         "--emulator", "moto", "--env-file", str(env_file), env=FAKE_AWS)
    server_record = only(server_dir, "cognito-moto-*.json")
    assert load(server_record)["run"]["endpoint"] == moto_server
    out = tmp_path / "matrix.html"
    merged = subprocess.run(
        [sys.executable, "-m", "cognito_conformance.reporting", "merge", str(only(serial[0], "cognito-moto-*.json")),
         str(server_record), "-o", str(out), "--json", str(tmp_path / "matrix.json")],
        cwd=ROOT, capture_output=True, text=True, check=False)
    assert merged.returncode == 0, merged.stderr
    matrix = load(tmp_path / "matrix.json")
    assert [c["label"] for c in matrix["columns"]] == ["moto", "moto (server)"]
    cells = {row["scenario"]: [c["result"] for c in row["cells"]] for row in matrix["rows"]}
    assert cells[DIVERGING] == ["diverged", "diverged"]
    assert cells["The refreshed access token works"] == ["passed", "passed"]
    html = out.read_text()
    assert "moto (server)" in html and REASON in html
    assert matrix["totals"][0] == matrix["totals"][1]  # moto behaves alike in process and as a server here


FAILING = "The refreshed access token works"
FIXED = "A wrong password is refused"
SKIPPED = "A flow the app client allows signs Alice in"


def test_a_red_run_puts_what_needs_attention_first_and_counts_it_right(tmp_path):
    """A failure, a registered divergence that no longer diverges (two examples) and a skip."""
    run = run_with_report(tmp_path, *SCENARIOS, "-p", "tests.reporting.red_run",
                          env={"CC_TEST_FAIL": FAILING, "CC_TEST_XPASS": FIXED, "CC_TEST_SKIP": SKIPPED})
    assert run.returncode == 1, run.stdout[-3000:] + run.stderr[-2000:]
    counts = terminal_counts(run.stdout)
    assert counts["failed"] == 3  # pytest counts the two divergences that no longer diverge as failed...
    summary = next(line for line in run.stdout.splitlines() if "expected divergences," in line)
    assert summary.endswith(", 3 skipped, 3 failed")  # ...and so does the suite
    assert "verdict: FAILED: 3 scenarios do not hold as registered" in run.stdout
    failed_id = "features/refresh/test_refresh.py::test_the_refreshed_access_token_works"
    assert f"  failed: {failed_id}\n    rerun: python -m pytest {failed_id}\n" in run.stdout
    assert ("  failed, no longer diverges: features/signin/test_signin.py::test_a_wrong_password_is_refused["
            in run.stdout)
    assert "now does what Cognito documents" in run.stdout and "XPASS" not in run.stdout
    record = load(only(tmp_path, "cognito-moto-*.json"))
    assert record["counts"]["failed"] == 3 and "xpassed-strict" not in record["counts"]
    assert record["counts"]["skipped"] == 3
    fixed = [s for s in record["scenarios"] if s["name"] == FIXED]
    assert len(fixed) == 2 and all(s["no_longer_diverges"] and "now does what Cognito documents" in s["reason"]
                                   for s in fixed)
    failed = next(s for s in record["scenarios"] if s["name"] == FAILING)
    assert [step["status"] for step in failed["steps"]][-1] == "failed"
    assert "+  where" not in failed["error"] and failed["error"].startswith("AssertionError: expected")
    assert failed["failed_step"]["call"]["operation"]  # the last Cognito call before the failing Then
    html = only(tmp_path, "cognito-moto-*.html").read_text()
    attention = html[html.index('id="attention"'):html.index("</section>", html.index('id="attention"'))]
    assert "Needs attention (3)" in attention and failed_id in attention
    assert f"python -m pytest {failed_id}" in attention and "test_a_wrong_password_is_refused[" in attention
    # The rerun command, as printed, runs exactly that scenario (with the same red_run plugin).
    rerun = run_with_report(tmp_path / "rerun", failed_id, "-p", "tests.reporting.red_run",
                            env={"CC_TEST_FAIL": FAILING})
    assert terminal_counts(rerun.stdout) == {"failed": 1}, rerun.stdout[-2000:]


def test_the_next_run_reports_a_fixed_divergence(tmp_path):
    first = run_with_report(tmp_path, "features/refresh", "-p", "tests.reporting.red_run",
                            env={"CC_TEST_DIVERGE": FAILING})
    assert first.returncode == 0, first.stdout[-3000:]
    assert "cognito trend: nothing to compare yet" in first.stdout and "cognito trend since" not in first.stdout
    second = run_with_report(tmp_path, "features/refresh", "-p", "tests.reporting.red_run",
                             env={"CC_TEST_XPASS": FAILING})
    assert "cognito trend since run " in second.stdout
    assert "0 new failures, 1 fixed divergences, 0 new divergences" in second.stdout
    newest = max(tmp_path.glob("cognito-moto-*.json"), key=lambda p: load(p)["run"]["finished"] + p.name)
    trend = load(newest)["trend"]
    assert [item["name"] for item in trend["fixed_divergences"]] == [FAILING]
    assert trend["fixed_divergences"][0]["before"] == "diverged"
    assert "Since the previous run" in newest.with_suffix(".html").read_text()


def test_the_project_tests_child_runs_write_nothing_into_reports(tmp_path):
    reports = ROOT / "reports"
    before = sorted(reports.iterdir()) if reports.exists() else []
    from ..run_suite import run_suite

    run = run_suite("features/refresh")
    assert run.returncode == 0, run.stdout[-2000:]
    assert (sorted(reports.iterdir()) if reports.exists() else []) == before
