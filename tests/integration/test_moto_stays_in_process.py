"""Issue 18, finding 8: with the moto backend (the default), an endpoint in the shell's environment sends
no call out of the process; the header says it is ignored."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ..run_suite import run_suite


@pytest.fixture
def listener():
    """An endpoint that counts what reaches it (and answers nothing useful)."""
    seen: list[str] = []

    class Counting(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 (http.server's name)
            seen.append(self.headers.get("X-Amz-Target", self.path))
            self.send_response(500)
            self.end_headers()

        do_GET = do_POST  # noqa: N815

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Counting)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", seen
    server.shutdown()


@pytest.mark.parametrize("variable", ["AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", "AWS_ENDPOINT_URL"])
def test_endpoint_variables_are_ignored_by_the_moto_backend(listener, variable):
    endpoint, seen = listener
    run = run_suite("features/signup/test_signup.py", "-k", "temporary_password", "--no-report",
                    env={variable: endpoint})
    assert seen == [], f"{len(seen)} calls left the process: {seen[:5]}"
    assert run.returncode == 0 and "1 passed" in run.stdout, run.stdout[-3000:]
    assert f"cognito endpoint variables: {variable} ignored: the moto backend answers in this process" in run.stdout
