"""Existing-pool mode against a "team's pool" on moto's server: it runs, skips or inverts by the
pool's configuration, checks a pool profile, and leaves the pool exactly as it found it."""

from __future__ import annotations

import pytest

from ..run_suite import FAKE_AWS, run_suite
from .team_pool import create_team_pool, env_file_for, server_client, snapshot


@pytest.fixture(scope="module")
def team(moto_server):
    cognito = server_client(moto_server)
    return cognito, create_team_pool(cognito)


@pytest.fixture
def env_file(tmp_path, team):
    return env_file_for(tmp_path / "env.py", team[1])


def _suite(moto_server, env_file, *args):
    return run_suite(*args, "--backend", "aws", "--endpoint-url", moto_server, "--emulator", "moto",
                     "--env-file", str(env_file), "-rsx", env=FAKE_AWS)


def test_the_example_profile_holds_for_the_pool_it_describes(moto_server, team, env_file):
    run = _suite(moto_server, env_file, "examples/pool_profile")
    assert run.returncode == 0, run.stdout[-3000:]
    assert "9 passed" in run.stdout
    assert f"your pool {team[1]['user_pool_id']}" in run.stdout and "read-only" in run.stdout


def test_a_profile_that_does_not_hold_fails_naming_the_setting(moto_server, team, env_file, tmp_path):
    feature = tmp_path / "profile" / "wrong.feature"
    feature.parent.mkdir()
    feature.write_text("@profile\nFeature: A wrong profile\n  Scenario: MFA is required\n    Then MFA is ON\n")
    (feature.parent / "test_wrong.py").write_text("from pytest_bdd import scenarios\n\nscenarios('.')\n")
    run = _suite(moto_server, env_file, str(feature.parent), "--rootdir", ".", "-c", "pytest.ini")
    assert run.returncode == 1, run.stdout[-3000:]
    assert "MfaConfiguration is OPTIONAL" in run.stdout


def test_without_opt_in_nothing_is_written(moto_server, team, env_file):
    cognito, pool = team
    before = snapshot(cognito, pool["user_pool_id"])
    run = _suite(moto_server, env_file, "features/signin/test_signin.py", "features/signup/test_signup.py")
    assert run.returncode == 0, run.stdout[-3000:]
    assert " passed" not in run.stdout.splitlines()[-1]
    assert "creates users in your pool: run with --allow-writes" in run.stdout
    assert snapshot(cognito, pool["user_pool_id"]) == before


def test_with_opt_in_it_runs_skips_and_inverts_and_leaves_the_pool_as_it_was(moto_server, team, env_file, tmp_path):
    cognito, pool = team
    before = snapshot(cognito, pool["user_pool_id"])
    run = _suite(moto_server, env_file, "features", "--allow-writes", "-p", "no:randomly",
                 "--report-dir", str(tmp_path / "reports"))
    assert run.returncode == 0, run.stdout[-5000:]
    summary = run.stdout.splitlines()[-1]
    assert " passed" in summary and " skipped" in summary and " failed" not in summary
    # The team's browser client enables only SRP: password-flow scenarios become their negative twin,
    # which moto fails (it does not enforce ExplicitAuthFlows), as the registry expects.
    assert "moto diverges: moto stores ExplicitAuthFlows but does not enforce them" in run.stdout
    assert "app client" in run.stdout and "states its own token lifetimes" in run.stdout
    assert "this scenario changes the pool's settings or app clients" in run.stdout
    assert "this pool's PasswordPolicy is" in run.stdout
    assert snapshot(cognito, pool["user_pool_id"]) == before
    report = next((tmp_path / "reports").glob("cognito-moto-*.html")).read_text()
    assert pool["user_pool_id"] in report and "this pool does not meet the scenario" in report
