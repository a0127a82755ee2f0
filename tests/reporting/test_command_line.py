"""The run's command line and rerun commands never show what a --code-command carries (issue 10)."""

from cognito_conformance.reporting.metadata import command_line, rerun_command, rerun_options

ARGS = ["features/signup", "--backend", "aws", "--code-command", "fetch-code --api-key K3Y-0F-THE-MAILBOX {username}",
        "--code-command=other --token T0KEN-VALUE", "-k", "confirm"]


def test_the_command_line_shows_only_the_code_commands_program():
    line = command_line(ARGS)
    assert "K3Y-0F-THE-MAILBOX" not in line and "T0KEN-VALUE" not in line
    assert "--code-command 'fetch-code ***'" in line and "'--code-command=other ***'" in line
    assert "--backend aws" in line and "-k confirm" in line


def test_a_rerun_keeps_the_backend_options_and_hides_the_code_commands_arguments():
    command = rerun_command("features/signup/test_signup.py::test_x", rerun_options(ARGS))
    assert "K3Y-0F-THE-MAILBOX" not in command and "T0KEN-VALUE" not in command
    assert command.startswith("python -m pytest features/signup/test_signup.py::test_x --backend aws")
    assert "-k" not in command.split()
