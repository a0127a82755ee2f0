"""Issue 18, findings 2, 3 and 5, through the plugin against a team's pool on moto's server: a team's step
posting JSON X-Amz-Target calls on the suite's HTTP session, @profile on a Rule and on Examples, a team
fixture that creates a run-named user, and attribute values naming a team user's contacts."""

from __future__ import annotations

import json
import textwrap

import pytest

from ..run_suite import FAKE_AWS, run_suite
from .team_pool import TEAM_PASSWORD, TEAM_USERS, create_team_pool, env_file_for, server_client, snapshot

TEAM_STEPS = '''
import json

import pytest
from pytest_bdd import given, parsers, scenarios, then

from cognito_conformance.guard import GuardRefused

scenarios("features")
TARGET = "AWSCognitoIdentityProviderService."


def _post(cognito_backend, operation, params):
    with cognito_backend.http_session() as session:
        return session.post(cognito_backend.endpoint_url, data=json.dumps(params), headers={
            "X-Amz-Target": TARGET + operation, "Content-Type": "application/x-amz-json-1.1"})


@pytest.fixture
def team_fixture_user(cognito, cognito_settings, cognito_run_prefix):
    """A team's fixture making a run-named user: refused in a @profile scenario, before it is made."""
    try:
        cognito.admin_create_user(UserPoolId=cognito_settings.existing_pool_id, MessageAction="SUPPRESS",
                                  Username=f"{cognito_run_prefix}-fixture-000000")
    except GuardRefused as refused:
        print(f"FIXTURE REFUSED: {refused}")


@given("a team's fixture made a user")
def _(team_fixture_user):
    pass


@then(parsers.parse("the team's step resets {user}'s password over JSON"))
def _(user, cognito_backend, cognito_settings):
    client = cognito_settings.env_file.get("client_side_id")
    for operation, params in (("ForgotPassword", {"ClientId": client, "Username": user}),
                              ("ConfirmForgotPassword", {"ClientId": client, "Username": user,
                                                         "ConfirmationCode": "123456", "Password": "Mallory-2026!x"})):
        with pytest.raises(GuardRefused, match=operation):
            _post(cognito_backend, operation, params)


@then("the team's step signs up over JSON")
def _(cognito_backend, cognito_settings, cognito_run_prefix):
    client = cognito_settings.env_file.get("client_side_id")
    _post(cognito_backend, "SignUp", {"ClientId": client, "Username": f"{cognito_run_prefix}-JSON-ABCDEF",
                                      "Password": "Aa1!Json-Pass-2026",
                                      "UserAttributes": [{"Name": "email", "Value": f"{cognito_run_prefix}-json@example.com"}]})


@then("the team's step gives its user kana's contacts")
def _(cognito, cognito_settings, cognito_run_prefix):
    pool = cognito_settings.existing_pool_id
    own = f"{cognito_run_prefix}-contacts-000000"
    with pytest.raises(GuardRefused, match="ForceAliasCreation"):
        cognito.admin_create_user(UserPoolId=pool, Username=own, MessageAction="SUPPRESS", ForceAliasCreation=True,
                                  UserAttributes=[{"Name": "email", "Value": "kana@team.example"},
                                                  {"Name": "email_verified", "Value": "true"}])
    for attribute, value in (("email", "kana@team.example"), ("preferred_username", "kana")):
        with pytest.raises(GuardRefused, match=f"giving {attribute}"):
            cognito.admin_create_user(UserPoolId=pool, Username=own, MessageAction="SUPPRESS",
                                      UserAttributes=[{"Name": attribute, "Value": value}])
'''

FEATURE = '''
Feature: A team's checks, tagged every way

  Rule: Profiles of the team
    @profile
    Example: Tagged on the scenario, a fixture tries to make a user
      Given a team's fixture made a user

  @profile
  Rule: The profile rule
    Example: A JSON password reset of kana in a profile rule
      Then the team's step resets kana's password over JSON

    Example: A fixture in a profile rule
      Given a team's fixture made a user

  Rule: Outlines
    Scenario Outline: A JSON reset of <user>
      Then the team's step resets <user>'s password over JSON

      @profile
      Examples:
        | user |
        | kana |

  Rule: Writes
    Example: A JSON sign-up of the run's own user
      Then the team's step signs up over JSON

    Example: The team's contacts
      Then the team's step gives its user kana's contacts
'''


@pytest.fixture
def team(moto_server):
    cognito = server_client(moto_server)
    return cognito, create_team_pool(cognito)


def _repo(tmp_path):
    (tmp_path / "repo" / "features").mkdir(parents=True)
    (tmp_path / "repo" / "features" / "team.feature").write_text(textwrap.dedent(FEATURE))
    (tmp_path / "repo" / "test_team.py").write_text(TEAM_STEPS)
    return tmp_path / "repo"


@pytest.mark.parametrize("writes", [[], ["--allow-writes"]], ids=["read-only", "allow-writes"])
def test_every_transport_and_every_tag_is_guarded(moto_server, team, tmp_path, writes):
    cognito, pool = team
    before = snapshot(cognito, pool["user_pool_id"])
    log = tmp_path / "calls.jsonl"
    repo = _repo(tmp_path)
    run = run_suite(str(repo), "--rootdir", str(repo), "--backend", "aws", "--endpoint-url", moto_server,
                    "--emulator", "moto", "--env-file", str(env_file_for(tmp_path / "env.py", pool)),
                    "--no-report", "-rA", "-s", *writes, env={**FAKE_AWS, "COGNITO_GUARD_LOG": str(log)})
    output = run.stdout + run.stderr
    assert run.returncode == 0, output[-4000:]
    # Finding 3: @profile on the scenario, on a Rule and on Examples; decided before the fixture ran.
    assert output.count("FIXTURE REFUSED: the guard refused AdminCreateUser") == 2, output[-4000:]
    assert output.count("@profile scenario, read-only by construction") >= 2
    if writes:  # the run's own JSON sign-up passes, is recorded as sent (capitals and all), and is deleted
        assert "PASSED" in output
    else:
        assert "creates users in your pool: run with --allow-writes" in output
    calls = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    assert [c for c in calls if c["operation"] in ("ForgotPassword", "ConfirmForgotPassword")] == []
    signups = [user for c in calls if c["operation"] == "SignUp" for user in c["users"]]
    assert len(signups) == (1 if writes else 0) and all(user.endswith("-JSON-ABCDEF") for user in signups)
    # Finding 2: kana's password is still the team's.
    kana = cognito.admin_initiate_auth(UserPoolId=pool["user_pool_id"], ClientId=pool["client_id"],
                                       AuthFlow="ADMIN_USER_PASSWORD_AUTH",
                                       AuthParameters={"USERNAME": "kana", "PASSWORD": TEAM_PASSWORD,
                                                       "SECRET_HASH": _secret_hash(cognito, pool, "kana")})
    assert "AuthenticationResult" in kana
    assert snapshot(cognito, pool["user_pool_id"]) == before
    assert sorted(u["Username"] for u in cognito.list_users(UserPoolId=pool["user_pool_id"])["Users"]) == TEAM_USERS


def _secret_hash(cognito, pool, user):
    from cognito_conformance.secret_hash import secret_hash

    secret = cognito.describe_user_pool_client(UserPoolId=pool["user_pool_id"],
                                               ClientId=pool["client_id"])["UserPoolClient"]["ClientSecret"]
    return secret_hash(user, pool["client_id"], secret)
