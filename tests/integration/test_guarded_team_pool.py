"""Issue 10, findings 1-4, through the plugin against a team's pool on moto's server: a team's own steps
(with the plain ``cognito`` client), ``@profile`` scenarios and the suite's group scenario cannot change
the team's pool, its users or its groups' members."""

from __future__ import annotations

import json
import re
import textwrap

import pytest

from ..run_suite import FAKE_AWS, run_suite
from .team_pool import TEAM_USERS, create_team_pool, env_file_for, server_client, snapshot

TEAM_STEPS = '''
import pytest
from pytest_bdd import scenarios, then

from cognito_conformance.guard import GuardRefused

scenarios("features")


@then("the team's step enables carol")
def _(cognito, cognito_user_pool):
    cognito.admin_enable_user(UserPoolId=cognito_user_pool.id, Username="carol")


@then("the team's step tries every way to touch bob and kana")
def _(cognito, cognito_user_pool, cognito_settings):
    client = cognito_settings.env_file.get("client_side_id")
    attempts = {
        "ConfirmSignUp": lambda: cognito.confirm_sign_up(ClientId=client, Username="bob", ConfirmationCode="123456"),
        "ForgotPassword": lambda: cognito.forgot_password(ClientId=client, Username="kana"),
        "SignUp": lambda: cognito.sign_up(ClientId=client, Username="mallory", Password="Mallory-Pass-2026!"),
        "AdminLinkProviderForUser": lambda: cognito.admin_link_provider_for_user(
            UserPoolId=cognito_user_pool.id, DestinationUser={"ProviderName": "Cognito", "ProviderAttributeValue": "kana"},
            SourceUser={"ProviderName": "Google", "ProviderAttributeName": "Cognito_Subject",
                        "ProviderAttributeValue": "1"}),
        "AdminRespondToAuthChallenge": lambda: cognito.admin_respond_to_auth_challenge(
            UserPoolId=cognito_user_pool.id, ClientId=client, ChallengeName="NEW_PASSWORD_REQUIRED",
            ChallengeResponses={"USERNAME": "yoshino", "NEW_PASSWORD": "Yoshino-Pass-2026!"}),
        "AdminAddUserToGroup": lambda: cognito.admin_add_user_to_group(
            UserPoolId=cognito_user_pool.id, Username="bob", GroupName="admins"),
    }
    for operation, attempt in attempts.items():
        with pytest.raises(GuardRefused, match=operation):
            attempt()
'''

FEATURE = '''
Feature: A team's own checks

  @profile
  Scenario: A team's profile step that writes
    Then the team's step enables carol

  Scenario: A team's step that names the team's users
    Then the team's step tries every way to touch bob and kana

  @profile
  Scenario: A profile that makes a user and puts it in a group
    Given Alice is a confirmed user
    And Alice is in the group "admins"
'''


@pytest.fixture
def team(moto_server, tmp_path):
    cognito = server_client(moto_server)
    pool = create_team_pool(cognito)
    return cognito, pool


def _team_repo(tmp_path):
    (tmp_path / "repo" / "features").mkdir(parents=True)
    (tmp_path / "repo" / "features" / "team.feature").write_text(textwrap.dedent(FEATURE))
    (tmp_path / "repo" / "test_team.py").write_text(TEAM_STEPS)
    return tmp_path / "repo"


def _suite(moto_server, env_file, *args, env=None):
    return run_suite(*args, "--backend", "aws", "--endpoint-url", moto_server, "--emulator", "moto",
                     "--env-file", str(env_file), "--no-report", "-rA", env={**FAKE_AWS, **(env or {})})


@pytest.mark.parametrize("writes", [[], ["--allow-writes"]], ids=["read-only", "allow-writes"])
def test_a_teams_steps_cannot_touch_its_pool_whatever_the_fixture_or_tag(moto_server, team, tmp_path, writes):
    cognito, pool = team
    before = snapshot(cognito, pool["user_pool_id"])
    env_file = env_file_for(tmp_path / "env.py", pool)
    repo = _team_repo(tmp_path)
    run = _suite(moto_server, env_file, str(repo), "--rootdir", str(repo), *writes)
    output = run.stdout + run.stderr
    # Finding 1: the plain client is guarded in a @profile scenario.
    assert "the guard refused AdminEnableUser on user 'carol'" in output, output[-4000:]
    # Finding 3: @profile creates no user, with or without --allow-writes.
    assert f"the guard refused AdminCreateUser on your pool {pool['user_pool_id']}: this is a @profile " \
           "scenario, read-only by construction" in output, output[-4000:]
    if writes:  # Finding 2: every way of naming the team's users is refused (the step asserts each one)
        assert re.search(r"PASSED \S+::test_a_teams_step_that_names_the_teams_users", output), output[-4000:]
    else:
        assert "creates users in your pool: run with --allow-writes" in output
    assert snapshot(cognito, pool["user_pool_id"]) == before
    assert sorted(u["Username"] for u in cognito.list_users(UserPoolId=pool["user_pool_id"])["Users"]) == TEAM_USERS


def test_finding_4_the_group_scenario_needs_a_group_set_aside(moto_server, team, tmp_path):
    cognito, pool = team
    before = snapshot(cognito, pool["user_pool_id"])
    unset = _suite(moto_server, env_file_for(tmp_path / "env.py", pool), "features/tokens/test_tokens.py",
                   "-k", "groups", "--allow-writes")
    assert unset.returncode == 0, unset.stdout[-3000:]
    assert "1 skipped" in unset.stdout and "env.py `suite_group`" in unset.stdout and "(unset)" in unset.stdout
    aside = _suite(moto_server, env_file_for(tmp_path / "aside.py", pool, extra='suite_group = "admins"\n'),
                   "features/tokens/test_tokens.py", "-k", "groups", "--allow-writes")
    assert aside.returncode == 0 and "1 passed" in aside.stdout, aside.stdout[-3000:]
    assert snapshot(cognito, pool["user_pool_id"]) == before


def test_a_full_run_sends_no_call_naming_a_team_user(moto_server, team, tmp_path):
    """The audit the issue asks for: every call sent, and none that names a user the run did not make."""
    cognito, pool = team
    before = snapshot(cognito, pool["user_pool_id"])
    log = tmp_path / "calls.jsonl"
    run = _suite(moto_server, env_file_for(tmp_path / "env.py", pool), "features", "--allow-writes",
                 env={"COGNITO_GUARD_LOG": str(log)})
    assert run.returncode == 0, run.stdout[-3000:]
    calls = [json.loads(line) for line in log.read_text().splitlines()]
    assert len(calls) > 100
    # (the run's users, in any capitals: the case-insensitive username scenarios ask for "CC-...-ALICE")
    assert [c for c in calls if any(not user.lower().startswith("cc-") for user in c["users"])] == []
    assert snapshot(cognito, pool["user_pool_id"]) == before
