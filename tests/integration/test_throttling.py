"""TooManyRequestsException is absorbed by botocore's adaptive retry mode: against moto's server behind
a proxy that throttles, scenarios still pass, and the throttling did happen."""

from __future__ import annotations

import json
import threading

import pytest
from werkzeug.serving import make_server

from ..run_suite import FAKE_AWS, run_suite

THROTTLED = json.dumps({"__type": "TooManyRequestsException", "message": "Rate exceeded"}).encode()


class Throttle:
    """WSGI middleware: every third Cognito call is answered as Cognito answers throttling."""

    def __init__(self, app) -> None:
        self.app = app
        self.calls = 0
        self.throttled = 0
        self._lock = threading.Lock()

    def __call__(self, environ, start_response):
        if "AWSCognitoIdentityProviderService" in environ.get("HTTP_X_AMZ_TARGET", ""):
            with self._lock:
                self.calls += 1
                throttle = self.calls % 3 == 0
                self.throttled += throttle
            if throttle:
                start_response("400 Bad Request", [("Content-Type", "application/x-amz-json-1.1"),
                                                   ("x-amzn-ErrorType", "TooManyRequestsException:")])
                return [THROTTLED]
        return self.app(environ, start_response)


@pytest.fixture
def throttled_server():
    from moto.server import DomainDispatcherApplication, create_backend_app

    throttle = Throttle(DomainDispatcherApplication(create_backend_app))
    server = make_server("127.0.0.1", 0, throttle, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", throttle
    server.shutdown()


def test_scenarios_pass_through_throttling(throttled_server, env_file):
    endpoint, throttle = throttled_server
    run = run_suite("features/refresh/test_refresh.py", "features/signout/test_signout.py", "--backend", "aws",
                    "--endpoint-url", endpoint, "--emulator", "moto", "--env-file", str(env_file), env=FAKE_AWS)
    assert run.returncode == 0, run.stdout[-3000:]
    assert "6 passed" in run.stdout
    assert throttle.throttled >= 10, f"only {throttle.throttled} of {throttle.calls} calls were throttled"
