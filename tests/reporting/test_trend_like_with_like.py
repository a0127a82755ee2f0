"""The trend compares like with like: after a run of a selection, a one-scenario rerun and the same selection
again, the third run is compared with the first (same backend, implementation and selection), the rerun
between them changes nothing for the scenarios it did not run, and the report says so, in headless
Chromium too. The rerun itself is compared with the first run, saying that its selection differs and what
it did not run. A first run says "nothing to compare yet"."""

from __future__ import annotations

import re

import pytest

from .child import load, run_with_report
from .test_report_in_chromium import CHROMIUM, open_in_chromium

SELECTION = "features/signup"
FIXED = "A new account must change its temporary password"
FIXED_ID = "features/signup/test_signup.py::test_a_new_account_must_change_its_temporary_password"


def _record(directory, stdout: str) -> dict:
    [path] = re.findall(r"cognito report: (\S+\.json)\n", stdout)[:1]
    return load(directory / path.rsplit("/", 1)[-1])


@pytest.fixture(scope="module")
def three_runs(tmp_path_factory):
    """The selection with one scenario failing, that scenario alone (fixed), then the selection again."""
    directory = tmp_path_factory.mktemp("trend")
    first = run_with_report(directory, SELECTION, "-p", "tests.reporting.red_run", env={"CC_TEST_FAIL": FIXED})
    assert first.returncode == 1, first.stdout[-3000:]
    rerun = run_with_report(directory, FIXED_ID)
    assert rerun.returncode == 0, rerun.stdout[-3000:]
    third = run_with_report(directory, SELECTION)
    assert third.returncode == 0, third.stdout[-3000:]
    return directory, [(run, _record(directory, run.stdout)) for run in (first, rerun, third)]


def test_a_first_run_has_nothing_to_compare_yet(three_runs):
    directory, [(first, record), *_] = three_runs
    assert "cognito trend: nothing to compare yet" in first.stdout
    assert record["trend"]["previous"] is None
    html = (directory / f"cognito-moto-{record['run']['run_id']}.html").read_text()
    assert "Nothing to compare yet" in html


def test_the_next_run_of_the_selection_is_compared_with_the_last_one_not_with_the_rerun(three_runs):
    _, [(_, first), (_, rerun), (third, record)] = three_runs
    trend = record["trend"]
    assert trend["previous"]["run_id"] == first["run"]["run_id"] != rerun["run"]["run_id"]
    assert trend["same_selection"] is True and trend["selection"] == SELECTION
    assert trend["not_run_then"] == [] and trend["not_run_now"] == []
    assert trend["compared"] == len(record["scenarios"]) > 20
    # No change for the scenarios the rerun did not run: only the fixed one moved.
    assert [item["name"] for item in trend["fixed_failures"]] == [FIXED]
    assert trend["new_failures"] == trend["new_divergences"] == trend["fixed_divergences"] == []
    assert f"cognito trend since run {first['run']['run_id']} " in third.stdout
    assert "0 new failures, 0 fixed divergences, 0 new divergences, 1 failures that now hold" in third.stdout
    # The history strip: the runs of this selection, the rerun not among them.
    assert [entry["run_id"] for entry in trend["history"]] == [first["run"]["run_id"], record["run"]["run_id"]]


def test_the_rerun_says_what_it_compared_with_and_what_it_did_not_run(three_runs):
    _, [(_, first), (rerun, record), _] = three_runs
    trend = record["trend"]
    assert trend["previous"]["run_id"] == first["run"]["run_id"] and trend["same_selection"] is False
    assert trend["compared"] == 1 and len(trend["not_run_now"]) == len(first["scenarios"]) - 1
    assert [item["name"] for item in trend["fixed_failures"]] == [FIXED] and trend["new_divergences"] == []
    assert (f"a different selection: that run's was {SELECTION}, this run's is {FIXED_ID}; 0 run now were not "
            f"run then, {len(first['scenarios']) - 1} run then were not run now") in rerun.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium binary: apt-get install -y chromium chromium-driver")
def test_the_trend_in_chromium_reports_no_change_for_what_the_rerun_did_not_run(three_runs, tmp_path):
    directory, [(_, first), _, (_, record)] = three_runs
    page = directory / f"cognito-moto-{record['run']['run_id']}.html"
    dom, errors = open_in_chromium(page, tmp_path / "trend.png", tmp_path)
    assert errors == []
    section = dom[dom.index('id="trend"'):]
    section = re.sub(r"<[^>]+>", " ", section[:section.index("</section>")])
    text = " ".join(section.split())
    assert f"Compared with run {first['run']['run_id']}" in text
    assert f"Compared {len(record['scenarios'])} scenarios run in both, the same selection ({SELECTION}); 0 run now were not run then, 0 run then were not run now" in text
    assert "failures that now hold: 1" in text and FIXED in text
    assert "new divergences" not in text and "new failures" not in text
    assert "History of this selection (the last 2 runs)" in text
