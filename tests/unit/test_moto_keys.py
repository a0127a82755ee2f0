"""fixtures/moto_keys.py: moto's one Cognito key is imported once, and pools sign as before."""

from __future__ import annotations

import boto3
import pytest
from moto import mock_aws

from cognito_conformance.fixtures import moto_keys


@pytest.fixture
def cognito_idp(monkeypatch):
    for name, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                        "AWS_DEFAULT_REGION": "us-east-1"}.items():
        monkeypatch.setenv(name, value)
    with mock_aws():
        import moto.cognitoidp.models as models

        from joserfc import jwk

        # joserfc's own module, as moto imports it (a suite run in this process may have wrapped it),
        # restored after the test
        monkeypatch.setattr(models, "jwk", jwk)
        yield boto3.client("cognito-idp", region_name="us-east-1"), models


def test_every_pool_gets_the_key_moto_imported_once(cognito_idp, monkeypatch):
    client, models = cognito_idp
    assert moto_keys.remember_moto_keys()
    assert isinstance(models.jwk, moto_keys.RememberingJwk)
    assert moto_keys.remember_moto_keys() and isinstance(models.jwk._jwk, type(moto_keys))  # not wrapped twice
    imports = []
    original = models.jwk.RSAKey._rsa_key.import_key
    monkeypatch.setattr(models.jwk.RSAKey, "_rsa_key",
                        type("Counting", (), {"import_key": staticmethod(lambda data: imports.append(1) or
                                                                          original(data))}))
    pools = [client.create_user_pool(PoolName=f"p{n}")["UserPool"]["Id"] for n in range(3)]
    backend = models.cognitoidp_backends["123456789012"]["us-east-1"]
    keys = {id(backend.user_pools[pool].json_web_key) for pool in pools}
    assert len(imports) == 1 and len(keys) == 1


def test_the_remembered_key_signs_tokens_that_verify(cognito_idp):
    client, models = cognito_idp
    moto_keys.remember_moto_keys()
    pool = client.create_user_pool(PoolName="p")["UserPool"]["Id"]
    app = client.create_user_pool_client(UserPoolId=pool, ClientName="c",
                                         ExplicitAuthFlows=["ALLOW_ADMIN_USER_PASSWORD_AUTH",
                                                            "ALLOW_REFRESH_TOKEN_AUTH"])["UserPoolClient"]["ClientId"]
    client.admin_create_user(UserPoolId=pool, Username="u", TemporaryPassword="Tmp-12345678aA")
    client.admin_set_user_password(UserPoolId=pool, Username="u", Password="Pw-12345678aA", Permanent=True)
    tokens = client.admin_initiate_auth(UserPoolId=pool, ClientId=app, AuthFlow="ADMIN_USER_PASSWORD_AUTH",
                                        AuthParameters={"USERNAME": "u", "PASSWORD": "Pw-12345678aA"})
    access = tokens["AuthenticationResult"]["AccessToken"]
    from joserfc import jwk, jwt

    public = jwk.RSAKey.import_key(models.load_resource("cognitoidp/resources/jwks-public.json")["keys"][0])
    assert jwt.decode(access, public).claims["username"] == "u"


def test_a_key_given_with_options_or_other_data_is_imported_as_asked():
    calls = []
    fake = type("Fake", (), {"import_key": staticmethod(lambda data, *a, **k: calls.append((data, a, k)) or object())})
    remembering = moto_keys.RememberingRSAKey(fake)
    first, again = remembering.import_key({"n": 1}), remembering.import_key({"n": 1})
    other = remembering.import_key({"n": 2})
    remembering.import_key({"n": 1}, {"use": "sig"})
    assert first is again and other is not first
    assert len(calls) == 3
