"""A team's pool with Lambda triggers (issue 22, deliverable 4): the guard refuses any change to its
LambdaConfig, the suite attaches none of its own functions there (trigger scenarios skip), and its
profile steps read the triggers without invoking anything."""

from __future__ import annotations

import boto3
import pytest
from moto import mock_aws

from cognito_conformance.configurations import trigger_pool
from cognito_conformance.existing_pool import ExistingPools, PreconditionUnmet
from cognito_conformance.guard import GuardRefused, PoolGuard, run_user
from cognito_conformance.triggers import PRE_TOKEN_GENERATION, TriggerSet, configured, pre_token_version

RUN = "cc-20261207000000abcd"
ARN = "arn:aws:lambda:us-east-1:123456789012:function:team-{}"


@pytest.fixture
def team(monkeypatch):
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "testing")
    with mock_aws():
        cognito = boto3.client("cognito-idp", region_name="us-east-1")
        pool = cognito.create_user_pool(PoolName="team", LambdaConfig={
            "PreSignUp": ARN.format("pre-sign-up"),
            "PreTokenGenerationConfig": {"LambdaArn": ARN.format("tokens"), "LambdaVersion": "V2_0"}})["UserPool"]
        guard = PoolGuard(pool["Id"], run_user(RUN), allow_writes=True)
        guard.install(cognito)
        yield cognito, pool["Id"]


@pytest.mark.parametrize("change", [
    {"LambdaConfig": {}},
    {"LambdaConfig": {"PreSignUp": ARN.format("attacker")}},
    {"Policies": {"PasswordPolicy": {"MinimumLength": 8}}},  # which would also remove the triggers (D UPD)
])
def test_the_guard_refuses_any_change_to_a_team_pools_lambda_config(team, change):
    cognito, pool_id = team
    with pytest.raises(GuardRefused, match="UpdateUserPool"):
        cognito.update_user_pool(UserPoolId=pool_id, **change)
    assert configured(cognito.describe_user_pool(UserPoolId=pool_id)["UserPool"]["LambdaConfig"]) == {
        "PreSignUp": ARN.format("pre-sign-up"), PRE_TOKEN_GENERATION: ARN.format("tokens")}


def test_a_trigger_scenario_skips_on_a_team_pool_instead_of_running_there(team):
    cognito, pool_id = team
    pools = ExistingPools(cognito, pool_id, {})
    with pytest.raises(PreconditionUnmet, match="attaches only to pools it creates"):
        pools.pool(trigger_pool(TriggerSet(("PreSignUp",))))


def test_the_profile_reads_the_teams_triggers_and_their_event_version(team):
    cognito, pool_id = team
    config = cognito.describe_user_pool(UserPoolId=pool_id)["UserPool"]["LambdaConfig"]
    assert set(configured(config)) == {"PreSignUp", PRE_TOKEN_GENERATION}
    assert pre_token_version(config) == "V2_0"
    assert pre_token_version({"PreTokenGeneration": ARN.format("legacy")}) == "V1_0"
    assert pre_token_version({}) is None


def test_the_suite_makes_no_lambda_calls_in_existing_pool_mode():
    from cognito_conformance.backends.moto import MotoBackend

    backend = MotoBackend()
    backend.guard = PoolGuard("us-east-1_Team", run_user(RUN), allow_writes=True)
    with pytest.raises(RuntimeError, match="no lambda calls on a team's pool"):
        backend.service_client("lambda")


def test_the_header_says_where_the_trigger_functions_run_or_why_they_do_not():
    from cognito_conformance import implementations
    from cognito_conformance.settings import EnvFile
    from cognito_conformance.triggers import header_line

    none, with_role = EnvFile("env.py"), EnvFile("env.py", {"lambda_role_arn": "arn:aws:iam::1:role/r"})
    assert "set lambda_role_arn in env.py" in header_line(implementations.COGNITO, none, "provision", "r1")
    assert "cc-r1-<worker>-triggers in cognito's Lambda" in header_line(implementations.COGNITO, with_role,
                                                                         "provision", "r1")
    assert "ministack's Lambda" in header_line(implementations.MINISTACK, none, "provision", "r1")
    assert "attaches none" in header_line(implementations.COGNITO, with_role, "existing", "r1")
    assert "Invoke API" in header_line(implementations.COGNITO_LOCAL, none, "provision", "r1")
