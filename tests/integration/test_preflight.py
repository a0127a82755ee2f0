"""Issue 10, finding 5: in aws mode the run checks its endpoint, pool and clients before the first
scenario; a bad one stops it with one line naming the setting, in seconds, not a failure per scenario."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from ..run_suite import FAKE_AWS, run_suite
from .team_pool import create_team_pool, env_file_for, server_client, snapshot


@pytest.fixture(scope="module")
def team(moto_server):
    cognito = server_client(moto_server)
    return cognito, create_team_pool(cognito)


@pytest.fixture(scope="module")
def not_cognito():
    """A web server that is not Cognito: it answers every POST with 501."""
    server = HTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def _stopped(run, *fragments):
    __tracebackhide__ = True
    output = run.stdout + run.stderr
    assert run.returncode == 4, output[-3000:]
    for fragment in fragments:
        assert fragment in output, output[-3000:]
    assert "Traceback" not in output and len(output.splitlines()) < 10, output[-3000:]


def _run(endpoint, env_file, *extra):
    started = time.monotonic()
    run = run_suite("features", "--backend", "aws", "--endpoint-url", endpoint, "--emulator", "moto",
                    "--env-file", str(env_file), "--allow-writes", *extra, env=FAKE_AWS)
    assert time.monotonic() - started < 60
    return run


def test_a_pool_that_does_not_exist(moto_server, team, tmp_path):
    env_file = env_file_for(tmp_path / "env.py", {**team[1], "user_pool_id": "us-east-1_DoesNotExist"})
    _stopped(_run(moto_server, env_file), "user_pool_id us-east-1_DoesNotExist", "ResourceNotFoundException")


def test_a_region_that_is_not_the_pools(moto_server, team, tmp_path):
    env_file = env_file_for(tmp_path / "env.py", team[1], region="eu-west-1")
    _stopped(_run(moto_server, env_file), f"user_pool_id {team[1]['user_pool_id']} is a pool of us-east-1, "
                                          "but the run's region is eu-west-1")


def test_a_client_id_that_is_not_the_pools(moto_server, team, tmp_path):
    cognito, pool = team
    before = snapshot(cognito, pool["user_pool_id"])
    env_file = env_file_for(tmp_path / "env.py", {**pool, "client_side_id": "nosuchclient"})
    _stopped(_run(moto_server, env_file), "client_side_id 'nosuchclient' is not an app client of pool")
    assert snapshot(cognito, pool["user_pool_id"]) == before


def test_an_endpoint_that_refuses_connections(team, tmp_path):
    env_file = env_file_for(tmp_path / "env.py", team[1])
    _stopped(_run("http://127.0.0.1:9", env_file), "the endpoint http://127.0.0.1:9 (region us-east-1) could not "
                                                   "be reached for DescribeUserPool")


def test_an_endpoint_that_is_not_cognito(not_cognito, tmp_path):
    env_file = env_file_for(tmp_path / "env.py", {})
    _stopped(_run(not_cognito, env_file), f"the endpoint {not_cognito}", "did not answer ListUserPools as Cognito "
                                                                          "does (HTTP 501")


def test_a_good_team_pool_passes_preflight(moto_server, team, tmp_path):
    env_file = env_file_for(tmp_path / "env.py", team[1])
    run = run_suite("examples/pool_profile", "--backend", "aws", "--endpoint-url", moto_server, "--emulator",
                    "moto", "--env-file", str(env_file), "--no-report", env=FAKE_AWS)
    assert run.returncode == 0 and "9 passed" in run.stdout, run.stdout[-3000:]
