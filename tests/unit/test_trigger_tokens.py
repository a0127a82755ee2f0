"""What the pre token generation, custom authentication and custom sender scenarios rely on, on their own:
the words their Givens give, the handler's answer to a client-credentials grant, the pools they provision,
and the decryption of a custom sender's code (issue 22)."""

from __future__ import annotations

import boto3
import pytest
from moto import mock_aws

from cognito_conformance import configurations, validity
from cognito_conformance.triggers import (CREATE_AUTH_CHALLENGE, DEFINE_AUTH_CHALLENGE, PRE_TOKEN_GENERATION,
                                          VERIFY_AUTH_CHALLENGE_RESPONSE, behaviours, sender_codes)
from cognito_conformance.triggers.handlers import define_auth_challenge
from cognito_conformance.triggers.handlers import pre_token_generation as ptg


def event(source="TokenGeneration_Authentication", user="cc-run-gw-alice-abc", version="2"):
    return {"version": version, "triggerSource": source, "region": "eu-west-1", "userPoolId": "eu-west-1_Pool",
            "userName": user, "callerContext": {"awsSdkVersion": "x", "clientId": "client"},
            "request": {"userAttributes": {}, "groupConfiguration": {"groupsToOverride": ["readers"]}},
            "response": {}}


@pytest.mark.parametrize("answer, word", [
    ("an overridden email address", "override"), ("a suppressed email address", "suppress"),
    ("a claim both added and suppressed", "suppressoverride"), ("groups of its own", "groups"),
    ("empty group override details", "nogroups"), ("the request's group configuration", "keepgroups"),
    ("an added access token claim", "accessclaims"), ("an added and a suppressed scope", "scopes"),
    ("claims of every JSON type", "complex"), ("values for the claims Cognito reserves", "reserved")])
def test_each_pre_token_answer_is_a_word_the_handler_knows(answer, word):
    assert behaviours.word_for(PRE_TOKEN_GENERATION, answer) == word
    details = ptg._v2(frozenset({word}), {"groupConfiguration": {"groupsToOverride": ["readers"]}})
    assert details, f"the V2 handler answers nothing for {word!r}"


def test_define_answers_refuse_and_two_rounds():
    assert behaviours.word_for(DEFINE_AUTH_CHALLENGE, "failAuthentication at once") == "refuse"
    assert define_auth_challenge.decide([], frozenset({"refuse"}))["failAuthentication"] is True
    assert behaviours.word_for(DEFINE_AUTH_CHALLENGE, "two custom challenges") == "tworounds"


def test_a_client_credentials_grant_gets_the_access_token_claim_without_a_user(capsys):
    answer = ptg.handler(event("TokenGeneration_ClientCredentials", user="ClientCredentials", version="3"), None)
    access = answer["response"]["claimsAndScopeOverrideDetails"]["accessTokenGeneration"]
    assert access["claimsToAddOrOverride"] == {ptg.ACCESS_CLAIM: ptg.CLAIM_VALUE}
    assert "idTokenGeneration" not in answer["response"]["claimsAndScopeOverrideDetails"]
    plain = ptg.handler(event(), None)
    assert not plain["response"], "a user sign-in without words is answered unchanged"


def test_the_pre_token_pools_are_ones_real_cognito_accepts():
    for version in (None, "V1_0", "V2_0", "V3_0"):
        spec = configurations.pre_token_pool(version)
        assert validity.check_pool(spec) == []
        assert spec.triggers.pre_token_version == version
        assert configurations.PRE_TOKEN_GROUP in spec.groups
    assert configurations.pre_token_pool("V2_0").tier == "ESSENTIALS"
    assert validity.check_pool(configurations.pre_token_hosted_ui_pool()) == []
    config = configurations.pre_token_pool("V3_0").triggers.lambda_config({PRE_TOKEN_GENERATION: "arn:fn"})
    assert config == {"PreTokenGenerationConfig": {"LambdaArn": "arn:fn", "LambdaVersion": "V3_0"}}


def test_the_custom_auth_pool_has_a_client_with_and_one_without_custom_auth():
    spec = configurations.CUSTOM_AUTH_POOL
    assert validity.check_pool(spec) == []
    assert set(spec.triggers.triggers) == {DEFINE_AUTH_CHALLENGE, CREATE_AUTH_CHALLENGE, VERIFY_AUTH_CHALLENGE_RESPONSE}
    assert "ALLOW_CUSTOM_AUTH" in spec.client("app").flows
    assert "ALLOW_CUSTOM_AUTH" not in spec.client("no custom auth").flows


def test_a_sender_code_decrypts_with_the_key_that_encrypted_it_and_no_other():
    with mock_aws():
        kms = boto3.client("kms", region_name="us-east-1")
        key, other = (kms.create_key()["KeyMetadata"]["Arn"] for _ in range(2))
        code = sender_codes.encrypt("123456", key, kms)
        assert "123456" not in code
        assert sender_codes.decrypt(code, key, kms) == "123456"
        with pytest.raises(Exception):
            sender_codes.decrypt(code, other, kms)


def test_without_the_encryption_sdk_decrypt_says_how_to_get_it(monkeypatch):
    import builtins

    real = builtins.__import__

    def refuse(name, *args, **kwargs):
        if name.startswith("aws_encryption_sdk"):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", refuse)
    with pytest.raises(sender_codes.EncryptionSdkMissing, match="aws-encryption-sdk"):
        sender_codes.decrypt("AAAA", "arn:key", None)
