"""Issue 18, finding 6: a suite_group with an IAM role and a pool with Lambda triggers need an
acknowledgement with --allow-writes, and the header names both."""

from __future__ import annotations

import pytest

from ..run_suite import FAKE_AWS, run_suite
from .team_pool import create_team_pool, env_file_for, server_client, snapshot

ROLE = "arn:aws:iam::123456789012:role/team-admins"
TRIGGER = "arn:aws:lambda:us-east-1:123456789012:function:team-pre-sign-up"


@pytest.fixture
def team(moto_server, tmp_path):
    """The team's pool, with a PreSignUp trigger, and its admins group carrying an IAM role."""
    cognito = server_client(moto_server)
    pool = create_team_pool(cognito)
    cognito.update_user_pool(UserPoolId=pool["user_pool_id"], LambdaConfig={"PreSignUp": TRIGGER},
                             DeletionProtection="ACTIVE", AutoVerifiedAttributes=["email"],
                             MfaConfiguration="OPTIONAL")
    cognito.update_group(UserPoolId=pool["user_pool_id"], GroupName="admins", RoleArn=ROLE)
    return cognito, pool, env_file_for(tmp_path / "env.py", pool, extra='suite_group = "admins"\n')


def _suite(moto_server, env_file, *args):
    return run_suite("features/tokens/test_tokens.py", "-k", "groups", "--backend", "aws", "--endpoint-url",
                     moto_server, "--emulator", "moto", "--env-file", str(env_file), "--no-report", *args,
                     env=FAKE_AWS)


def test_a_group_role_and_triggers_stop_a_writing_run_until_acknowledged(moto_server, team):
    cognito, pool, env_file = team
    before = snapshot(cognito, pool["user_pool_id"])
    assert cognito.describe_user_pool(UserPoolId=pool["user_pool_id"])["UserPool"]["LambdaConfig"]
    refused = _suite(moto_server, env_file, "--allow-writes")
    assert refused.returncode == 4, refused.stdout[-2000:]
    assert f"suite_group 'admins' of pool {pool['user_pool_id']} has the IAM role {ROLE}" in refused.stderr
    assert "--acknowledge-group-role" in refused.stderr and "Traceback" not in refused.stderr
    role_only = _suite(moto_server, env_file, "--allow-writes", "--acknowledge-group-role")
    assert role_only.returncode == 4 and "has Lambda triggers (PreSignUp)" in role_only.stderr, role_only.stderr
    both = _suite(moto_server, env_file, "--allow-writes", "--acknowledge-group-role", "--acknowledge-triggers")
    assert both.returncode == 0 and "1 passed" in both.stdout, both.stdout[-3000:]
    assert f"cognito suite group: 'admins' has the IAM role {ROLE}; acknowledged (--acknowledge-group-role)" \
        in both.stdout
    assert "cognito pool triggers: PreSignUp; the suite's sign-ups and sign-ins invoke them, acknowledged " \
           "(--acknowledge-triggers)" in both.stdout
    read_only = _suite(moto_server, env_file)
    assert read_only.returncode == 0, read_only.stdout[-2000:]
    assert "cognito pool triggers: PreSignUp; a read-only run signs no one up or in" in read_only.stdout
    assert snapshot(cognito, pool["user_pool_id"]) == before
