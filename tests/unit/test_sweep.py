from datetime import datetime, timedelta, timezone

import boto3
import pytest
from moto import mock_aws

from cognito_conformance import sweep

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=timezone.utc)


def test_run_start_reads_the_run_id():
    assert sweep.run_start("cc-20261126100000ab12-gw0-standard") == datetime(2026, 11, 26, 10, tzinfo=timezone.utc)
    assert sweep.run_start("production-pool") is None
    assert sweep.run_start("cc-notarun-standard") is None


@pytest.fixture
def cognito(monkeypatch):
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "testing")
    with mock_aws():
        yield boto3.client("cognito-idp", region_name="us-east-1")


def test_only_old_pools_of_the_suite_are_swept(cognito):
    created = ("cc-20261126100000ab12-gw0-standard", "cc-20261126115900ab12-gw0-standard", "team-pool")
    for name in created:
        cognito.create_user_pool(PoolName=name)
    swept = sweep.sweep_pools(cognito, timedelta(minutes=60), now=NOW)
    assert swept == ["cc-20261126100000ab12-gw0-standard"]
    # (moto's state is per process: a worker that ran scenarios before this test also holds their pools)
    left = sorted(p["Name"] for p in cognito.list_user_pools(MaxResults=60)["UserPools"] if p["Name"] in created)
    assert left == ["cc-20261126115900ab12-gw0-standard", "team-pool"]


def test_only_old_users_of_the_suite_are_swept_from_a_team_pool(cognito):
    pool = cognito.create_user_pool(PoolName="team-pool")["UserPool"]["Id"]
    for name in ("cc-20261126100000ab12-gw0-alice-1a2b3c", "cc-20261126115900ab12-gw0-bob-4d5e6f", "carol",
                 "cc-someone-else"):
        cognito.admin_create_user(UserPoolId=pool, Username=name, MessageAction="SUPPRESS")
    swept = sweep.sweep_users(cognito, pool, timedelta(minutes=60), now=NOW)
    assert swept == ["cc-20261126100000ab12-gw0-alice-1a2b3c"]
    left = sorted(u["Username"] for u in cognito.list_users(UserPoolId=pool)["Users"])
    assert left == ["carol", "cc-20261126115900ab12-gw0-bob-4d5e6f", "cc-someone-else"]
