"""Issue 18, finding 4, on a team's case-sensitive pool on moto's server: a SIGTERM while the capitalized
SignUp is on the wire leaves no user (it was recorded before it was sent, as sent, and the signal waited for
the answer); a second interrupt during a scenario's clean-up says on the terminal what is left."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from ..run_suite import FAKE_AWS, ROOT
from .team_pool import env_file_for, server_client

SCENARIO = "features/usernames/test_usernames.py::test_where_usernames_are_case_sensitive_another_capitalization_is_another_user"
TEAM = ["dana", "erin"]


@pytest.fixture
def team(moto_server, tmp_path):
    """A team's pool whose usernames are case sensitive, with two users of its own."""
    cognito = server_client(moto_server)
    pool = cognito.create_user_pool(PoolName="team-case-sensitive", UsernameConfiguration={"CaseSensitive": True},
                                    AutoVerifiedAttributes=["email"])["UserPool"]["Id"]
    client = cognito.create_user_pool_client(
        UserPoolId=pool, ClientName="web",
        ExplicitAuthFlows=["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        WriteAttributes=["email", "name"],
    )["UserPoolClient"]["ClientId"]
    for user in TEAM:
        cognito.admin_create_user(UserPoolId=pool, Username=user, MessageAction="SUPPRESS")
    return cognito, pool, env_file_for(tmp_path / "env.py", {"user_pool_id": pool, "client_side_id": client})


def _start(moto_server, env_file, marks, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COGNITO_", "AWS_", "PYTEST_XDIST"))}
    env.update(FAKE_AWS, PYTHONUNBUFFERED="1", CC_MARKS=str(marks))
    return subprocess.Popen([sys.executable, "-m", "pytest", "-p", "no:randomly", "-p", "tests.integration.slow_calls",
                             *args, "--backend", "aws", "--endpoint-url", moto_server, "--emulator", "moto",
                             "--env-file", str(env_file), "--no-report", "--allow-writes", "-rA"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _wait_for_mark(marks, text, child, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if marks.exists() and text in marks.read_text():
            return
        if child.poll() is not None:
            raise AssertionError(f"the run ended first: {child.stdout.read()[-3000:]}")
        time.sleep(0.05)
    raise AssertionError(f"no {text!r}")


def _users(cognito, pool):
    return sorted(u["Username"] for u in cognito.list_users(UserPoolId=pool)["Users"])


def test_sigterm_during_the_capitalized_signup_leaves_no_user(moto_server, team, tmp_path):
    cognito, pool, env_file = team
    marks = tmp_path / "marks"
    child = _start(moto_server, env_file, marks, SCENARIO)
    _wait_for_mark(marks, "on the wire: SignUp", child)
    assert any(u.startswith("CC-") for u in _users(cognito, pool)), "the capitalized user was not created"
    child.send_signal(signal.SIGTERM)
    output, _ = child.communicate(timeout=60)
    assert "KeyboardInterrupt" in output, output[-3000:]
    assert _users(cognito, pool) == TEAM, output[-3000:]


def test_a_second_interrupt_during_a_scenarios_clean_up_is_said_on_the_terminal(moto_server, team, tmp_path):
    cognito, pool, env_file = team
    marks = tmp_path / "marks"
    child = _start(moto_server, env_file, marks, SCENARIO)
    # the scenario ended; its scratch user's deletion, then its cast's under cleaning_up (captured by pytest)
    _wait_for_mark(marks, "cleaning up: AdminDeleteUser\n" * 2, child)
    child.send_signal(signal.SIGINT)  # the run's first: the clean-up goes on
    time.sleep(0.5)
    child.send_signal(signal.SIGTERM)  # a second one: stop now, saying what may be left
    output, _ = child.communicate(timeout=60)
    assert child.returncode == 130, output[-3000:]
    assert "Interrupted again during clean-up: stopping now. These may be left behind:" in output, output[-3000:]
    assert f"in pool {pool}" in output and "--sweep" in output
