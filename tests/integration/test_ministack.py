"""The aws backend against ministack: registered divergences expected, the run green (strict), its hosted
UI deciding the OAuth scenarios, nothing left behind.

ministack is pip-installed (``ministack[full]``, pinned) into a venv in .tools/ministack on first use
(``python scripts/ministack.py install``, or ``.ci/run``); where it cannot be installed (no network to
PyPI, no venv module) the module skips with the reason.
"""

from __future__ import annotations

import json
import os
import socket

import boto3
import pytest

from cognito_conformance.emulators import EmulatorError, Ministack
from cognito_conformance.emulators.ministack import CREDENTIALS, check_health

from ..run_suite import run_suite


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
def installed():
    emulator = Ministack()
    try:
        emulator.install()
    except EmulatorError as why:
        pytest.skip(f"ministack could not be installed into {emulator.tools_dir}: {str(why).splitlines()[0]}")
    return emulator


@pytest.fixture(scope="module")
def ministack(installed):
    emulator = Ministack()
    emulator.start()
    pid, port = emulator.process.pid, emulator.port
    try:
        yield emulator
    finally:
        emulator.stop()
    assert _gone(pid), "ministack is still running after stop()"
    assert _port_closed("127.0.0.1", port)


@pytest.fixture
def idp(ministack):
    return boto3.client("cognito-idp", region_name="us-east-1", endpoint_url=ministack.endpoint_url,
                        aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
                        aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"])


#: The scenarios that call /oauth2/revoke (the stand-in answers it in front of ministack).
REVOKE_ENDPOINT_SCENARIOS = {"Revoking a refresh token ends it and the access tokens it produced",
                             "Revoking a token Cognito never issued still succeeds",
                             "A refresh token revoked at the revoke endpoint is refused by the API"}


def test_the_suite_is_green_on_ministack_given_its_divergences(ministack, idp, env_file, tmp_path):
    before = idp.list_user_pools(MaxResults=60)["UserPools"]
    run = run_suite("features", "-n", "2", "--backend", "aws", "--region", "us-east-1", "--strict-divergences",
                    "--endpoint-url", ministack.endpoint_url, "--emulator", "ministack",
                    "--env-file", str(env_file), "--report-dir", str(tmp_path), env=CREDENTIALS, timeout=1200)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "implementation: ministack (from --emulator)" in run.stdout
    assert "cognito hosted UI: ministack at its endpoint" in run.stdout
    summary = [line for line in run.stdout.splitlines() if "expected divergences" in line]
    assert summary and summary[0].endswith(", 0 failed"), summary
    assert idp.list_user_pools(MaxResults=60)["UserPools"] == before
    record = json.loads(next(tmp_path.glob("cognito-ministack-*.json")).read_text())
    oauth = [s for s in record["scenarios"] if s["feature"]["domain"] in ("oauth", "federation")]
    # ministack served them, except /oauth2/revoke, which the stand-in answers in front of it: only the scenarios
    # that reach that endpoint are "holds on the stand-in" (saying so), and at least 20 OAuth scenarios hold on
    # ministack. The end-to-end federated sign-ins run on ministack itself and hold.
    on_stand_in = [s for s in record["scenarios"] if s.get("stand_in") or s.get("result_class") == "holds on the stand-in"]
    assert on_stand_in and all("/oauth2/revoke" in s["class_reason"] for s in on_stand_in), on_stand_in
    assert {s["name"] for s in on_stand_in} <= REVOKE_ENDPOINT_SCENARIOS
    federated = [s for s in oauth if s["feature"]["path"].endswith(("federated_sign_in.feature", "linked_identities.feature"))]
    assert len(federated) == 3 and {s["result_class"] for s in federated} == {"holds"}, federated
    assert {s["hosted_ui"] for s in oauth} == {"ministack"}
    held = [s for s in oauth if s["feature"]["domain"] == "oauth" and s.get("result_class") == "holds"]
    assert len(held) >= 20, [s["name"] for s in held]


def test_ministack_starts_checked_on_a_free_port_and_stops_leaving_nothing_behind(installed):
    with Ministack() as emulator:
        pid, port, data_dir = emulator.process.pid, emulator.port, emulator.data_dir
        assert emulator.running and emulator.endpoint_url == f"http://127.0.0.1:{port}"
        health = check_health(emulator.endpoint_url)
        assert health["auth"] == "enabled" and health["version"] == emulator.version
        iam = boto3.client("iam", region_name="us-east-1", endpoint_url=emulator.endpoint_url,
                           aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
                           aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"])
        arn = iam.get_role(RoleName="cognito-conformance-sms")["Role"]["Arn"]
        assert arn == "arn:aws:iam::123456789012:role/cognito-conformance-sms"
    assert _gone(pid)
    assert _port_closed("127.0.0.1", port)
    assert not data_dir.exists()
    assert not emulator.running


def test_a_server_without_auth_is_refused_in_one_line(installed):
    emulator = Ministack(extra_env={"AUTH": "false"})
    with pytest.raises(EmulatorError, match="AUTH is not enabled") as refused:
        emulator.start()
    assert "\n" not in str(refused.value)
    assert not emulator.running


def test_the_mailbox_hands_out_the_code_ministack_sent(ministack, idp):
    from cognito_conformance.codes import MinistackMailbox

    pool = idp.create_user_pool(PoolName="cc-mailbox-check", AutoVerifiedAttributes=["email"])["UserPool"]["Id"]
    try:
        client = idp.create_user_pool_client(UserPoolId=pool, ClientName="c")["UserPoolClient"]["ClientId"]
        sent = idp.sign_up(ClientId=client, Username="cc-mailbox-alice", Password="Passw0rd!long",
                           UserAttributes=[{"Name": "email", "Value": "cc-mailbox-alice@example.com"}])
        mailbox = MinistackMailbox(ministack.endpoint_url)
        code = mailbox.code_for("cc-mailbox-alice", "sign_up", sent)
        with pytest.raises(idp.exceptions.CodeMismatchException):
            idp.confirm_sign_up(ClientId=client, Username="cc-mailbox-alice", ConfirmationCode="000000")
        idp.confirm_sign_up(ClientId=client, Username="cc-mailbox-alice", ConfirmationCode=code)
        assert not mailbox.can_deliver("mfa_sms")
    finally:
        idp.delete_user_pool(UserPoolId=pool)
