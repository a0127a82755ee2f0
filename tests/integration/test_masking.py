"""Secrets stay out of every output of a run with failures: the terminal with --showlocals and debug logs,
the JSON record, the HTML report, JUnit and cucumber (issue 10, finding 7)."""

import re
import sys

from ..run_suite import run_suite

JWT = re.compile(r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.")
CODE_KEY = "sk-live-Code-Command-Key-4711"


def test_a_failing_run_shows_no_secret_it_handled_in_any_output(tmp_path):
    record = tmp_path / "secrets.txt"
    reports = tmp_path / "reports"
    # --runxfail turns moto's expected divergences (a TOTP secret's length, the SRP proof) into failures.
    run = run_suite("features/mfa/test_mfa.py", "features/signin/test_signin.py", "--runxfail", "--showlocals",
                    "--log-level=DEBUG", "-rA", "-p", "tests.integration.secret_recorder", "--report-dir",
                    str(reports), "--code-command", f"{sys.executable} -c print(123456) {CODE_KEY}",
                    env={"SECRET_RECORD": str(record)})
    terminal = run.stdout + run.stderr
    assert run.returncode == 1, terminal[-2000:]
    assert "botocore" in terminal and "InitiateAuth" in terminal, "the debug log was not shown"
    assert "AssociateSoftwareToken" in terminal and "PASSWORD_CLAIM_SECRET_BLOCK" in terminal
    secrets = {line for line in record.read_text().splitlines() if len(line) >= 8}
    kinds = record.read_text()
    assert secrets and "asdfasdfasdf" in kinds, "the run handled no TOTP secret"
    outputs = {"terminal": terminal, **{path.name: path.read_text() for path in reports.iterdir()}}
    assert {name.rsplit(".", 1)[-1] for name in outputs} >= {"terminal", "json", "html", "xml"}
    assert any(name.startswith("cucumber") for name in outputs)
    for name, text in outputs.items():
        leaked = sorted(secret[:12] + "..." for secret in secrets if secret in text)
        assert leaked == [], f"{name} shows {len(leaked)} secrets the run handled: {leaked[:5]}"
        assert JWT.findall(text) == [], name
        assert CODE_KEY not in text, name
    assert "'PASSWORD': '***'" in terminal or '"PASSWORD": "***"' in terminal
