"""The catalogue ships: a wheel built from the project, installed in a fresh virtualenv outside the
checkout, runs every scenario with ``cognito-conformance``, with the same counts as the checkout. The
checkout and an install agree: pytest in the checkout runs the checkout's code beside a wheel's install
(or stops with one line), and ``cognito-conformance`` from an editable install runs anywhere."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from ..run_suite import ROOT, run_suite
from .dead_links import dead_links
from .environment import clean_env

COUNTS = re.compile(r"^=* ?(?P<counts>\d+ passed.*) in [\d.]+s", re.MULTILINE)


def _counts(output: str) -> str:
    found = COUNTS.findall(output)
    assert found, output[-3000:]
    return re.sub(r", \d+ warnings?", "", found[-1])


def test_the_wheel_carries_the_feature_files(installed, tmp_path):
    listed = subprocess.run([str(installed / "python"), "-c",
                             "from cognito_conformance.cli import features_directory as f; "
                             "print(*sorted(p.relative_to(f()).as_posix() for p in f().rglob('*.feature')))"],
                            cwd=tmp_path, check=True, capture_output=True, text=True).stdout.split()
    in_checkout = sorted(p.relative_to(ROOT / "features").as_posix() for p in (ROOT / "features").rglob("*.feature"))
    assert listed == in_checkout


def test_the_installed_command_runs_the_whole_catalogue_like_the_checkout(installed, tmp_path):
    """Also the early warning for new releases: the wheel's virtualenv holds the newest releases its
    declared ranges allow (no constraints), and the catalogue runs there with --strict-divergences on a
    moto version the registry measured; a release it has not measured fails here first."""
    elsewhere = tmp_path / "anywhere"
    elsewhere.mkdir()
    run = subprocess.run([str(installed / "cognito-conformance"), "-q", "-n", "2", "--strict-divergences"],
                         cwd=elsewhere, env=clean_env(), capture_output=True, text=True, timeout=900, check=False)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    title = next(line for line in run.stdout.splitlines() if "cognito conformance on moto " in line)
    assert "is a version the registry has not measured" not in run.stdout, (
        f"the newest moto release is one the divergence registry has not measured ({title.strip('= ')}): "
        "re-measure the registry on it (README.md#divergences), then add it to MEASURED_ON and constraints.txt")
    checkout = run_suite("features", "-q", "--no-report")
    assert checkout.returncode == 0, checkout.stdout[-3000:]
    assert _counts(run.stdout) == _counts(checkout.stdout)
    # Reports land under the directory it ran in, not inside the installed package.
    written = sorted(path.name.split("-")[0] for path in (elsewhere / "reports").iterdir())
    assert {"cognito", "junit", "cucumber"} <= set(written), written
    # Every link of the report resolves in the install: the documents it cites ship in the package.
    [page] = (elsewhere / "reports").glob("cognito-moto-*.html")
    total, dead = dead_links(page)
    assert total > 1000 and not dead, f"{sum(dead.values())} of {total} links dead: {dead.most_common(10)}"


def test_the_installed_command_takes_pytest_selection_options(installed, tmp_path):
    run = subprocess.run([str(installed / "cognito-conformance"), "-q", "-k", "unconfirmed", "--no-report",
                          "-p", "no:randomly"], cwd=tmp_path, env=clean_env(), capture_output=True, text=True,
                         timeout=600, check=False)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    selected = int(re.search(r"(\d+) passed", run.stdout)[1]) + int((re.search(r"(\d+) xfailed", run.stdout) or [0, 0])[1])
    assert 0 < selected < 50, run.stdout[-2000:]
    assert "deselected" in run.stdout


#: A few scenarios of the catalogue (the unconfirmed user's), enough to show the suite's plugin at work.
FEW = ("-k", "unconfirmed", "--no-report", "-p", "no:randomly")


def _catalogue_line(features: Path) -> str:
    return f"cognito conformance: on, because the catalogue ({features}) is collected"


def test_python_m_pytest_in_the_checkout_runs_the_checkouts_code_beside_a_wheels_install(installed):
    run = subprocess.run([str(installed / "python"), "-m", "pytest", "features", *FEW], cwd=ROOT,
                         env=clean_env(), capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert re.search(r"\b\d+ passed, \d+ deselected", run.stdout), run.stdout[-2000:]
    assert _catalogue_line(ROOT / "features") in run.stdout, run.stdout[:3000]


def test_plain_pytest_in_the_checkout_beside_a_wheels_install_stops_with_one_line(installed):
    """Its entry point imports the installed copy before the checkout's conftest.py is read."""
    run = subprocess.run([str(installed / "pytest"), "features", *FEW], cwd=ROOT, env=clean_env(),
                         capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 4, run.stdout[-3000:] + run.stderr[-2000:]
    assert run.stdout.strip() == "", run.stdout[-3000:]
    [line] = run.stderr.strip().splitlines()
    assert line.startswith("ERROR: pytest here would run the cognito_conformance installed at "), line
    assert line.endswith(f"install the checkout editable (pip install -e . in {ROOT})"), line


def test_the_command_of_an_editable_install_runs_the_checkouts_catalogue_anywhere(editable, tmp_path):
    features = subprocess.run([str(editable / "python"), "-c",
                               "from cognito_conformance.cli import features_directory; print(features_directory())"],
                              cwd=tmp_path, env=clean_env(), capture_output=True, text=True, check=False)
    assert features.stdout.strip() == str(ROOT / "features"), features.stdout + features.stderr
    run = subprocess.run([str(editable / "cognito-conformance"), *FEW], cwd=tmp_path, env=clean_env(),
                         capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert re.search(r"\b\d+ passed, \d+ deselected", run.stdout), run.stdout[-2000:]
    assert _catalogue_line(ROOT / "features") in run.stdout, run.stdout[:3000]


#: A scenario registered to diverge on moto: with --runxfail it fails, as a red scenario would.
RED = "test_a_wrong_code_does_not_verify_the_email_address"
RED_ID = f"features/attributes/test_attributes.py::{RED}"


def _command(installed: Path, cwd: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([str(installed / "cognito-conformance"), *args], cwd=cwd, env=clean_env(),
                          capture_output=True, text=True, timeout=timeout, check=False)


def _files(directory: Path) -> list[str]:
    return sorted(p.relative_to(directory).as_posix() for p in directory.rglob("*") if p.is_file())


def test_a_new_user_gets_an_env_template_and_the_readme_from_the_command(installed, tmp_path):
    written = _command(installed, tmp_path, "--init")
    assert written.returncode == 0, written.stderr
    assert "user_pool_id = None" in (tmp_path / "env.py").read_text()
    again = _command(installed, tmp_path, "--init")
    assert again.returncode == 1 and "not overwritten" in again.stderr
    guide = _command(installed, tmp_path, "--guide", "configuration")
    assert guide.returncode == 0 and guide.stdout.startswith("## Configuration") and "--env-file" in guide.stdout
    # A setting's error names what an installed user has, not the checkout's files.
    missing = _command(installed, tmp_path, "--backend", "aws", "--env-file", "nowhere.py", "--no-report")
    assert missing.returncode == 4, missing.stdout[-2000:] + missing.stderr[-2000:]
    message = missing.stdout + missing.stderr
    assert "cognito-conformance --init" in message and "cognito-conformance --guide configuration" in message
    assert "env.example.py" not in message and "README.md" not in message


def test_the_rerun_command_of_a_red_run_selects_exactly_its_scenario_where_the_run_started(installed, tmp_path):
    red = _command(installed, tmp_path, "-k", RED, "--runxfail", "-p", "no:randomly")
    assert red.returncode == 1, red.stdout[-3000:] + red.stderr[-2000:]
    # Progress lines name the catalogue's files as node ids, not by the virtualenv's path.
    lines = red.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("collected "))
    progress = [line for line in lines[start + 1:next(i for i in range(start + 1, len(lines))
                                                       if lines[i].startswith("="))] if line.strip()]
    assert progress and not any("site-packages" in line for line in progress), red.stdout[:3000]
    assert re.search(r"^features/attributes/test_attributes\.py F", red.stdout, re.MULTILINE), red.stdout[:3000]
    [rerun] = re.findall(r"^    rerun: (.*)$", red.stdout, re.MULTILINE)
    assert rerun == f"cognito-conformance {RED_ID}", rerun
    [page] = (tmp_path / "reports").glob("cognito-moto-*.html")
    assert f"cognito-conformance {RED_ID}</code>" in page.read_text()
    assert dead_links(page)[1] == {}
    selected = _command(installed, tmp_path, *shlex.split(rerun)[1:], "--collect-only", "-q", "--no-report")
    assert selected.returncode == 0, selected.stdout[-3000:] + selected.stderr[-2000:]
    assert [line for line in selected.stdout.splitlines() if "::" in line] == [RED_ID]
    ran = _command(installed, tmp_path, *shlex.split(rerun)[1:], "--no-report", "-p", "no:randomly")
    assert re.search(r"\b1 xfailed in ", ran.stdout) and "passed" not in ran.stdout.splitlines()[-1], ran.stdout[-2000:]


def test_a_run_that_collects_nothing_or_stops_on_a_usage_error_leaves_no_report(installed, tmp_path):
    for args, code in ((("-k", "no_scenario_is_called_this"), 5), (("-m", "no_such_marker"), 4),
                       (("-m", "broken ("), 4)):
        run = _command(installed, tmp_path, "-q", *args)
        assert run.returncode == code, (args, run.stdout[-2000:], run.stderr[-2000:])
        assert _files(tmp_path) == [], (args, _files(tmp_path))
