"""What a record states about the run (versions, rerun commands) and the Cognito calls it shows, masked."""

from __future__ import annotations

import boto3
from moto import mock_aws

from cognito_conformance import implementations
from cognito_conformance.reporting import calls, metadata

from .samples import PASSWORD


def test_a_rerun_keeps_only_the_options_that_choose_the_backend():
    args = ["features", "-n", "2", "--backend", "aws", "--endpoint-url=http://127.0.0.1:5000", "--emulator",
            "moto", "--allow-writes", "--report-dir", "reports", "-q"]
    options = metadata.rerun_options(args)
    assert options == ["--backend", "aws", "--endpoint-url=http://127.0.0.1:5000", "--emulator", "moto",
                       "--allow-writes"]
    assert metadata.rerun_command("features/a/test_a.py::test_x[USER_SRP_AUTH]", options) == (
        "python -m pytest 'features/a/test_a.py::test_x[USER_SRP_AUTH]' --backend aws "
        "--endpoint-url=http://127.0.0.1:5000 --emulator moto --allow-writes")


def test_the_implementation_is_named_with_its_own_version():
    assert implementations.MOTO.version() == f"moto {metadata.package_version('moto')}"
    assert "server at the endpoint is not asked" in implementations.MOTO_SERVER.version()
    assert implementations.COGNITO_LOCAL.version().startswith("cognito-local 5.")
    assert implementations.COGNITO.version() == "Amazon Cognito (AWS states no version)"


def test_the_recorder_shows_a_failing_steps_call_with_its_secrets_masked():
    with mock_aws():
        client = boto3.client("cognito-idp", region_name="us-east-1")
        recorder = calls.CallRecorder().attach(client)
        recorder.step = 0
        pool = client.create_user_pool(PoolName="p")["UserPool"]["Id"]
        app = client.create_user_pool_client(UserPoolId=pool, ClientName="c",
                                             ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH",
                                                                "ALLOW_REFRESH_TOKEN_AUTH"])["UserPoolClient"]
        recorder.step = 1
        try:
            client.initiate_auth(ClientId=app["ClientId"], AuthFlow="USER_PASSWORD_AUTH",
                                 AuthParameters={"USERNAME": "nobody", "PASSWORD": PASSWORD})
        except client.exceptions.ClientError:
            pass
    call = recorder.for_step(1)
    assert call["operation"] == "InitiateAuth" and call["error_code"] in ("UserNotFoundException",
                                                                          "NotAuthorizedException")
    assert call["request"]["AuthParameters"] == {"USERNAME": "nobody", "PASSWORD": "***"}
    assert PASSWORD not in str(call)
    assert recorder.for_step(2) == call  # a Then that only asserts shows the last call before it
    assert recorder.for_step(0)["operation"] == "CreateUserPoolClient"
    recorder.reset()
    assert recorder.for_step(1) is None
