"""The sweep deletes only what it can prove a run of the suite made (issue 18, findings 1 and 4)."""

from datetime import datetime, timedelta, timezone

import boto3
import pytest
from moto import mock_aws

from cognito_conformance import sweep

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=timezone.utc)
ME = "arn:aws:iam::123456789012:user/ci"


def test_run_start_reads_the_run_id_in_any_capitals():
    assert sweep.run_start("cc-20261126100000ab12-gw0-standard") == datetime(2026, 11, 26, 10, tzinfo=timezone.utc)
    assert sweep.run_start("CC-20261126100000AB12-GW0-ALICE-1A2B3C") == datetime(2026, 11, 26, 10, tzinfo=timezone.utc)
    assert sweep.run_start("production-pool") is None
    assert sweep.run_start("cc-notarun-standard") is None


def test_a_run_id_that_is_not_a_time_is_malformed_not_an_internal_error():
    with pytest.raises(sweep.MalformedRunName, match="20241399000000 is not a time"):
        sweep.run_start("cc-20241399000000abcd-x")


@pytest.fixture
def cognito(monkeypatch):
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "testing")
    with mock_aws():
        yield boto3.client("cognito-idp", region_name="us-east-1")


def _names(cognito, created):
    return sorted(p["Name"] for p in cognito.list_user_pools(MaxResults=60)["UserPools"] if p["Name"] in created)


def test_only_old_pools_tagged_by_the_run_and_its_creator_are_swept(cognito):
    """moto stamps CreationDate now: the run ids here are from minutes ago, so the dates fit."""
    now = datetime.now(timezone.utc)
    old = (now - timedelta(hours=2)).strftime("%Y%m%d%H%M%S")
    young = now.strftime("%Y%m%d%H%M%S")
    pools = {
        f"cc-{old}ab12-gw0-standard": {"cognito-conformance-run": f"{old}ab12", "cognito-conformance-creator": ME},
        f"cc-{young}ab12-gw0-standard": {"cognito-conformance-run": f"{young}ab12", "cognito-conformance-creator": ME},
        f"cc-{old}c0de-billing": {},  # a team's pool named like a run's
        f"cc-{old}beef-gw0-standard": {"cognito-conformance-run": f"{old}beef", "cognito-conformance-creator": "x"},
        "team-pool": {},
    }
    for name, tags in pools.items():
        cognito.create_user_pool(PoolName=name, UserPoolTags=tags)
    result = sweep.sweep_pools(cognito, timedelta(minutes=60), ME, now=now + timedelta(minutes=1))
    assert result.deleted == [f"pool cc-{old}ab12-gw0-standard"]
    assert len(result.unproven) == 2, result.unproven
    assert _names(cognito, pools) == sorted(set(pools) - {f"cc-{old}ab12-gw0-standard"})


def test_a_pool_named_for_a_run_but_created_at_another_time_is_not_the_suites(cognito):
    cognito.create_user_pool(PoolName="cc-20200101000000abcd-gw0-standard", UserPoolTags={
        "cognito-conformance-run": "20200101000000abcd", "cognito-conformance-creator": ME})
    result = sweep.sweep_pools(cognito, timedelta(minutes=60), ME)
    assert result.deleted == [] and "not in the time of run" in result.unproven[0]


def _user(cognito, pool, name, email=None):
    attributes = [{"Name": "email", "Value": email}] if email else []
    cognito.admin_create_user(UserPoolId=pool, Username=name, MessageAction="SUPPRESS", UserAttributes=attributes)


def test_users_are_swept_by_run_id_in_any_capitals_creation_time_and_email_domain(cognito):
    """The team's look-alikes stay (created now, not in 2024's run), and are listed; a malformed name is
    skipped with a line; the run's own leftovers, capitalized or found by email only, go."""
    now = datetime.now(timezone.utc)
    run = (now - timedelta(hours=2)).strftime("%Y%m%d%H%M%S") + "ab12"
    pool = cognito.create_user_pool(PoolName="team-pool")["UserPool"]["Id"]
    ours = [f"cc-{run}-gw0-alice-1a2b3c", f"CC-{run.upper()}-GW0-ALICE-4D5E6F"]
    for name in ours:
        _user(cognito, pool, name, f"{name.lower()}@example.com")
    _user(cognito, pool, "0f8e1f6c-7d1a-4f0e-9b62-3c1d2a9b8e7f", f"cc-{run}-gw0-bob-9a8b7c@example.com")
    team = ["cc-20240101000000beef-gw-support-0a1b2c", "carol", f"cc-{run}-gw0-mallory-000000",
            "cc-20241399000000abcd-x", f"cc-{now.strftime('%Y%m%d%H%M%S')}ab12-gw0-young-111111"]
    _user(cognito, pool, team[0], "support@team.example")
    _user(cognito, pool, team[1])
    _user(cognito, pool, team[2], "mallory@team.example")  # right time, but a team address
    _user(cognito, pool, team[3])
    _user(cognito, pool, team[4], "young@example.com")
    proven: set[str] = set()
    result = sweep.sweep_users(cognito, pool, timedelta(minutes=60), "example.com", proven=proven)
    left = sorted(u["Username"] for u in cognito.list_users(UserPoolId=pool)["Users"])
    assert left == sorted(team)
    assert len(result.deleted) == 3 and proven == {*ours, "0f8e1f6c-7d1a-4f0e-9b62-3c1d2a9b8e7f"}
    assert any(team[0] in line and "not in the time of run" in line for line in result.unproven), result.unproven
    assert any(team[2] in line and "not at the suite's domain" in line for line in result.unproven)
    assert result.skipped == ["user 'cc-20241399000000abcd-x': its run id 20241399000000 is not a time"]


@mock_aws
def test_trigger_functions_and_log_groups_are_swept_only_when_tagged_by_the_run_and_its_creator():
    import io
    import json
    import zipfile

    session = boto3.Session(region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x")
    iam, lambda_client, logs = session.client("iam"), session.client("lambda"), session.client("logs")
    role = iam.create_role(RoleName="r", AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": []}))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("h.py", "def handler(e, c):\n    return e\n")
    started = datetime.now(timezone.utc) - timedelta(minutes=2)
    run = started.strftime("%Y%m%d%H%M%S") + "abcd"
    mine = {sweep.RUN_TAG: run, sweep.CREATOR_TAG: "me"}
    cases = {f"cc-{run}-gw0-PreSignUp": mine, f"cc-{run}-gw0-PostConfirmation": {**mine, sweep.CREATOR_TAG: "other"},
             f"cc-{run}-gw0-CustomMessage": {}, "a-teams-function": mine}
    for name, tags in cases.items():
        lambda_client.create_function(FunctionName=name, Runtime="python3.12", Role=role["Role"]["Arn"],
                                      Handler="h.handler", Code={"ZipFile": buffer.getvalue()}, Tags=tags)
        logs.create_log_group(logGroupName=f"/aws/lambda/{name}", tags=tags)
    result = sweep.sweep_trigger_functions(lambda_client, logs, timedelta(0), "me")
    assert result.deleted == [f"function cc-{run}-gw0-PreSignUp", f"log group /aws/lambda/cc-{run}-gw0-PreSignUp"]
    assert len(result.unproven) == 4  # the other creator's and the untagged function and log group
    left = {f["FunctionName"] for f in lambda_client.list_functions()["Functions"]}
    assert left == set(cases) - {f"cc-{run}-gw0-PreSignUp"}
    # A run younger than the minimum age is left alone.
    assert sweep.sweep_trigger_functions(lambda_client, logs, timedelta(hours=1), "me").deleted == []


def test_lambdas_last_modified_is_read_in_each_form():
    expected = datetime(2026, 12, 7, 5, 45, 30, tzinfo=timezone.utc)
    for text in ("2026-12-07T05:45:30.000+0000", "2026-12-07T05:45:30.637441000Z", "2026-12-07T07:45:30+02:00"):
        assert sweep._lambda_time(text) == expected
    assert sweep._lambda_time("yesterday") is None and sweep._lambda_time(None) is None
