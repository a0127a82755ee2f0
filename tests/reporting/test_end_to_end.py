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
    by_name = {s["name"]: s for s in record["scenarios"]}
    diverging = by_name[DIVERGING]
    assert diverging["result"] == "diverged"
    assert diverging["divergence"]["reason"] == REASON and diverging["divergence"]["reference"] == "moto-5.2.5.md 4b"
    assert diverging["steps"][-1] == {"keyword": "Then", "text": "it fails with NotAuthorizedException",
                                      "line": diverging["steps"][-1]["line"], "table": None, "docstring": None}
    outline = [s for s in record["scenarios"]
               if s["name"] == "A refresh returns new ID and access tokens and no refresh token"]
    assert sorted(s["example"]["operation"] for s in outline) == ["AdminInitiateAuth", "InitiateAuth"]
    assert all(s["result"] == "passed" for s in outline)
    assert outline[0]["feature"]["path"] == "features/refresh/refresh_tokens.feature"
    html = html_path.read_text()
    assert DIVERGING in html and "moto does not verify the SRP proof" in html
    assert "Feature: Refreshing tokens" in html
    junit, cucumber = directory / "junit-moto.xml", directory / "cucumber-moto.json"
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
        return {s["key"]: (s["result"], s["reason"], s["steps"]) for s in record["scenarios"]}

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
