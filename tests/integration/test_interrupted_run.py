"""Ctrl-C cleans up; a killed run leaves only what --sweep removes. Provisioning and existing-pool mode,
against moto's standalone server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from ..run_suite import FAKE_AWS, ROOT, run_suite
from .team_pool import TEAM_USERS, create_team_pool, env_file_for, server_client

SUITE = ["features/signup/test_signup.py", "features/signin/test_signin.py", "features/passwords/test_passwords.py",
         "features/tokens/test_tokens.py", "-p", "no:randomly"]


def _start(moto_server, env_file, *extra) -> tuple[subprocess.Popen, str]:
    """Start the suite in the background; return it and its run id (read from its header)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COGNITO_", "AWS_", "PYTEST_XDIST"))}
    env.update(FAKE_AWS, PYTHONUNBUFFERED="1")
    child = subprocess.Popen([sys.executable, "-m", "pytest", *SUITE, "--backend", "aws", "--endpoint-url", moto_server,
                              "--emulator", "moto", "--env-file", str(env_file), "--no-report", *extra],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for line in child.stdout:
        if "run id: " in line:
            return child, line.split("run id: ")[1].split()[0]
    raise AssertionError("the suite printed no run id")


def _wait_for(predicate, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


def _pools_of(cognito, run_id):
    return [p["Name"] for p in cognito.list_user_pools(MaxResults=60)["UserPools"] if run_id in p["Name"]]


def _users_of(cognito, pool_id, run_id):
    return [u["Username"] for u in cognito.list_users(UserPoolId=pool_id)["Users"] if run_id in u["Username"]]


def _stop(child: subprocess.Popen, how: int) -> str:
    if child.poll() is not None:  # nothing left to interrupt: say so, rather than fail on what the signal did
        output, _ = child.communicate()
        raise AssertionError(f"the run ended (exit {child.returncode}) before the test could send it "
                             f"{signal.Signals(how).name}; its output ends:\n{output[-2000:]}")
    child.send_signal(how)
    output, _ = child.communicate(timeout=60)
    return output


@pytest.fixture
def plain_env(tmp_path):
    return env_file_for(tmp_path / "env.py", {})


@pytest.fixture
def team(moto_server, tmp_path):
    cognito = server_client(moto_server)
    pool = create_team_pool(cognito)
    return cognito, pool, env_file_for(tmp_path / "team_env.py", pool)


def test_ctrl_c_deletes_the_pools_of_the_run(moto_server, plain_env):
    cognito = server_client(moto_server)
    child, run_id = _start(moto_server, plain_env)
    _wait_for(lambda: _pools_of(cognito, run_id))
    output = _stop(child, signal.SIGINT)
    assert "KeyboardInterrupt" in output
    assert _pools_of(cognito, run_id) == []


def test_ctrl_c_deletes_the_users_of_the_run_from_a_team_pool(moto_server, team):
    cognito, pool, env_file = team
    child, run_id = _start(moto_server, env_file, "--allow-writes")
    _wait_for(lambda: _users_of(cognito, pool["user_pool_id"], run_id))
    _stop(child, signal.SIGINT)
    assert _users_of(cognito, pool["user_pool_id"], run_id) == []
    assert sorted(u["Username"] for u in cognito.list_users(UserPoolId=pool["user_pool_id"])["Users"]) == TEAM_USERS


def test_a_killed_run_leaves_only_what_sweep_removes(moto_server, plain_env):
    cognito = server_client(moto_server)
    child, run_id = _start(moto_server, plain_env)
    _wait_for(lambda: _pools_of(cognito, run_id))
    _stop(child, signal.SIGKILL)
    assert _pools_of(cognito, run_id), "the kill left nothing to sweep"
    young = run_suite("--backend", "aws", "--endpoint-url", moto_server, "--env-file", str(plain_env), "--sweep",
                      env=FAKE_AWS)
    assert young.returncode == 0 and "--sweep removed 0 pools" in young.stdout + young.stderr
    swept = run_suite("--backend", "aws", "--endpoint-url", moto_server, "--env-file", str(plain_env), "--sweep",
                      "--sweep-min-age", "0.01", env=FAKE_AWS)
    assert swept.returncode == 0, swept.stdout[-2000:] + swept.stderr[-2000:]
    assert _pools_of(cognito, run_id) == []


def test_a_killed_run_on_a_team_pool_leaves_only_users_sweep_removes(moto_server, team):
    cognito, pool, env_file = team
    child, run_id = _start(moto_server, env_file, "--allow-writes")
    _wait_for(lambda: _users_of(cognito, pool["user_pool_id"], run_id))
    _stop(child, signal.SIGKILL)
    swept = run_suite("--backend", "aws", "--endpoint-url", moto_server, "--env-file", str(env_file), "--sweep",
                      "--sweep-min-age", "0.01", env=FAKE_AWS)
    assert swept.returncode == 0, swept.stdout[-2000:] + swept.stderr[-2000:]
    assert _users_of(cognito, pool["user_pool_id"], run_id) == []
    assert sorted(u["Username"] for u in cognito.list_users(UserPoolId=pool["user_pool_id"])["Users"]) == TEAM_USERS


def test_sigterm_cleans_up_like_ctrl_c(moto_server, plain_env, team):
    """What a CI runner sends on cancel: the run's pools, and its users in a team's pool, are removed."""
    cognito = server_client(moto_server)
    child, run_id = _start(moto_server, plain_env)
    _wait_for(lambda: _pools_of(cognito, run_id))
    _stop(child, signal.SIGTERM)
    assert _pools_of(cognito, run_id) == []
    cognito, pool, env_file = team
    child, run_id = _start(moto_server, env_file, "--allow-writes")
    _wait_for(lambda: _users_of(cognito, pool["user_pool_id"], run_id))
    _stop(child, signal.SIGTERM)
    assert _users_of(cognito, pool["user_pool_id"], run_id) == []
    assert sorted(u["Username"] for u in cognito.list_users(UserPoolId=pool["user_pool_id"])["Users"]) == TEAM_USERS


def test_a_second_ctrl_c_during_clean_up_says_what_is_left_and_how_to_sweep(moto_server, plain_env):
    cognito = server_client(moto_server)
    child, run_id = _start(moto_server, plain_env, "-p", "tests.integration.slow_cleanup")
    _wait_for(lambda: _pools_of(cognito, run_id))
    child.send_signal(signal.SIGINT)
    for line in child.stdout:
        if "cleaning up: DeleteUserPool" in line:
            break
    output = _stop(child, signal.SIGINT)
    assert child.returncode == 130, output[-3000:]
    assert "Interrupted again during clean-up: stopping now. These may be left behind:" in output, output[-3000:]
    assert f"cc-{run_id}-gw-standard" in output and "--sweep" in output
    assert "Traceback" not in output, output[-3000:]
    swept = run_suite("--backend", "aws", "--endpoint-url", moto_server, "--env-file", str(plain_env), "--sweep",
                      "--sweep-min-age", "0.01", env=FAKE_AWS)
    assert swept.returncode == 0 and _pools_of(cognito, run_id) == []
