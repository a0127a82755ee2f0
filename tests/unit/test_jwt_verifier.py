"""The JWT verifier: each of the seven steps, JWKS fetching and caching, and a moto token."""

from __future__ import annotations

import json

import boto3
import pytest
import requests
import responses
from moto import mock_aws

from . import jwt_factory as f
from cognito_conformance import jwt as cj
from cognito_conformance.emulators import token_issuer
from cognito_conformance.jwt import (
    STEPS, AlgorithmError, ClaimError, ClientIdError, CognitoJwtVerifier, ExpiredError,
    InvalidJwkError, IssuerError, JwksFetchError, JwtError, JwtStructureError, KidNotFoundError,
    NotYetValidError, SignatureError, TokenUseError, decode_unverified,
)

JWKS_URL = f"{f.ISSUER}/.well-known/jwks.json"


def verifier(token_use=None, client_id=f.CLIENT_ID, jwks="default", **kwargs) -> CognitoJwtVerifier:
    return CognitoJwtVerifier(user_pool_id=f.POOL_ID, client_id=client_id, token_use=token_use,
                              jwks=f.jwks() if jwks == "default" else jwks, **kwargs)


def refused(tok, step: int, error: type[JwtError], now=f.NOW, **kwargs) -> JwtError:
    with pytest.raises(JwtError) as info:
        verifier(**kwargs).verify(tok, now=now)
    assert type(info.value) is error, info.value
    assert info.value.step == step
    assert f"step {step} ({STEPS[step - 1]})" in str(info.value)
    return info.value


# --- genuine tokens ------------------------------------------------------------------

@pytest.mark.parametrize("token_use", ["id", "access"])
@pytest.mark.parametrize("expected", [None, "same"])
def test_genuine_token_passes_all_seven_steps(token_use, expected):
    tok = f.token(token_use)
    got = verifier(token_use if expected else None).verify(tok, now=f.NOW)
    assert got == f.claims(token_use)


def test_client_id_none_accepts_any_client_and_a_list_accepts_each():
    tok = f.token("access", client_id="someone-else")
    assert verifier(client_id=None).verify(tok, now=f.NOW)["client_id"] == "someone-else"
    assert verifier(client_id=["x", "someone-else"]).verify(tok, now=f.NOW)


def test_issuer_override_serves_an_emulator():
    iss = "http://127.0.0.1:5000/us-east-1_abc"
    tok = f.token(iss=iss)
    v = CognitoJwtVerifier(user_pool_id="not a real id", client_id=f.CLIENT_ID, token_use="id",
                           jwks=f.jwks(), issuer=iss)
    assert v.verify(tok, now=f.NOW)["iss"] == iss


def test_cognito_locals_issuer_is_its_endpoint_and_pool_id():
    iss = token_issuer("http://127.0.0.1:9229/", "local_abc")
    assert iss == "http://127.0.0.1:9229/local_abc"
    v = CognitoJwtVerifier(user_pool_id="local_abc", client_id=f.CLIENT_ID, token_use="id", jwks=f.jwks(), issuer=iss)
    assert v.verify(f.token(iss=iss), now=f.NOW)["iss"] == iss
    other_pool = token_issuer("http://127.0.0.1:9229", "local_other")
    refused(f.token(iss=other_pool), 6, IssuerError, issuer=iss)


def test_decode_unverified_reads_without_verifying():
    header, payload = decode_unverified(f.token("access"))
    assert header["kid"] == f.KID and header["alg"] == "RS256"
    assert payload["token_use"] == "access"
    with pytest.raises(JwtStructureError):
        decode_unverified("a.b")


def test_steps_and_error_classes():
    assert STEPS == ("structure", "kid", "signature", "expiry", "client", "issuer", "token_use")
    steps = {JwtStructureError: 1, KidNotFoundError: 2, JwksFetchError: 2, InvalidJwkError: 2,
             AlgorithmError: 3, SignatureError: 3, ExpiredError: 4, NotYetValidError: 4,
             ClientIdError: 5, IssuerError: 6, TokenUseError: 7}
    for cls, step in steps.items():
        assert issubclass(cls, JwtError) and cls.step == step and cls.__name__ in cj.__all__
    assert all(issubclass(c, ClaimError) for c, s in steps.items() if s >= 4)


# --- step 1: structure ---------------------------------------------------------------

GOOD = f.token()
H, P, S = GOOD.split(".")


@pytest.mark.parametrize("tok", [
    pytest.param(f"{H}.{P}", id="two-segments"),
    pytest.param(f"{H}.{P}.{S}.{S}", id="four-segments"),
    pytest.param("", id="empty"),
    pytest.param(f"{f.b64url('not json')}.{P}.{S}", id="header-not-json"),
    pytest.param(f"{f.b64url('[1]')}.{P}.{S}", id="header-json-array"),
    pytest.param(f"{H}.{f.b64url('{')}.{S}", id="payload-not-json"),
    pytest.param(".".join([H, f.b64url('"x"'), S]), id="payload-json-string"),
    pytest.param(f".{P}.{S}", id="empty-header"),
    pytest.param(f"{H}=.{P}.{S}", id="padding"),
    pytest.param(f"{H}.{P}.{S}+", id="non-base64url-char"),
    pytest.param(f" {GOOD}", id="leading-space"),
    pytest.param(f"{GOOD}\n", id="trailing-newline"),
    pytest.param(f"{H}.{P}.{S[:-1]}", id="signature-bad-length"),
    pytest.param(".".join([f.b64url(b"\xff\xfe"), P, S]), id="header-not-utf8"),
    pytest.param(".".join([f.b64url('{"kid":1,"kid":2}'), P, S]), id="duplicate-member"),
    pytest.param(".".join([H, f.b64url('{"exp":NaN}'), S]), id="nan"),
    pytest.param(f"{H}.{P}.{'A' * (64 * 1024)}", id="oversized"),
])
def test_step1_structure(tok):
    refused(tok, 1, JwtStructureError)


def test_step1_non_canonical_base64_is_refused():
    assert len(S) % 4 == 2  # 256 bytes: the last char carries 4 unused low bits
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    sibling = alphabet[alphabet.index(S[-1]) ^ 1]  # same decoded bytes, other unused bit
    assert cj.base64.urlsafe_b64decode(S[:-1] + sibling + "==") == cj._b64decode(S)
    refused(f"{H}.{P}.{S[:-1]}{sibling}", 1, JwtStructureError)


@pytest.mark.parametrize("tok", [None, 12, GOOD.encode()])
def test_step1_non_string(tok):
    refused(tok, 1, JwtStructureError)


# --- step 2: kid ---------------------------------------------------------------------

@pytest.mark.parametrize("kwargs", [{"kid": "unknown-kid"}, {"kid": None}, {"kid": 7}, {"kid": ""}],
                         ids=["unknown", "missing", "not-a-string", "empty"])
def test_step2_kid(kwargs):
    refused(f.sign(f.claims(), **kwargs), 2, KidNotFoundError)


@pytest.mark.parametrize("change", [{"kty": "EC"}, {"use": "enc"}, {"n": None}, {"e": 65537},
                                    {"n": "!!"}], ids=["kty-EC", "use-enc", "no-n", "e-int", "bad-n"])
def test_step2_invalid_jwk(change):
    key = {k: v for k, v in {**f.jwk(f.rsa_key()), **change}.items() if v is not None}
    refused(f.token(), 2, InvalidJwkError, jwks={"keys": [key]})


def test_step2_other_keys_in_the_jwks_do_not_matter():
    odd = [{"kid": "ec", "kty": "EC"}, "not a dict", {"no": "kid"}]
    assert verifier(jwks={"keys": [*odd, f.jwk(f.rsa_key())]}).verify(f.token(), now=f.NOW)


# --- step 3: signature and algorithm -------------------------------------------------

def test_step3_altered_payload():
    tok = f.with_payload(GOOD, f.claims(sub="someone-else"))
    refused(tok, 3, SignatureError)


def test_step3_signed_by_another_key_under_the_right_kid():
    refused(f.sign(f.claims(), key=f.rsa_key("attacker")), 3, SignatureError)


def test_step3_embedded_jwk_header_is_ignored():
    attacker = f.rsa_key("attacker")
    tok = f.sign(f.claims(), key=attacker, jwk=f.jwk(attacker), jku="https://evil.example/jwks")
    refused(tok, 3, SignatureError)


@pytest.mark.parametrize("signature", [b"", b"\x00" * 256, S[:-4] + "AAAA", f.b64url(b"x" * 512)],
                         ids=["empty", "zeros", "tampered", "too-long"])
def test_step3_bad_rs256_signature(signature):
    refused(f.forge(H, P, signature), 3, SignatureError)


@pytest.mark.parametrize("signature", [b"", "S"], ids=["empty-signature", "real-signature"])
@pytest.mark.parametrize("alg", ["none", "None", "NONE", None])
def test_step3_alg_none(alg, signature):
    header = {"kid": f.KID, **({} if alg is None else {"alg": alg})}
    refused(f.forge(header, P, S if signature == "S" else signature), 3, AlgorithmError)


def test_step3_hs256_with_the_public_key_as_secret():
    for secret in (f.public_pem(f.rsa_key()), json.dumps(f.jwk(f.rsa_key())).encode(),
                   f.jwk(f.rsa_key())["n"].encode()):
        refused(f.hs256_confusion(f.claims(), secret), 3, AlgorithmError)


@pytest.mark.parametrize("alg", ["RS384", "RS512", "ES256", "rs256", "RS256 ", ["RS256"]])
def test_step3_other_algorithms_are_refused(alg):
    if alg in ("RS384", "RS512"):
        tok = f.sign(f.claims(), algorithm=alg)  # genuinely signed with that algorithm
    else:
        tok = f.forge({"alg": alg, "kid": f.KID}, P, S)
    refused(tok, 3, AlgorithmError)


def test_step3_jwk_alg_must_be_rs256():
    refused(GOOD, 3, AlgorithmError, jwks={"keys": [f.jwk(f.rsa_key(), alg="RS512")]})


def test_step3_jwk_without_alg_or_use_is_fine():
    key = {k: v for k, v in f.jwk(f.rsa_key()).items() if k not in ("alg", "use")}
    assert verifier(jwks={"keys": [key]}).verify(GOOD, now=f.NOW)


def test_a_private_jwk_is_only_used_as_a_public_key():
    private = f.jwk(f.rsa_key(), d="AQAB")  # nonsense 'd': must never be parsed
    assert verifier(jwks={"keys": [private]}).verify(GOOD, now=f.NOW)


# --- step 4: expiry ------------------------------------------------------------------

@pytest.mark.parametrize("now", [f.NOW + 3600, f.NOW + 3601, f.NOW + 10**9])
def test_step4_expired(now):
    err = refused(GOOD, 4, ExpiredError, now=now)
    assert "expired" in err.reason


def test_step4_one_second_before_exp_passes_and_grace_extends():
    assert verifier().verify(GOOD, now=f.NOW + 3599)
    assert verifier(grace_seconds=5).verify(GOOD, now=f.NOW + 3604)
    refused(GOOD, 4, ExpiredError, now=f.NOW + 3605, grace_seconds=5)


@pytest.mark.parametrize("exp", [f.DROP, "1700003600", True, None, [1]],
                         ids=["missing", "string", "bool", "null", "list"])
def test_step4_exp_missing_or_not_a_number(exp):
    refused(f.token(exp=exp), 4, ExpiredError)


@pytest.mark.parametrize("exp", ["1e400", "-1e400"])
def test_step4_infinite_exp(exp):
    payload = json.dumps(f.claims(exp=0)).replace('"exp": 0', f'"exp": {exp}')
    tok = f.sign_raw({"alg": "RS256", "kid": f.KID}, payload)
    assert decode_unverified(tok)[1]["exp"] in (float("inf"), float("-inf"))
    refused(tok, 4, ExpiredError)


def test_step4_huge_integer_exp_nbf_do_not_crash():
    assert verifier(grace_seconds=0.5).verify(f.token(exp=10**400, nbf=-(10**400)), now=f.NOW)
    refused(f.token(exp=-(10**400)), 4, ExpiredError, grace_seconds=0.5)
    refused(f.token(nbf=10**400), 4, NotYetValidError, grace_seconds=0.5)


def test_step4_float_exp_is_accepted():
    assert verifier().verify(f.token(exp=f.NOW + 0.5), now=f.NOW)


def test_step4_default_now_is_the_clock():
    with pytest.raises(ExpiredError):
        verifier().verify(GOOD)  # NOW is in 2023


@pytest.mark.parametrize("nbf", [f.NOW + 60, "soon"])
def test_step4_not_before(nbf):
    refused(f.token(nbf=nbf), 4, NotYetValidError)


# --- step 5: client ------------------------------------------------------------------

@pytest.mark.parametrize("tok", [
    pytest.param(f.token("id", aud="another-client"), id="id-other-aud"),
    pytest.param(f.token("id", aud=f.DROP), id="id-no-aud"),
    pytest.param(f.token("id", aud=[f.CLIENT_ID]), id="id-aud-list"),
    pytest.param(f.token("access", client_id="another-client"), id="access-other-client"),
    pytest.param(f.token("access", aud=f.CLIENT_ID, client_id="another"), id="access-right-aud"),
    pytest.param(f.token("access", aud=f.CLIENT_ID, client_id=f.DROP), id="access-aud-only"),
    pytest.param(f.token("id", aud="another", client_id=f.CLIENT_ID), id="id-right-client_id"),
    pytest.param(f.token("id", token_use="refresh", aud="another"), id="unknown-use-other-aud"),
    pytest.param(f.token("access", token_use=None, client_id="x"), id="unknown-use-other-client"),
])
def test_step5_client(tok):
    refused(tok, 5, ClientIdError)


def test_step5_access_token_with_resource_aud_passes():
    assert verifier().verify(f.token("access", aud="https://api.example.com"), now=f.NOW)


# --- step 6: issuer ------------------------------------------------------------------

@pytest.mark.parametrize("iss", [
    "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other",
    "https://cognito-idp.us-east-1.amazonaws.com/eu-west-1_AbC123",
    f"{f.ISSUER}/", f.ISSUER.replace("https", "http"), f.ISSUER.upper(),
    "https://issuer-cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123", f.DROP, None, 1,
])
def test_step6_issuer(iss):
    refused(f.token(iss=iss), 6, IssuerError)


# --- step 7: token_use ---------------------------------------------------------------

@pytest.mark.parametrize("token_use, expected", [
    ("id", "access"), ("access", "id"), ("refresh", None), ("refresh", "id"),
    (f.DROP, None), ("ID", None), (None, None), (["id"], None),
])
def test_step7_token_use(token_use, expected):
    shape = token_use if token_use in ("id", "access") else "id"
    payload = f.claims(shape, token_use=token_use)
    refused(f.sign(payload), 7, TokenUseError, token_use=expected)


def test_step7_access_token_shaped_unknown_use():
    refused(f.sign(f.claims("access", token_use="refresh")), 7, TokenUseError)


def test_step7_unknown_use_without_any_client_claim_defers_step5():
    tok = f.token("id", token_use="refresh", aud=f.DROP)
    refused(tok, 7, TokenUseError)


# --- the earliest broken step wins ---------------------------------------------------

def test_earliest_step_is_reported():
    all_claims_bad = f.claims("id", exp=f.NOW - 1, aud="x", iss="y", token_use="z")
    refused(f.sign(all_claims_bad, key=f.rsa_key("attacker")), 3, SignatureError)
    refused(f.sign(all_claims_bad), 4, ExpiredError)
    refused(f.sign({**all_claims_bad, "exp": f.NOW + 60}), 5, ClientIdError)
    refused(f.token(aud=f.CLIENT_ID, iss="y", token_use="access"), 5, ClientIdError)
    refused(f.token(iss="y", token_use="refresh"), 6, IssuerError)


# --- constructor ---------------------------------------------------------------------

@pytest.mark.parametrize("pool", ["eu-west-1", "AbC123", "eu_west_1_AbC", "eu-west-1_", "EU-WEST-1_x",
                                  "eu-west-1_AbC-123", " eu-west-1_AbC", ""])
def test_constructor_refuses_bad_pool_ids(pool):
    with pytest.raises(ValueError, match="pool id|user_pool_id"):
        CognitoJwtVerifier(user_pool_id=pool, client_id=None, token_use=None)


@pytest.mark.parametrize("pool, issuer", [
    ("us-gov-west-1_AbC", "https://cognito-idp.us-gov-west-1.amazonaws.com/us-gov-west-1_AbC"),
    ("us-east-1_0123456789abcdef0123456789abcdef",
     "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_0123456789abcdef0123456789abcdef"),
])
def test_constructor_derives_issuer_and_jwks_uri(pool, issuer):
    v = CognitoJwtVerifier(user_pool_id=pool, client_id=None, token_use=None)
    assert v.issuer == issuer and v.jwks_uri == f"{issuer}/.well-known/jwks.json"


def test_constructor_requires_explicit_client_and_token_use():
    with pytest.raises(TypeError):
        CognitoJwtVerifier(user_pool_id=f.POOL_ID, token_use="id")
    with pytest.raises(TypeError):
        CognitoJwtVerifier(user_pool_id=f.POOL_ID, client_id="c")
    for bad in ({"token_use": "refresh"}, {"client_id": []}, {"client_id": [1]},
                {"jwks": {"no": "keys"}}, {"jwks": []}, {"grace_seconds": -1}):
        with pytest.raises(ValueError):
            CognitoJwtVerifier(**{"user_pool_id": f.POOL_ID, "client_id": "c", "token_use": None,
                                  **bad})


def test_messages_are_self_explanatory():
    err = refused(f.hs256_confusion(f.claims(), b"k"), 3, AlgorithmError)
    assert str(err).startswith("JWT refused at step 3 (signature): header alg 'HS256'")
    err = refused(f"{f.b64url('x')}.{P}.{S}", 1, JwtStructureError)
    assert err.__cause__ is None and err.__suppress_context__


# --- JWKS fetching -------------------------------------------------------------------

class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def fetching(clock=None, **kwargs) -> CognitoJwtVerifier:
    return verifier(jwks=None, clock=clock or FakeClock(), **kwargs)


@responses.activate
def test_jwks_fetched_from_the_pool_url_with_a_timeout_then_cached():
    responses.get(JWKS_URL, json=f.jwks())
    v = fetching()
    v.verify(GOOD, now=f.NOW)
    v.verify(f.token("access"), now=f.NOW)
    assert [c.request.url for c in responses.calls] == [JWKS_URL]
    assert responses.calls[0].request.req_kwargs["timeout"] == 3.0


@responses.activate
def test_jwks_url_follows_the_issuer_override():
    iss = "http://localhost:4566/us-east-1_x"
    responses.get(f"{iss}/.well-known/jwks.json", json=f.jwks())
    v = CognitoJwtVerifier(user_pool_id="us-east-1_x", client_id=f.CLIENT_ID, token_use="id", issuer=iss)
    assert v.verify(f.token(iss=iss), now=f.NOW)
    assert len(responses.calls) == 1


@responses.activate
def test_unknown_kid_refetches_once_then_cools_down():
    responses.get(JWKS_URL, json=f.jwks())
    clock = FakeClock()
    v = fetching(clock)
    v.verify(GOOD, now=f.NOW)
    with pytest.raises(KidNotFoundError, match="refetched"):
        v.verify(f.sign(f.claims(), kid="new-1"), now=f.NOW)
    assert len(responses.calls) == 2
    for i in range(50):  # a flood of bad kids: no fetch during the cool-down
        with pytest.raises(KidNotFoundError, match="cool-down"):
            v.verify(f.forge({"alg": "RS256", "kid": f"bad-{i}"}, P, S), now=f.NOW)
    assert v.verify(GOOD, now=f.NOW)  # known kids still served from the cache
    clock.t += 9.9
    with pytest.raises(KidNotFoundError, match="cool-down"):
        v.verify(f.sign(f.claims(), kid="new-1"), now=f.NOW)
    assert len(responses.calls) == 2
    clock.t += 0.2
    with pytest.raises(KidNotFoundError, match="refetched"):
        v.verify(f.sign(f.claims(), kid="new-1"), now=f.NOW)
    assert len(responses.calls) == 3


@responses.activate
def test_key_rotation_is_picked_up_by_the_refetch():
    rotated = f.rsa_key("rotated")
    responses.get(JWKS_URL, json=f.jwks())
    responses.get(JWKS_URL, json=f.jwks(f.jwk(f.rsa_key()), f.jwk(rotated, kid="kid-2")))
    v = fetching()
    assert v.verify(GOOD, now=f.NOW)
    new = f.sign(f.claims("access"), key=rotated, kid="kid-2")
    assert v.verify(new, now=f.NOW)["token_use"] == "access"
    assert v.verify(new, now=f.NOW) and v.verify(GOOD, now=f.NOW)
    assert len(responses.calls) == 2


@pytest.mark.parametrize("reply", [
    pytest.param({"status": 500, "json": f.jwks()}, id="500"),
    pytest.param({"status": 404, "body": "Not found"}, id="404"),
    pytest.param({"status": 302, "headers": {"Location": JWKS_URL}}, id="redirect"),
    pytest.param({"body": "{not json"}, id="bad-json"),
    pytest.param({"body": b"\xff\xfe"}, id="not-utf8"),
    pytest.param({"json": {"no": "keys"}}, id="no-keys"),
    pytest.param({"json": {"keys": {"a": 1}}}, id="keys-not-a-list"),
    pytest.param({"json": [1, 2]}, id="not-an-object"),
    pytest.param({"body": requests.ConnectionError("refused")}, id="connection-error"),
    pytest.param({"body": requests.Timeout("slow")}, id="timeout"),
    pytest.param({"body": b" " * (cj.MAX_JWKS_BYTES + 1)}, id="oversized"),
])
@responses.activate
def test_jwks_fetch_failures(reply):
    responses.get(JWKS_URL, **reply)
    clock = FakeClock()
    v = fetching(clock)
    err = refused_by(v, GOOD, JwksFetchError)
    assert err.step == 2 and JWKS_URL in err.reason
    refused_by(v, GOOD, JwksFetchError)  # cool-down: no second fetch
    assert len(responses.calls) == 1
    clock.t += 11
    refused_by(v, GOOD, JwksFetchError)
    assert len(responses.calls) == 2


def refused_by(v: CognitoJwtVerifier, tok: str, error: type[JwtError]) -> JwtError:
    with pytest.raises(error) as info:
        v.verify(tok, now=f.NOW)
    return info.value


@responses.activate
def test_a_jwks_passed_in_is_never_fetched():
    v = verifier()
    assert v.verify(GOOD, now=f.NOW)
    refused_by(v, f.sign(f.claims(), kid="other"), KidNotFoundError)
    assert len(responses.calls) == 0


# --- a real moto-issued token --------------------------------------------------------

def test_moto_issued_tokens_verify(monkeypatch):
    for name, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                        "AWS_SESSION_TOKEN": "testing", "AWS_DEFAULT_REGION": "us-east-1"}.items():
        monkeypatch.setenv(name, value)
    with mock_aws():
        idp = boto3.client("cognito-idp", region_name="us-east-1")
        pool = idp.create_user_pool(PoolName="jwt")["UserPool"]["Id"]
        client = idp.create_user_pool_client(
            UserPoolId=pool, ClientName="app",
            ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        )["UserPoolClient"]["ClientId"]
        idp.admin_create_user(UserPoolId=pool, Username="alice", MessageAction="SUPPRESS",
                              TemporaryPassword="Temp-Passw0rd!")
        idp.admin_set_user_password(UserPoolId=pool, Username="alice", Password="Perm-Passw0rd!",
                                    Permanent=True)
        result = idp.initiate_auth(ClientId=client, AuthFlow="USER_PASSWORD_AUTH", AuthParameters={
            "USERNAME": "alice", "PASSWORD": "Perm-Passw0rd!"})["AuthenticationResult"]
        for use, tok in (("id", result["IdToken"]), ("access", result["AccessToken"])):
            v = CognitoJwtVerifier(user_pool_id=pool, client_id=client, token_use=use)
            claims = v.verify(tok)  # JWKS fetched via requests, intercepted by mock_aws
            assert claims["token_use"] == use
            assert claims["iss"] == f"https://cognito-idp.us-east-1.amazonaws.com/{pool}"
            with pytest.raises(ClientIdError):
                CognitoJwtVerifier(user_pool_id=pool, client_id="other", token_use=use).verify(tok)
            with pytest.raises(ExpiredError):
                v.verify(tok, now=claims["exp"])
