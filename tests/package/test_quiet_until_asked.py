"""Quiet until asked: with the wheel installed in a fresh virtualenv, a team's unrelated suite runs as if
the plugin were not there (no file written, no cognito line, no fixture of the plugin); a cognito option
given is asking."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from .environment import clean_env

TRIVIAL_TEST = "def test_arithmetic():\n    assert 1 + 1 == 2\n"


@pytest.fixture
def unrelated(tmp_path) -> Path:
    """A folder with one trivial test file and no cognito settings (no ini, no env.py)."""
    folder = tmp_path / "unrelated"
    folder.mkdir()
    (folder / "test_trivial.py").write_text(TRIVIAL_TEST)
    return folder


def _files(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if "__pycache__" not in path.parts}


def _pytest(installed: Path, folder: Path, *args: str) -> subprocess.CompletedProcess:
    # -p no:cacheprovider: pytest's own .pytest_cache is not the plugin's doing, and would hide whether it wrote.
    return subprocess.run([str(installed / "python"), "-m", "pytest", "-p", "no:cacheprovider", *args], cwd=folder,
                          env=clean_env(), capture_output=True, text=True, timeout=300, check=False)


def _cognito_lines(output: str) -> list[str]:
    """Lines mentioning cognito, except pytest's own list of the installed plugins' distributions."""
    return [line for line in output.splitlines() if "cognito" in line.lower() and not line.startswith("plugins:")]


def test_an_unrelated_suite_runs_as_if_the_plugin_were_not_installed(installed, unrelated):
    before = _files(unrelated)
    run = _pytest(installed, unrelated)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "1 passed" in run.stdout
    assert _files(unrelated) == before, "the run wrote files"
    assert _cognito_lines(run.stdout + run.stderr) == [], run.stdout
    assert "plugins:" in run.stdout and "cognito-conformance" in run.stdout, "the plugin is not even installed"


def test_an_unrelated_suite_sees_no_fixture_of_the_plugin(installed, unrelated):
    run = _pytest(installed, unrelated, "--fixtures", "-v")
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "tmp_path" in run.stdout  # the listing is there, with where each fixture is defined (-v)
    assert _cognito_lines(run.stdout) == [], run.stdout


def test_the_plugin_lists_its_options_in_any_run(installed, unrelated):
    run = _pytest(installed, unrelated, "--help")
    assert "--backend=NAME" in run.stdout and "cognito_run_slow" in run.stdout


def test_a_cognito_option_given_in_an_unrelated_folder_turns_the_suite_on(installed, unrelated):
    run = _pytest(installed, unrelated, "--backend", "moto", "--no-report")
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "cognito conformance: on, because the option --backend is given" in run.stdout
    assert "cognito backend: moto (from --backend)" in run.stdout
    assert _files(unrelated) == {"test_trivial.py"}  # --no-report: no reports either
