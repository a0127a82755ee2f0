"""Issue 18, finding 7: AWS credentials, a secret setting given with -o, and the --debug trace stay out of
every output: --log-level=DEBUG on the terminal, --log-file, JUnit with junit_logging=all, the HTML and
JSON reports, and pytestdebug.log."""

from __future__ import annotations

from ..run_suite import run_suite
from .test_masking import CODE_KEY

CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "AKIAZ7Q3EXAMPLE4KEY2",
    "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYz9Secret42x",
    "AWS_SESSION_TOKEN": "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD" + "Zx9SessionTokenTail" * 8,
}


def test_credentials_a_secret_setting_and_the_debug_trace_are_masked(moto_server, tmp_path):
    record, reports = tmp_path / "secrets.txt", tmp_path / "reports"
    (tmp_path / "env.py").write_text('region = "us-east-1"\n')
    log_file, junit, debug = tmp_path / "run.log", tmp_path / "junit.xml", tmp_path / "pytestdebug.log"
    run = run_suite("features/mfa/test_mfa.py", "-k", "software_token_through_the_challenge",
                    "--backend", "aws", "--endpoint-url", moto_server, "--emulator", "moto", "--region", "us-east-1",
                    "--env-file", str(tmp_path / "env.py"), "--log-level=DEBUG", "-rA", f"--log-file={log_file}",
                    "--log-file-level=DEBUG", "-o", "junit_logging=all", f"--junitxml={junit}", f"--debug={debug}",
                    "-o", f"cognito_code_command=read-code {CODE_KEY} {{username}}", "-p",
                    "tests.integration.secret_recorder", "--report-dir", str(reports),
                    env={**CREDENTIALS, "SECRET_RECORD": str(record)})
    terminal = run.stdout + run.stderr
    assert run.returncode == 0 and "1 passed" in terminal, terminal[-3000:]
    outputs = {"terminal": terminal, "log file": log_file.read_text(), "junit": junit.read_text(),
               "pytestdebug.log": debug.read_text(),
               **{path.name: path.read_text() for path in reports.iterdir() if path.is_file()}}
    assert "X-Amz-Security-Token" in outputs["log file"] and "AssociateSoftwareToken" in outputs["pytestdebug.log"]
    assert "cognito_code_command=read-code ***" in outputs["pytestdebug.log"], "the trace shows no -o setting"
    totp = {line for line in record.read_text().splitlines() if len(line) >= 8}
    assert totp, "the run handled no secret"
    for name, text in outputs.items():
        for what, value in [*CREDENTIALS.items(), ("the code command's key", CODE_KEY)]:
            assert value not in text, f"{name} shows {what} ({text.count(value)} times)"
        leaked = sorted(secret[:12] + "..." for secret in totp if secret in text)
        assert leaked == [], f"{name} shows {len(leaked)} secrets the run handled: {leaked[:5]}"
