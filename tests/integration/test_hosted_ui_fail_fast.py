"""A hosted UI that will not answer fails the OAuth scenarios at once, in one line naming the domain and
the setting, instead of waiting up to 600 s for a domain that an emulator never creates."""

from __future__ import annotations

import time

from ..run_suite import FAKE_AWS, run_suite


def test_an_emulator_endpoint_without_emulator_fails_the_hosted_ui_at_once(moto_server, env_file):
    started = time.monotonic()
    run = run_suite("features/oauth/test_oauth.py", "-k", "discovery_document_names",
                    "--backend", "aws", "--endpoint-url", moto_server, "--env-file", str(env_file), env=FAKE_AWS)
    took = time.monotonic() - started
    assert run.returncode != 0
    assert took < 120, f"the run took {took:.0f} s: it waited for the domain"
    lines = [line for line in run.stdout.splitlines() if "will not answer" in line]
    assert lines, run.stdout[-3000:]
    assert ".auth.us-east-1.amazoncognito.com will not answer" in lines[0]
    assert f"the endpoint {moto_server} is not AWS" in lines[0] and "--emulator" in lines[0]
    assert "Traceback" not in run.stdout and "Traceback" not in run.stderr
