"""Passwords and tokens stay out of the output, even with debug logs, locals and failing scenarios."""

import re

from ..run_suite import run_suite

JWT = re.compile(r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.")


def test_a_failing_run_with_debug_logs_shows_no_secret():
    # --runxfail turns moto's expected divergences into plain failures, with full reports.
    run = run_suite("features/signin/test_signin.py", "-k", "wrong_password", "--runxfail",
                    "--showlocals", "--log-level=DEBUG", "-rA", "-p", "no:randomly")
    output = run.stdout + run.stderr
    assert run.returncode == 1, output[-2000:]
    assert "botocore" in output and "InitiateAuth" in output, "the debug log was not shown"
    assert JWT.findall(output) == []
    assert "Aa1!" not in output
    assert '"PASSWORD": "***"' in output or "'PASSWORD': '***'" in output
