"""A failing code command fails the scenario, loudly: exit status and masked standard error, never a
silent skip (issue 10, finding 6)."""

import sys

import pytest

from ..run_suite import run_suite

FAILS = f"{sys.executable} -c \"import sys; sys.stderr.write('mailbox said no, token=abc123secret'); sys.exit(3)\""


@pytest.mark.parametrize("command, shown", [
    (FAILS, "exited 3 for sign_up; its standard error: mailbox said no, token=***"),
    (f"{sys.executable} -c pass", "printed nothing for sign_up, which is not a code"),
    (f"{sys.executable} -c \"print('12 34')\"", "printed '12 34' for sign_up, which is not a code"),
])
def test_a_code_command_that_fails_fails_the_scenario(command, shown):
    run = run_suite("features/signup/test_signup.py", "-k", "code_cognito_sent", "--code-command", command,
                    "--no-report", "-rA")
    output = run.stdout + run.stderr
    assert run.returncode == 1, output[-3000:]
    assert shown in output, output[-3000:]
    assert "abc123secret" not in output
    assert " skipped" not in output.splitlines()[-1]
