"""Issue 18, "Done when": a full --allow-writes run and --sweep runs against moto's server standing in for a
team's account - a protected pool with Lambda triggers and run-like users (one in the admins group), an
email-as-username pool, a protected team pool named like a run's, capitalized and UUID leftovers of a killed
run, a self-registered user whose run id is not a time - counted: calls sent, team objects touched (zero),
leftovers the sweep found. Run with -s to see the counts."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from ..run_suite import FAKE_AWS, run_suite
from .team_pool import create_team_pool, env_file_for, server_client, snapshot

TRIGGER = "arn:aws:lambda:us-east-1:123456789012:function:team-pre-sign-up"
LOOK_ALIKE = "cc-20240101000000beef-gw-support-0a1b2c"
MALFORMED = "cc-20241399000000abcd-x"
BILLING = "cc-20250301090000c0de-billing"


def _team_account(cognito) -> dict:
    pool = create_team_pool(cognito)  # DeletionProtection ACTIVE, case-insensitive, admins group
    pool_id = pool["user_pool_id"]
    cognito.update_user_pool(UserPoolId=pool_id, LambdaConfig={"PreSignUp": TRIGGER}, DeletionProtection="ACTIVE",
                             AutoVerifiedAttributes=["email"], MfaConfiguration="OPTIONAL")
    cognito.admin_create_user(UserPoolId=pool_id, Username=LOOK_ALIKE, MessageAction="SUPPRESS",
                              UserAttributes=[{"Name": "email", "Value": "support@team.example"}])
    cognito.admin_add_user_to_group(UserPoolId=pool_id, Username=LOOK_ALIKE, GroupName="admins")
    cognito.sign_up(ClientId=pool["client_side_id"], Username=MALFORMED, Password="Team-Password-2026!",
                    UserAttributes=[{"Name": "email", "Value": "x@team.example"}])
    by_email = cognito.create_user_pool(PoolName="team-email-login", UsernameAttributes=["email"],
                                        DeletionProtection="ACTIVE")["UserPool"]["Id"]
    cognito.admin_create_user(UserPoolId=by_email, Username="dana@team.example", MessageAction="SUPPRESS")
    billing = cognito.create_user_pool(PoolName=BILLING, DeletionProtection="ACTIVE")["UserPool"]["Id"]
    return {"pool": pool, "by_email": by_email, "billing": billing}


def _touched(before: dict, after: dict) -> int:
    """How many of the team's objects differ: settings, each client, user, group, membership, provider."""
    count = 0
    for key in before:
        old, new = before[key], after.get(key)
        if isinstance(old, list):
            count += len([o for o in old if o not in (new or [])]) + len([n for n in new or [] if n not in old])
        elif isinstance(old, dict) and key == "members":
            count += sum(old.get(g) != (new or {}).get(g) for g in set(old) | set(new or {}))
        else:
            count += old != new
    return count


def _leftovers(cognito, pool_id, stamp, *, username_is_email=False):
    """What a killed run started at ``stamp`` left: a capitalized user, or on an email-as-username pool a
    UUID-named one (found by its email only)."""
    if username_is_email:
        email = f"cc-{stamp}-gw0-bob-9a8b7c@example.com"
        cognito.admin_create_user(UserPoolId=pool_id, Username=email, MessageAction="SUPPRESS")
        return [email]
    name = f"CC-{stamp.upper()}-GW0-ALICE-4D5E6F"
    cognito.admin_create_user(UserPoolId=pool_id, Username=name, MessageAction="SUPPRESS",
                              UserAttributes=[{"Name": "email", "Value": f"{name.lower()}@example.com"}])
    return [name]


def _sweep(moto_server, env_file):
    return run_suite("--backend", "aws", "--endpoint-url", moto_server, "--env-file", str(env_file), "--sweep",
                     "--sweep-min-age", "0.01", env=FAKE_AWS)


def test_a_writing_run_and_the_sweeps_touch_nothing_of_the_team(moto_server, tmp_path, capsys):
    cognito = server_client(moto_server)
    team = _team_account(cognito)
    pool = team["pool"]
    pools = {name: pool_id for name, pool_id in (("team", pool["user_pool_id"]), ("email", team["by_email"]),
                                                 ("billing", team["billing"]))}
    before = {name: snapshot(cognito, pool_id) for name, pool_id in pools.items()}
    log = tmp_path / "calls.jsonl"
    run = run_suite("features", "--backend", "aws", "--endpoint-url", moto_server, "--emulator", "moto",
                    "--env-file", str(env_file_for(tmp_path / "env.py", pool, extra='suite_group = "cc-none"\n')),
                    "--no-report", "--allow-writes", "--acknowledge-triggers",
                    env={**FAKE_AWS, "COGNITO_GUARD_LOG": str(log)}, timeout=900)
    assert run.returncode == 0, run.stdout[-3000:]
    assert "cognito pool triggers: PreSignUp" in run.stdout
    calls = [json.loads(line) for line in log.read_text().splitlines()]
    team_named = [c for c in calls if any(not u.lower().startswith("cc-") for u in c["users"])]
    touched_by_run = sum(_touched(before[n], snapshot(cognito, p)) for n, p in pools.items())

    # A killed run's leftovers, its run id from seconds ago (so their creation time fits it).
    stamp = (datetime.now(timezone.utc) - timedelta(seconds=5)).strftime("%Y%m%d%H%M%S") + "ab12"
    left = _leftovers(cognito, pool["user_pool_id"], stamp)
    left_by_email = _leftovers(cognito, team["by_email"], stamp, username_is_email=True)
    swept = _sweep(moto_server, env_file_for(tmp_path / "sweep.py", pool))
    swept_email = _sweep(moto_server, env_file_for(tmp_path / "sweep_email.py", {"user_pool_id": team["by_email"]}))
    swept_pools = _sweep(moto_server, env_file_for(tmp_path / "sweep_pools.py", {}))
    outputs = [s.stdout + s.stderr for s in (swept, swept_email, swept_pools)]
    assert all(s.returncode == 0 for s in (swept, swept_email, swept_pools)), outputs
    assert "INTERNALERROR" not in "".join(outputs)
    assert "--sweep removed 1 users" in outputs[0] and f"deleted user {left[0]}" in outputs[0], outputs[0]
    assert f"{LOOK_ALIKE}: created" in outputs[0] and f"{MALFORMED!r}: its run id" in outputs[0], outputs[0]
    assert "--sweep removed 1 users" in outputs[1] and f"({left_by_email[0]})" in outputs[1], outputs[1]
    assert f"pool {BILLING}" in outputs[2] and "not the run id its name carries" in outputs[2], outputs[2]
    touched_in_all = sum(_touched(before[n], snapshot(cognito, p)) for n, p in pools.items())
    with capsys.disabled():
        print(f"\nfull --allow-writes run: {len(calls)} calls sent, {len(team_named)} naming a team user, "
              f"{touched_by_run} team objects touched")
        for output in outputs:
            print("\n".join(line for line in output.splitlines() if "--sweep removed" in line or line.startswith("  ")))
        print(f"after the sweeps: {touched_in_all} team objects touched")
    assert team_named == [] and touched_by_run == 0 and touched_in_all == 0
    assert [p for p in cognito.list_user_pools(MaxResults=60)["UserPools"] if p["Name"] == BILLING]
