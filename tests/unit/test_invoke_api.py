"""The suite's local Lambda Invoke API (cognito_conformance/triggers/invoke_api.py), checked with boto3's own
Lambda client: the published Invoke operation, the routing by userPoolId, the neutral handlers, the error
forms, the record read back through the cognito-local Deployment, and the cost of an invocation."""

from __future__ import annotations

import http.client
import json
import statistics
import time

import boto3
import pytest
from botocore.config import Config

from cognito_conformance.pools import MissingSetting
from cognito_conformance.triggers import (CUSTOM_EMAIL_SENDER, CUSTOM_MESSAGE, POST_CONFIRMATION, PRE_SIGN_UP,
                                          PRE_TOKEN_GENERATION, TRIGGERS, USER_MIGRATION, TriggerSet)
from cognito_conformance.triggers.handlers.common import password_digest
from cognito_conformance.triggers.invoke_api import NO_MIGRATION, InvokeApi, function_name
from cognito_conformance.triggers.invoke_deployment import InvokeApiDeployment, InvokeApiError, function_arn

POOL, OTHER = "us-east-1_routed", "us-east-1_neutral"


def event(source: str, user: str, pool: str = POOL, **request) -> dict:
    """An event as cognito-local 5.3.0 sends it (lib/services/lambda.js createLambdaEvent)."""
    return {"version": "0", "triggerSource": source, "region": "local", "userPoolId": pool, "userName": user,
            "callerContext": {"awsSdkVersion": "2.1693.0", "clientId": "client"},
            "request": {"userAttributes": {"email": f"{user}@example.com"}, **request},
            "response": {}}


@pytest.fixture
def api():
    with InvokeApi() as server:
        server.register(POOL, TRIGGERS)
        yield server


@pytest.fixture
def lambda_client(api):
    return boto3.client("lambda", region_name="us-east-1", endpoint_url=api.endpoint_url,
                        aws_access_key_id="local", aws_secret_access_key="local",
                        config=Config(retries={"total_max_attempts": 1}))


def invoke(client, name: str, payload: dict) -> tuple[dict, dict]:
    answer = client.invoke(FunctionName=name, InvocationType="RequestResponse", Payload=json.dumps(payload))
    return answer, json.loads(answer["Payload"].read())


def test_a_function_named_after_its_trigger_answers_the_event_its_handler_returns(lambda_client):
    answer, body = invoke(lambda_client, PRE_SIGN_UP, event("PreSignUp_SignUp", "autoconfirm-cc-run-alice"))
    assert answer["StatusCode"] == 200 and "FunctionError" not in answer
    assert body["response"]["autoConfirmUser"] is True
    assert body["triggerSource"] == "PreSignUp_SignUp"


def test_a_function_named_by_its_arn_is_the_arns_seventh_field(lambda_client):
    # botocore URL-encodes the ARN in the path (arn%3Aaws%3A...): the server decodes it.
    answer, body = invoke(lambda_client, function_arn(PRE_SIGN_UP), event("PreSignUp_SignUp", "autoconfirm-cc-run-a"))
    assert answer["StatusCode"] == 200 and body["response"]["autoConfirmUser"] is True
    answer, body = invoke(lambda_client, function_arn(PRE_SIGN_UP) + ":$LATEST",
                          event("PreSignUp_SignUp", "autoconfirm-cc-run-b"))
    assert answer["StatusCode"] == 200 and body["response"]["autoConfirmUser"] is True


@pytest.mark.parametrize(("path", "name"), [
    ("PreSignUp", "PreSignUp"), ("arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3APreSignUp", "PreSignUp"),
    ("arn:aws:lambda:us-east-1:123456789012:function:CustomMessage:live", "CustomMessage"),
    ("PreSignUp:$LATEST", "PreSignUp"), ("arn:aws:lambda:us-east-1:123456789012", "")])
def test_function_names_are_url_decoded_and_arns_reduced_to_the_name(path, name):
    assert function_name(path) == name


def test_a_raising_handler_is_an_unhandled_function_error_with_its_message_and_type(lambda_client):
    answer, body = invoke(lambda_client, PRE_SIGN_UP, event("PreSignUp_SignUp", "fail-cc-run-alice"))
    assert answer["StatusCode"] == 200
    assert answer["FunctionError"] == "Unhandled"
    assert body == {"errorMessage": "refused by the suite's PreSignUp function", "errorType": "Refusal"}


def test_an_unknown_function_is_resource_not_found(lambda_client):
    with pytest.raises(lambda_client.exceptions.ResourceNotFoundException) as raised:
        invoke(lambda_client, "NoSuchTrigger", event("PreSignUp_SignUp", "cc-run-alice"))
    assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == 404
    assert "NoSuchTrigger" in str(raised.value)


def test_a_pool_without_the_trigger_gets_the_pass_through_handler(api, lambda_client):
    sent = event("PreSignUp_SignUp", "autoconfirm.fail-cc-run-alice", pool=OTHER)
    answer, body = invoke(lambda_client, PRE_SIGN_UP, sent)
    assert "FunctionError" not in answer and body == sent  # neither autoconfirm nor fail: the event unchanged
    api.register(OTHER, [POST_CONFIRMATION])  # another trigger registered: PreSignUp stays neutral
    answer, body = invoke(lambda_client, PRE_SIGN_UP, sent)
    assert "FunctionError" not in answer and body == sent
    assert api.served["neutral"] == 2 and api.events(OTHER) == []


def test_the_neutral_user_migration_refuses_as_for_an_unknown_user(lambda_client):
    answer, body = invoke(lambda_client, USER_MIGRATION,
                          event("UserMigration_Authentication", "migrate-cc-run-alice", pool=OTHER, password="pw"))
    assert answer["FunctionError"] == "Unhandled" and body["errorMessage"] == NO_MIGRATION


def test_the_neutral_custom_message_answers_a_null_response(lambda_client):
    answer, body = invoke(lambda_client, CUSTOM_MESSAGE,
                          event("CustomMessage_SignUp", "custommessage-cc-run-alice", pool=OTHER,
                                codeParameter="{####}"))
    assert "FunctionError" not in answer and body == {"response": None}


@pytest.mark.parametrize("trigger", [PRE_TOKEN_GENERATION, POST_CONFIRMATION, CUSTOM_EMAIL_SENDER])
def test_the_other_neutral_handlers_pass_the_event_through(lambda_client, trigger):
    sent = event("Any_Source", "fail-cc-run-alice", pool=OTHER)
    answer, body = invoke(lambda_client, trigger, sent)
    assert "FunctionError" not in answer and body == sent


def test_the_record_keeps_what_the_registered_handlers_printed_per_pool_and_nothing_reaches_the_terminal(
        api, lambda_client, capfd):
    invoke(lambda_client, USER_MIGRATION,
           event("UserMigration_Authentication", "migrate-cc-run-alice", password="secret-pw"))
    invoke(lambda_client, PRE_SIGN_UP, event("PreSignUp_SignUp", "cc-run-bob"))
    invoke(lambda_client, PRE_SIGN_UP, event("PreSignUp_SignUp", "cc-run-carol", pool=OTHER))
    recorded = api.events(POOL)
    assert [(line["fn"], line["event"]["userName"]) for line in recorded] == [
        (USER_MIGRATION, "migrate-cc-run-alice"), (PRE_SIGN_UP, "cc-run-bob")]
    # the handler's own read-back line: the clear-text password replaced by its digest
    assert recorded[0]["event"]["request"]["password"] == password_digest("secret-pw")
    assert api.events(OTHER) == []
    out, err = capfd.readouterr()
    assert "cc-run-bob" not in out + err and "secret-pw" not in out + err


def test_the_deployment_registers_pools_reads_their_events_and_forgets_them(api, lambda_client):
    deployment = InvokeApiDeployment(api.endpoint_url)
    triggers = TriggerSet((PRE_SIGN_UP, POST_CONFIRMATION))
    config = deployment.lambda_config(triggers)
    assert config == {"LambdaConfig": {PRE_SIGN_UP: function_arn(PRE_SIGN_UP),
                                       POST_CONFIRMATION: function_arn(POST_CONFIRMATION)}}
    deployment.pool_created("us-east-1_new", "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_new",
                            triggers)
    invoke(lambda_client, PRE_SIGN_UP, event("PreSignUp_SignUp", "cc-run-alice", pool="us-east-1_new"))
    invoke(lambda_client, POST_CONFIRMATION,
           event("PostConfirmation_ConfirmSignUp", "cc-run-alice", pool="us-east-1_new"))
    invoke(lambda_client, CUSTOM_MESSAGE, event("CustomMessage_SignUp", "cc-run-alice", pool="us-east-1_new"))
    found = deployment.events("us-east-1_new")
    assert [(e.trigger, e.source) for e in found] == [(PRE_SIGN_UP, "PreSignUp_SignUp"),
                                                      (POST_CONFIRMATION, "PostConfirmation_ConfirmSignUp")]
    assert [e.source for e in deployment.events("us-east-1_new", POST_CONFIRMATION,
                                                until=lambda events: bool(events))] == [
        "PostConfirmation_ConfirmSignUp"]
    assert deployment.cleanup() == []
    assert deployment.events("us-east-1_new") == []
    invoke(lambda_client, PRE_SIGN_UP, event("PreSignUp_SignUp", "fail-cc-run-alice", pool="us-east-1_new"))
    assert api.events("us-east-1_new") == []  # forgotten: neutral again, nothing recorded


def test_the_custom_senders_need_the_kms_key_the_implementation_was_started_with(api):
    with pytest.raises(MissingSetting, match="KMSConfig"):
        InvokeApiDeployment(api.endpoint_url).lambda_config(TriggerSet((CUSTOM_EMAIL_SENDER,)))
    api.kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/k"
    config = InvokeApiDeployment(api.endpoint_url).lambda_config(TriggerSet((CUSTOM_EMAIL_SENDER,)))
    assert config["LambdaConfig"]["KMSKeyID"] == "arn:aws:kms:us-east-1:123456789012:key/k"


def test_a_stopped_invoke_api_is_a_clear_error():
    with InvokeApi() as server:
        url = server.endpoint_url
    with pytest.raises(InvokeApiError, match="did not answer"):
        InvokeApiDeployment(url, timeout=2).events(POOL)


def test_registering_an_unknown_trigger_is_refused(api):
    with pytest.raises(ValueError, match="unknown trigger"):
        api.register(POOL, ["PreSignIn"])
    connection = http.client.HTTPConnection(api.host, int(api.endpoint_url.rsplit(":", 1)[1]), timeout=5)
    connection.request("PUT", "/_cognito_conformance/pools/p", body=json.dumps({"triggers": ["PreSignIn"]}))
    answer = connection.getresponse()
    assert answer.status == 400 and b"unknown trigger" in answer.read()


def test_an_invocation_costs_a_few_milliseconds(api):
    """shared/TRIGGERS.md §3.2 measured ~1.4 ms per invocation through cognito-local; the server's own
    share, over one keep-alive connection as aws-sdk uses, must stay far below Cognito's 5-s budget and
    not dominate a scenario: the median under 5 ms on a shared 2-core machine."""
    connection = http.client.HTTPConnection(api.host, int(api.endpoint_url.rsplit(":", 1)[1]), timeout=5)
    payload = json.dumps(event("PreSignUp_SignUp", "cc-run-alice")).encode()
    timings = []
    for _ in range(200):
        start = time.perf_counter()
        connection.request("POST", f"/2015-03-31/functions/{PRE_SIGN_UP}/invocations", body=payload)
        answer = connection.getresponse()
        answer.read()
        timings.append(time.perf_counter() - start)
        assert answer.status == 200
    assert statistics.median(timings) < 0.005, f"median {statistics.median(timings) * 1000:.2f} ms"


def test_a_cognito_local_run_uses_the_invoke_api_the_runner_names_and_skips_without_it(api, monkeypatch):
    from types import SimpleNamespace

    from cognito_conformance import implementations
    from cognito_conformance.fixtures.triggers import deployment_for
    from cognito_conformance.triggers.invoke_deployment import MISSING_API, URL_VARIABLE
    from cognito_conformance.triggers.unavailable import NoDeployment

    settings = SimpleNamespace(traits=implementations.COGNITO_LOCAL, pool_mode="provision", env_file={})
    monkeypatch.setenv(URL_VARIABLE, api.endpoint_url)
    found = deployment_for(settings, None, "cc-run-gw0", {})
    assert isinstance(found, InvokeApiDeployment) and found.url == api.endpoint_url
    monkeypatch.delenv(URL_VARIABLE)
    missing = deployment_for(settings, None, "cc-run-gw0", {})
    assert isinstance(missing, NoDeployment) and missing.reason == MISSING_API
    with pytest.raises(MissingSetting, match="scripts/cognito_local.py run"):
        missing.lambda_config(TriggerSet((PRE_SIGN_UP,)))
