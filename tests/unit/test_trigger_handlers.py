"""The suite's trigger functions, on their own: each handler's answer is a pure function of the event
(the behaviour words of the username), and every handler first prints its read-back line."""

from __future__ import annotations

import importlib
import io
import json
import zipfile
from contextlib import redirect_stdout

import pytest

from cognito_conformance.triggers import MODULES, TRIGGERS, TriggerSet, packaging
from cognito_conformance.triggers.deployment import parse_line
from cognito_conformance.triggers.handlers import common, create_auth_challenge, define_auth_challenge


def handler_of(trigger):
    return importlib.import_module(f"cognito_conformance.triggers.handlers.{MODULES[trigger]}")


def event(source, user="cc-run-gw-alice-abc", request=None, version="1"):
    return {"version": version, "triggerSource": source, "region": "eu-west-1", "userPoolId": "eu-west-1_Pool",
            "userName": user, "callerContext": {"awsSdkVersion": "aws-sdk-unknown-unknown", "clientId": "client"},
            "request": {"userAttributes": {"email": f"{user}@example.com"}, **(request or {})}, "response": {}}


def run(trigger, given, monkeypatch, run_id="20261207000000abcd"):
    monkeypatch.setenv(common.RUN_VARIABLE, run_id)
    out = io.StringIO()
    with redirect_stdout(out):
        answer = handler_of(trigger).handler(given, None)
    return answer, out.getvalue()


def test_every_trigger_has_a_handler_module_named_for_it():
    assert set(MODULES) == set(TRIGGERS)
    for trigger in TRIGGERS:
        module = handler_of(trigger)
        assert module.TRIGGER == trigger and callable(module.handler)
        assert "| word |" in module.__doc__ or "common" in module.__doc__  # its behaviours are documented


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_every_handler_prints_its_read_back_line_first_and_answers_the_event_for_a_user_without_words(
        trigger, monkeypatch):
    given = event(f"{trigger}_Any")
    if trigger == "UserMigration":  # the legacy store knows only "migrate" users: the neutral answer is a refusal
        with pytest.raises(common.Refusal):
            run(trigger, given, monkeypatch)
        return
    answer, printed = run(trigger, json.loads(json.dumps(given)), monkeypatch)
    line = parse_line(printed.splitlines()[0], "20261207000000abcd")
    assert line is not None and line.trigger == trigger and line.event == given
    assert parse_line(printed.splitlines()[0], "another-run") is None
    if trigger not in ("DefineAuthChallenge", "CreateAuthChallenge", "VerifyAuthChallengeResponse"):
        assert answer == given


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_the_common_words_fail_or_answer_something_else(trigger, monkeypatch):
    with pytest.raises(common.Refusal, match=f"refused by the suite's {trigger} function"):
        run(trigger, event("X", user=f"fail{trigger.lower()}-cc-run"), monkeypatch)
    answer, _ = run(trigger, event("X", user="notevent-cc-run"), monkeypatch)
    assert answer == {"answer": "not the event"}
    # A word for another trigger leaves this one alone.
    other = "failpresignup" if trigger != "PreSignUp" else "failpostconfirmation"
    if trigger != "UserMigration":
        run(trigger, event("X", user=f"{other}-cc-run"), monkeypatch)


def test_slow_sleeps_past_cognitos_five_seconds(monkeypatch):
    slept = []
    monkeypatch.setattr(common.time, "sleep", slept.append)
    answer, _ = run("PreSignUp", event("PreSignUp_SignUp", user="slowpresignup-cc-run"), monkeypatch)
    assert slept == [common.SLOW_SECONDS] and common.SLOW_SECONDS > 5 and answer["response"] == {}


def test_pre_sign_up_flags(monkeypatch):
    answer, _ = run("PreSignUp", event("PreSignUp_SignUp", user="autoconfirm.autoverifyemail-cc-run"), monkeypatch)
    assert answer["response"] == {"autoConfirmUser": True, "autoVerifyEmail": True}
    answer, _ = run("PreSignUp", event("PreSignUp_SignUp", user="AutoVerifyPhone-cc-run"), monkeypatch)
    assert answer["response"] == {"autoVerifyPhone": True}


def test_words_fall_back_on_the_email_local_part_where_the_username_is_cognitos(monkeypatch):
    given = event("PreSignUp_SignUp", user="0b7c5d1e-uuid")
    given["request"]["userAttributes"]["email"] = "autoconfirm-cc-run-alice@example.com"
    given["userName"] = "0b7c5d1e4f"
    answer, _ = run("PreSignUp", given, monkeypatch)
    assert answer["response"] == {"autoConfirmUser": True}


def test_user_migration_answers_attributes_status_and_message_action(monkeypatch):
    given = event("UserMigration_Authentication", user="migrate.confirmed.nowelcome-cc-run",
                  request={"password": "Aa1!secret"})
    answer, printed = run("UserMigration", given, monkeypatch)
    assert answer["response"] == {"userAttributes": {"email": "migrate.confirmed.nowelcome-cc-run@example.com",
                                                     "email_verified": "true"},
                                  "finalUserStatus": "CONFIRMED", "messageAction": "SUPPRESS"}
    assert "Aa1!secret" not in printed  # the password is printed as its digest
    assert common.password_digest("Aa1!secret") in printed
    answer, _ = run("UserMigration", event("UserMigration_ForgotPassword", user="migrate-cc-run"), monkeypatch)
    assert "finalUserStatus" not in answer["response"]  # not set: Cognito's default applies


def test_user_migration_answers_reset_required_and_delivery_by_email(monkeypatch):
    given = event("UserMigration_ForgotPassword", user="migrate.resetrequired.nowelcome.byemail-cc-run")
    answer, _ = run("UserMigration", given, monkeypatch)
    assert answer["response"]["finalUserStatus"] == "RESET_REQUIRED"
    assert answer["response"]["messageAction"] == "SUPPRESS"
    assert answer["response"]["desiredDeliveryMediums"] == ["EMAIL"]


def test_custom_message_uses_the_placeholders(monkeypatch):
    given = event("CustomMessage_AdminCreateUser", user="custommessage-cc-run",
                  request={"codeParameter": "{####}", "usernameParameter": "{username}"})
    answer, _ = run("CustomMessage", given, monkeypatch)
    assert answer["response"] == {"smsMessage": "cc message: code {####} user {username}",
                                  "emailMessage": "cc message: code {####} user {username}",
                                  "emailSubject": "cc subject CustomMessage_AdminCreateUser"}
    given = event("CustomMessage_SignUp", user="custommessage.nocode.smsonly-cc-run",
                  request={"codeParameter": "{####}"})
    answer, _ = run("CustomMessage", given, monkeypatch)
    assert answer["response"] == {"smsMessage": "cc message: code "}


def test_pre_token_generation_v1_and_v2_shapes(monkeypatch):
    v1, _ = run("PreTokenGeneration", event("TokenGeneration_Authentication", user="claims.suppress.groups-cc-run"),
                monkeypatch)
    assert v1["response"] == {"claimsOverrideDetails": {
        "claimsToAddOrOverride": {"cc_claim": "added by the trigger"}, "claimsToSuppress": ["email"],
        "groupOverrideDetails": {"groupsToOverride": ["cc-trigger-group"]}}}
    v2, _ = run("PreTokenGeneration", event("TokenGeneration_Authentication", user="accessclaims.scopes.nogroups-cc",
                                            version="2"), monkeypatch)
    assert v2["response"] == {"claimsAndScopeOverrideDetails": {
        "accessTokenGeneration": {"claimsToAddOrOverride": {"cc_access_claim": "added by the trigger"},
                                  "scopesToAdd": ["cc-trigger/added"],
                                  "scopesToSuppress": ["aws.cognito.signin.user.admin"]},
        "groupOverrideDetails": {}}}
    keep = event("TokenGeneration_RefreshTokens", user="keepgroups-cc", version="2",
                 request={"groupConfiguration": {"groupsToOverride": ["admins"]}})
    answer, _ = run("PreTokenGeneration", keep, monkeypatch)
    assert answer["response"]["claimsAndScopeOverrideDetails"] == {"groupOverrideDetails": {"groupsToOverride": ["admins"]}}


def test_define_auth_challenge_rounds():
    none = frozenset()
    assert define_auth_challenge.decide([], none)["challengeName"] == "CUSTOM_CHALLENGE"
    srp = [{"challengeName": "SRP_A", "challengeResult": True}]
    assert define_auth_challenge.decide(srp, none)["challengeName"] == "PASSWORD_VERIFIER"
    verified = srp + [{"challengeName": "PASSWORD_VERIFIER", "challengeResult": True}]
    assert define_auth_challenge.decide(verified, none)["challengeName"] == "CUSTOM_CHALLENGE"
    assert define_auth_challenge.decide(verified, frozenset({"passwordonly"})) == \
        {"issueTokens": True, "failAuthentication": False}
    right = [{"challengeName": "CUSTOM_CHALLENGE", "challengeResult": True}]
    assert define_auth_challenge.decide(right, none) == {"issueTokens": True, "failAuthentication": False}
    assert define_auth_challenge.decide(right, frozenset({"tworounds"}))["challengeName"] == "CUSTOM_CHALLENGE"
    wrong = [{"challengeName": "CUSTOM_CHALLENGE", "challengeResult": False}]
    assert define_auth_challenge.decide(wrong * 2, none)["challengeName"] == "CUSTOM_CHALLENGE"
    assert define_auth_challenge.decide(wrong * 3, none)["failAuthentication"] is True
    assert define_auth_challenge.decide([], frozenset({"refuse"}))["failAuthentication"] is True


def test_create_and_verify_auth_challenge(monkeypatch):
    given = event("CreateAuthChallenge_Authentication", request={
        "challengeName": "CUSTOM_CHALLENGE", "session": [{"challengeName": "CUSTOM_CHALLENGE", "challengeResult": False}]})
    answer, _ = run("CreateAuthChallenge", given, monkeypatch)
    assert answer["response"] == {"publicChallengeParameters": {"question": "cc question 2"},
                                  "privateChallengeParameters": {"answer": create_auth_challenge.ANSWER},
                                  "challengeMetadata": "CC-ROUND-2"}
    for answer_given, correct in ((create_auth_challenge.ANSWER, True), ("wrong", False)):
        verify = event("VerifyAuthChallengeResponse_Authentication", request={
            "privateChallengeParameters": {"answer": create_auth_challenge.ANSWER}, "challengeAnswer": answer_given})
        answer, _ = run("VerifyAuthChallengeResponse", verify, monkeypatch)
        assert answer["response"] == {"answerCorrect": correct}


def test_handlers_ignore_fields_they_do_not_know_and_a_null_response(monkeypatch):
    given = event("PreSignUp_SignUp", user="autoconfirm-cc-run")
    given.update({"response": None, "newField": {"x": 1}})
    answer, _ = run("PreSignUp", given, monkeypatch)
    assert answer["response"] == {"autoConfirmUser": True} and answer["newField"] == {"x": 1}


def test_the_deployment_package_holds_every_handler_module_and_nothing_else():
    archive = zipfile.ZipFile(io.BytesIO(packaging.zip_bytes()))
    names = set(archive.namelist())
    assert {f"cc_trigger_handlers/{module}.py" for module in MODULES.values()} <= names
    assert names == {f"cc_trigger_handlers/{path.name}" for path in packaging.HANDLERS.glob("*.py")}
    assert packaging.zip_bytes() == packaging.zip_bytes()  # the same bytes each time
    assert packaging.handler_name("PreSignUp") == "cc_trigger_handlers.pre_sign_up.handler"
    assert packaging.HANDLER == "cc_trigger_handlers.dispatch.handler"


def test_the_dispatcher_hands_each_trigger_source_to_its_module(monkeypatch):
    from cognito_conformance.triggers.handlers import dispatch

    sources = {"PreSignUp": "PreSignUp_AdminCreateUser", "PostConfirmation": "PostConfirmation_ConfirmForgotPassword",
               "PreAuthentication": "PreAuthentication_Authentication",
               "PostAuthentication": "PostAuthentication_Authentication",
               "PreTokenGeneration": "TokenGeneration_RefreshTokens", "UserMigration": "UserMigration_ForgotPassword",
               "CustomMessage": "CustomMessage_ResendCode", "DefineAuthChallenge": "DefineAuthChallenge_Authentication",
               "CreateAuthChallenge": "CreateAuthChallenge_Authentication",
               "VerifyAuthChallengeResponse": "VerifyAuthChallengeResponse_Authentication",
               "CustomEmailSender": "CustomEmailSender_SignUp", "CustomSMSSender": "CustomSMSSender_ForgotPassword"}
    assert set(sources) == set(TRIGGERS)
    for trigger, source in sources.items():
        assert dispatch.module_for(source) == MODULES[trigger]
    assert dispatch.module_for("VerifyAuthChallenge_Authentication") == MODULES["VerifyAuthChallengeResponse"]
    monkeypatch.setenv(common.RUN_VARIABLE, "r")
    out = io.StringIO()
    with redirect_stdout(out):
        assert dispatch.handler({"warmup": True}, None) == {"warmup": True}  # answered, recorded nowhere
        answer = dispatch.handler(event("PreSignUp_SignUp", user="autoconfirm-cc-run"), None)
    assert answer["response"] == {"autoConfirmUser": True}
    assert [json.loads(line)["fn"] for line in out.getvalue().splitlines()] == ["PreSignUp"]


def test_the_handlers_import_nothing_outside_the_standard_library():
    import ast
    import sys

    for path in packaging.HANDLERS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                roots = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                roots = [node.module.split(".")[0]]
            else:
                continue
            assert all(root in sys.stdlib_module_names or root == "__future__" for root in roots), (path, roots)


def test_trigger_sets_build_lambda_config():
    arns = {name: f"arn:aws:lambda:us-east-1:123456789012:function:cc-{name}" for name in TRIGGERS}
    config = TriggerSet(("PreSignUp", "PreTokenGeneration"), "V2_0").lambda_config(arns)
    assert config == {"PreSignUp": arns["PreSignUp"],
                      "PreTokenGenerationConfig": {"LambdaArn": arns["PreTokenGeneration"], "LambdaVersion": "V2_0"}}
    senders = TriggerSet(("CustomEmailSender",)).lambda_config(arns, "arn:aws:kms:us-east-1:123456789012:key/k")
    assert senders == {"CustomEmailSender": {"LambdaArn": arns["CustomEmailSender"], "LambdaVersion": "V1_0"},
                       "KMSKeyID": "arn:aws:kms:us-east-1:123456789012:key/k"}
    with pytest.raises(ValueError, match="KMS"):
        TriggerSet(("CustomSMSSender",)).lambda_config(arns)
    with pytest.raises(ValueError, match="unknown trigger"):
        TriggerSet(("PreSignup",))
    with pytest.raises(ValueError, match="LambdaVersion"):
        TriggerSet(("PreTokenGeneration",), "V4_0")
