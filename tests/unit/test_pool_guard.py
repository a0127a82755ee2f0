"""In existing-pool mode a guard refuses, before sending, any call that would change the team's pool."""

import boto3
import pytest
from moto import mock_aws

from cognito_conformance.existing_pool import GuardRefused, install_guard


@pytest.fixture
def team_pool(monkeypatch):
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "testing")
    with mock_aws():
        cognito = boto3.client("cognito-idp", region_name="us-east-1")
        pool = cognito.create_user_pool(PoolName="team")["UserPool"]["Id"]
        cognito.admin_create_user(UserPoolId=pool, Username="yoshino", MessageAction="SUPPRESS")
        install_guard(cognito, pool)
        yield cognito, pool


@pytest.mark.parametrize("call, params", [
    ("create_user_pool_client", {"ClientName": "x"}),
    ("set_user_pool_mfa_config", {"MfaConfiguration": "OFF"}),
    ("create_group", {"GroupName": "admins"}),
    ("create_user_pool_domain", {"Domain": "team"}),
    ("admin_delete_user", {"Username": "yoshino"}),
    ("admin_disable_user", {"Username": "yoshino"}),
])
def test_changes_to_the_pool_or_its_users_are_refused(team_pool, call, params):
    cognito, pool = team_pool
    with pytest.raises(GuardRefused, match="refused"):
        getattr(cognito, call)(UserPoolId=pool, **params)
    assert [u["Username"] for u in cognito.list_users(UserPoolId=pool)["Users"]] == ["yoshino"]


def test_the_suite_may_read_and_manage_its_own_users(team_pool):
    cognito, pool = team_pool
    cognito.admin_get_user(UserPoolId=pool, Username="yoshino")
    cognito.admin_create_user(UserPoolId=pool, Username="cc-20261126000000abcd-gw-alice-1", MessageAction="SUPPRESS")
    cognito.admin_delete_user(UserPoolId=pool, Username="cc-20261126000000abcd-gw-alice-1")


def test_other_pools_are_not_guarded(team_pool):
    cognito, _ = team_pool
    other = cognito.create_user_pool(PoolName="cc-20261126000000abcd-gw-standard")["UserPool"]["Id"]
    cognito.create_user_pool_client(UserPoolId=other, ClientName="app")
