"""The calls a failed scenario shows: Cognito and HTTP calls in order, values kept, every secret masked;
recording costs a reference per call, and nothing is masked until a call is shown."""

from __future__ import annotations

import json

import boto3
import requests
import responses
from moto import mock_aws

from cognito_conformance.masking import MASK
from cognito_conformance.reporting import calls, masked_texts

from .samples import JWT, PASSWORD

TOKEN_URL = "https://auth.example.com/oauth2/token"
SECRET = "s3cr3t-client-secret-value"
CODE = "c0de-0f-the-authorization-grant"


def test_every_call_in_order_with_the_failing_steps_call_marked_and_values_kept():
    with mock_aws():
        client = boto3.client("cognito-idp", region_name="us-east-1")
        recorder = calls.CallRecorder().attach(client)
        recorder.step = 0
        pool = client.create_user_pool(PoolName="p")["UserPool"]["Id"]
        client.admin_create_user(UserPoolId=pool, Username="alice", TemporaryPassword=PASSWORD,
                                 UserAttributes=[{"Name": "name", "Value": "Alice Liddel"}], MessageAction="SUPPRESS")
        recorder.step = 2
        client.admin_get_user(UserPoolId=pool, Username="alice")
        try:
            client.admin_get_user(UserPoolId=pool, Username="nobody")
        except client.exceptions.UserNotFoundException:
            pass
    found = recorder.scenario_calls(3)  # a Then with no call of its own: the last call before it
    assert found["made"] == 4
    shown = found["calls"]
    assert [c["operation"] for c in shown] == ["CreateUserPool", "AdminCreateUser", "AdminGetUser", "AdminGetUser"]
    assert [c["step"] for c in shown] == [0, 0, 2, 2] and [c["failing"] for c in shown] == [False] * 3 + [True]
    assert shown[1]["request"]["TemporaryPassword"] == MASK and PASSWORD not in json.dumps(found)
    assert {"Name": "name", "Value": "Alice Liddel"} in shown[2]["response"]["UserAttributes"]
    assert shown[3]["error_code"] == "UserNotFoundException" and shown[3]["status"] == 400
    assert recorder.scenario_calls(2)["calls"][3]["failing"]  # the step's own last call
    assert recorder.scenario_calls(0)["calls"][1]["failing"]


@responses.activate
def test_http_calls_are_kept_hop_by_hop_with_their_secrets_masked():
    responses.add(responses.POST, TOKEN_URL, status=200, json={
        "access_token": JWT, "id_token": JWT, "refresh_token": "opaque-refresh-token-value", "token_type": "Bearer",
        "expires_in": 3600})
    responses.add(responses.GET, "https://auth.example.com/login", status=302,
                  headers={"Location": f"https://app.example.com/callback?code={CODE}&state=xyz"})
    responses.add(responses.GET, "https://app.example.com/callback", status=200, content_type="text/html",
                  body='<form><input type="hidden" name="_csrf" value="csrf-token-value-123"></form>')
    recorder, original = calls.CallRecorder(), requests.Session.send
    undo = recorder.attach_http()
    assert requests.Session.send is not original
    try:
        recorder.step = 1
        requests.post(TOKEN_URL, data={"grant_type": "authorization_code", "code": CODE, "client_id": "app"},
                      auth=("app", SECRET), timeout=5)
        recorder.step = 2
        requests.get("https://auth.example.com/login", params={"client_id": "app"}, timeout=5)  # follows the 302
    finally:
        undo()
    assert requests.Session.send is original
    found = recorder.scenario_calls(2)
    text = json.dumps(found)
    for secret in (SECRET, CODE, JWT, "opaque-refresh-token-value", "csrf-token-value-123"):
        assert secret not in text, secret
    token, login, callback = found["calls"]
    assert token["operation"] == "POST /oauth2/token" and token["status"] == 200 and token["step"] == 1
    assert token["request"]["Authorization"] == f"Basic {MASK}"
    assert token["request"]["body"] == {"grant_type": "authorization_code", "code": MASK, "client_id": "app"}
    assert token["response"]["body"]["expires_in"] == 3600 and token["response"]["body"]["access_token"] == MASK
    assert (login["status"], login["step"]) == (302, 2) and "code=***&state=xyz" in login["response"]["Location"]
    assert callback["operation"] == "GET /callback" and callback["failing"] and not login["failing"]
    assert 'value="***"' in callback["response"]["body"]


def test_recording_masks_nothing_until_a_call_is_shown(monkeypatch):
    masked = []
    monkeypatch.setattr(masked_texts, "mask", lambda text: masked.append(text) or text)
    with mock_aws():
        client = boto3.client("cognito-idp", region_name="us-east-1")
        recorder = calls.CallRecorder().attach(client)
        for n in range(5):
            recorder.step = n
            client.list_user_pools(MaxResults=10)
    assert masked == [] and recorder.made == 5
    recorder.for_step(4)
    assert masked  # masked when shown, in one batch
    recorder.reset()
    assert recorder.scenario_calls(None) == {"made": 0, "calls": []}


def test_a_runaway_scenario_keeps_its_newest_calls_and_says_how_many_it_made():
    recorder = calls.CallRecorder()
    for n in range(calls.LIMIT + 7):
        recorder._keep(("api", 0, "GetUser", {"AccessToken": JWT}, 200, {"Username": f"u{n}"}))
    found = recorder.scenario_calls(0)
    assert found["made"] == calls.LIMIT + 7 and len(found["calls"]) == calls.LIMIT
    assert found["calls"][0]["response"]["Username"] == "u7" and found["calls"][-1]["failing"]
