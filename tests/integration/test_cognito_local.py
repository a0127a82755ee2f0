"""The aws backend against cognito-local: registered divergences expected, the run green, nothing left behind.

Needs node and npm (Node.js 20+); cognito-local itself is npm-installed into .tools/cognito-local on
first use (``python scripts/cognito_local.py install``, or ``.ci/run``). The whole catalogue runs: every
divergence on cognito-local is an AssertionError, so the registry's strict xfails cover them (the JWT
scenarios verify cognito-local's tokens with its own issuer; oauth/ and federation/ skip on emulators).
"""

from __future__ import annotations

import json
import os
import shutil
import socket

import boto3
import pytest

from cognito_conformance.emulators import CognitoLocal

from ..run_suite import FAKE_AWS, run_suite

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or shutil.which("npm") is None,
    reason="cognito-local needs node and npm (Node.js 20 or newer) on PATH",
)

FEATURES = ["features"]


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def _port_closed(host: str, port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) != 0


@pytest.fixture(scope="module")
def cognito_local():
    emulator = CognitoLocal()
    emulator.start()
    pid, port = emulator.process.pid, emulator.port
    try:
        yield emulator
    finally:
        emulator.stop()
    assert _gone(pid), "cognito-local is still running after stop()"
    assert _port_closed("127.0.0.1", port)


@pytest.fixture
def local_cognito(cognito_local):
    return boto3.client("cognito-idp", region_name="us-east-1", endpoint_url=cognito_local.endpoint_url,
                        aws_access_key_id="testing", aws_secret_access_key="testing")


def test_the_suite_is_green_on_cognito_local_given_its_divergences(cognito_local, local_cognito, env_file):
    before = local_cognito.list_user_pools(MaxResults=60)["UserPools"]
    run = run_suite(*FEATURES, "-n", "4", "--backend", "aws", "--region", "us-east-1",
                    "--endpoint-url", cognito_local.endpoint_url, "--emulator", "cognito-local",
                    "--env-file", str(env_file), env={**FAKE_AWS, **cognito_local.suite_environment()})
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "implementation: cognito-local (from --emulator)" in run.stdout
    assert f"endpoint: {cognito_local.endpoint_url}" in run.stdout
    assert " passed" in run.stdout and " xfailed" in run.stdout
    summary = [line for line in run.stdout.splitlines() if "expected divergences" in line]
    assert summary and summary[0].endswith(", 0 failed"), summary
    assert "verdict: passed" in run.stdout
    assert local_cognito.list_user_pools(MaxResults=60)["UserPools"] == before


def test_cognito_local_starts_on_a_free_port_and_stops_leaving_nothing_behind():
    with CognitoLocal() as emulator:
        pid, port, data_dir = emulator.process.pid, emulator.port, emulator.data_dir
        assert emulator.running and emulator.endpoint_url == f"http://127.0.0.1:{port}"
        assert (data_dir / ".cognito" / "config.json").is_file()
        # Its triggers are the suite's Invoke API, which runs as long as the instance does.
        config = json.loads((data_dir / ".cognito" / "config.json").read_text())
        assert config["LambdaClient"]["endpoint"] == emulator.invoke_api.endpoint_url
        assert config["TriggerFunctions"]["PreSignUp"] == "PreSignUp"
        invoke_api = emulator.invoke_api
        assert emulator.suite_environment() == {"COGNITO_INVOKE_API_URL": invoke_api.endpoint_url}
        client = boto3.client("cognito-idp", region_name="us-east-1", endpoint_url=emulator.endpoint_url,
                              aws_access_key_id="testing", aws_secret_access_key="testing")
        pool = client.create_user_pool(PoolName="cc-emulator-check")["UserPool"]
        # The data directory's config gives pools Cognito's default: no username attributes.
        assert not pool.get("UsernameAttributes")
    assert _gone(pid)
    assert _port_closed("127.0.0.1", port)
    assert not data_dir.exists()
    assert not emulator.running
    assert emulator.invoke_api is None and invoke_api._server is None


def test_cognito_local_calls_the_suites_functions_for_a_registered_pool_and_neutral_ones_for_others():
    """The wiring end to end: cognito-local's global TriggerFunctions reach the Invoke API, which runs the
    suite's handler for a pool registered with that trigger (a refusal reads "PreSignUp failed with error
    ...", the function named after its trigger) and a neutral one for any other pool."""
    from botocore.config import Config

    from cognito_conformance.triggers import PRE_SIGN_UP, TriggerSet
    from cognito_conformance.triggers.invoke_deployment import InvokeApiDeployment

    with CognitoLocal() as emulator:
        client = boto3.client("cognito-idp", region_name="us-east-1", endpoint_url=emulator.endpoint_url,
                              aws_access_key_id="testing", aws_secret_access_key="testing",
                              config=Config(retries={"total_max_attempts": 1}))
        deployment = InvokeApiDeployment(emulator.suite_environment()["COGNITO_INVOKE_API_URL"])
        triggers = TriggerSet((PRE_SIGN_UP,))
        pool = client.create_user_pool(PoolName="cc-trigger-check", **deployment.lambda_config(triggers))["UserPool"]
        deployment.pool_created(pool["Id"], pool["Arn"], triggers)
        other = client.create_user_pool(PoolName="cc-no-trigger-check")["UserPool"]
        clients = {p["Id"]: client.create_user_pool_client(UserPoolId=p["Id"], ClientName="c")["UserPoolClient"]
                   for p in (pool, other)}
        answer = client.sign_up(ClientId=clients[pool["Id"]]["ClientId"], Username="autoconfirm-cc-check-a",
                                Password="Passw0rd!x")
        assert answer["UserConfirmed"] is True
        with pytest.raises(client.exceptions.UserLambdaValidationException) as refused:
            client.sign_up(ClientId=clients[pool["Id"]]["ClientId"], Username="fail-cc-check-b", Password="Passw0rd!x")
        assert "PreSignUp failed with error refused by the suite's PreSignUp function." in str(refused.value)
        assert [(e.source, e.user_name) for e in deployment.events(pool["Id"])] == [
            ("PreSignUp_SignUp", "autoconfirm-cc-check-a"), ("PreSignUp_SignUp", "fail-cc-check-b")]
        # another pool: the neutral function, nothing recorded, cognito-local's default outcome
        answer = client.sign_up(ClientId=clients[other["Id"]]["ClientId"], Username="autoconfirm.fail-cc-check-c",
                                Password="Passw0rd!x")
        assert answer["UserConfirmed"] is False
        assert deployment.events(other["Id"]) == []
        assert emulator.invoke_api.served["neutral"] >= 1
        assert deployment.cleanup() == []
