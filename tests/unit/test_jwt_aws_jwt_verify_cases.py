"""aws-jwt-verify's own unit tests, ported case by case to the suite's verifier.

Source: awslabs/aws-jwt-verify, ``tests/unit/*.test.ts`` (main branch, commit a7fce8e), with the
checks in ``src/jwt.ts`` (``decomposeUnverifiedJwt``, ``assertJwtPayload``, ``validateJwtFields``),
``src/cognito-verifier.ts`` (``validateCognitoJwtFields``), ``src/jwt-verifier.ts``, ``src/jwk.ts``
and ``src/assert.ts``. Each test's id is ``<test file> > <describe> > <case>`` of the case it ports;
the test code is the project's own. Where the verifier is deliberately stricter than aws-jwt-verify,
the case says ``stricter:``.

The verifier must be at least as strict: whatever aws-jwt-verify refuses, it refuses, and at the
step that uses the value or before the signature check. :data:`PORTED` lists the 90 cases ported;
:data:`WRONG_TYPES` adds the Cognito claims aws-jwt-verify types but does not check. Cases that
cannot apply:

=============================================================  ==========================================
aws-jwt-verify case(s)                                          why not ported
=============================================================  ==========================================
jwt-verifier: happy flow RS384 / RS512 / ES256 / ES256 padded   RS256 only (Cognito signs with RS256); the
/ ES384 / ES512 / Ed25519 / Ed448; verify: happy flow ES256;    refusal of every other alg is ported below
speed tests; public key cache (all)                              performance / JS KeyObject cache internals
jwt-verifier: missing crv on JWK (and - EdDSA), missing x on    EC and OKP keys: an EC JWK is refused
JWK (and - EdDSA), missing y on JWK                              whole (ported as "an EC JWK")
jwt-verifier: error flow with wrong parameters                  a URL passed as JWK is a JS typing mistake;
                                                                the Python API takes ``jwks=`` (a dict)
jwt-verifier: error flow no audience / no issuer provided;      the verifier is Cognito's: issuer is always
JwtVerifier: issuer is null (3 cases), jwt with iss claim -      derived (or given), never null; the client
verifier has issuer null, no JWKS uri                            is ``client_id=`` (ported in cognito-verifier)
jwt-verifier: scope, but "not requiring any scope" (5 cases);   no ``scope=`` / ``groups=`` option; the
cognito-verifier: Cognito group check works                      claims' types are still checked (below)
jwt-verifier includeJwtInErrors (8), cognito-verifier           no such option: errors carry no claims
includeRawJwtInErrors (5)
jwt-verifier: custom JWT check (5 cases)                        no ``customJwtCheck`` hook
JwtVerifier with mutiple IDPs (5), CognitoJwtVerifier with     one pool per verifier; no pluggable
multiple user pools (3), JwtVerifier custom JWKS cache,          cache, no prefetch API
hydrate (2)
jwk: Simple JWKS cache returns cached JWK, JWK not cached;      JS cache API (addJwks/getCachedJwk); the
customize JWKS cache (penaltyBox, fetcher)                       ``jwks=`` dict and cool-down are ported
cache.test.ts (SimpleLruCache, 8 cases)                         no LRU cache
https.test.ts: Simple JSON fetcher (5 cases: retries,          no retry: a failed fetch is refused at
defaults)                                                        step 2 and starts the cool-down
alb-verifier.test.ts, alb-cache.test.ts                         ALB tokens (ES256, signer header) are not
                                                                Cognito user-pool tokens
index.test.ts                                                   JS module exports
assert: ... - with default error (2), assert is not promise      JS error classes and promises
safe-json-parse: prevents prototype pollution                   Python dicts have no prototype; the
                                                                ``__proto__`` member case is ported
=============================================================  ==========================================
"""

from __future__ import annotations

import json
import threading

import pytest
import requests
import responses

from . import jwt_factory as f
from cognito_conformance.jwt import (
    AlgorithmError, ClientIdError, CognitoJwtVerifier, ExpiredError, InvalidJwkError, IssuerError,
    JwksFetchError, JwtError, JwtStructureError, KidNotFoundError, NotYetValidError, SignatureError,
    TokenUseError,
)

JWKS_URL = f"{f.ISSUER}/.well-known/jwks.json"

#: Every aws-jwt-verify case ported here, by test file; each is named by the test that ports it
#: (test_every_ported_case_is_named_by_a_test checks).
PORTED = {
    "jwt-verifier.test.ts": (
        "happy flow with RS256 jwk", "happy flow with jwk without alg", "happy flow with jwks",
        "happy flow with mixed JWKS - JWKS that includes", "happy flow JWT with multiple audience values",
        "JWT with multiple audience values verified by string", "happy flow with unicode characters in JWT",
        "error flow with wrong algorithm", "invalid signature", "invalid signature - async", "invalid audience",
        "missing issuer", "empty JWT", "non-string JWT", "JWT with less than 3 parts",
        "JWT with more than 3 parts", "header that is not JSON parseable", "header that is not an object",
        "payload that is not JSON parseable", "payload that is not an object", "JWT with alg that is not a string",
        "JWT alg different from JWK alg", "JWT with iss that is not a string", "JWT with sub that is not a string",
        "JWT with aud that is not a string", "JWT with aud that is not a string array",
        "JWT with iat that is not a number", "JWT with scope that is not a string",
        "JWT with jti that is not a string", "expired jwt", "jwt with nonsense exp", "jwt with empty exp",
        "expiry > just enough graceSeconds / just too little graceSeconds", "not before > not before",
        "invalid nbf", "not before > just enough graceSeconds / just too little graceSeconds",
        "happy flow not requiring any scope", "kid is not a string", "kid not in jwks",
        "wrong signature algorithm", "unsupported signature algorithm", "missing signature algorithm",
        "wrong JWK use", "missing JWK use", "missing modulus on JWK", "missing exponent on JWK",
        "happy flow - jwks uri defaults from issuer", "jwt without iss claim", "jwt without kid claim",
        "verify access token", "verify id token", "error flow: receive access token but id token expected",
    ),
    "cognito-verifier.test.ts": (
        "verify > happy flow", "verifySync > happy flow", "id token check", "access token check", "missing token use",
        "clientId undefined", "tokenUse undefined", "Invalid User Pool ID",
    ),
    "jwk.test.ts": (
        "Fetch JWKS works", "Fetch JWK works", "Fetch JWK error flow: invalid JSON", "Fetch JWK error flow: kid empty",
        "Fetch JWK error flow: kid not found", "Validate JWKS error flow: no jwks",
        "Validate JWKS error flow: jwks is not an object", "Simple JWKS cache returns JWK",
        "Simple JWKS cache error flow: invalid JSON", "Simple JWKS cache error flow: kid empty",
        "Simple JWKS cache fetches URI one attempt at a time",
        "Simple JWKS cache throws error if wait time did not yet pass", "empty JWK", "JWK is not an object",
        "JWK optional field alg is not a string", "no keys", "keys not an array", "not a valid jwks",
        "is a valid jwks",
    ),
    "assert.test.ts": (
        "assert equals requires non-empty value", "assert equals requires strings",
        "assert contains requires strings", "assert overlaps requires array",
        "assert overlaps requires array of strings",
    ),
    "https.test.ts": ("Fetch happy flow works", "Fetch error flow works: 404", "Fetch error flow works: TCP error",
                      "Fetch error flow works: response timeout"),
    "safe-json-parse.test.ts": ("safeJsonParse works like JSON parse",
                                "safeJsonParse removes __proto__ and constructor"),
}
JV = "jwt-verifier.test.ts"
CV = "cognito-verifier.test.ts"


def verifier(token_use=None, client_id=f.CLIENT_ID, jwks="default", **kwargs) -> CognitoJwtVerifier:
    return CognitoJwtVerifier(user_pool_id=f.POOL_ID, client_id=client_id, token_use=token_use,
                              jwks=f.jwks() if jwks == "default" else jwks, **kwargs)


def refused(tok, error: type[JwtError], step: int, *, now=f.NOW, v: CognitoJwtVerifier | None = None):
    with pytest.raises(JwtError) as info:
        (v or verifier()).verify(tok, now=now)
    assert type(info.value) is error and info.value.step == step, info.value
    return info.value


def passes(tok, *, now=f.NOW, v: CognitoJwtVerifier | None = None) -> dict:
    return (v or verifier()).verify(tok, now=now)


def unsigned(header: dict | str, payload: dict | str, signature: str = "c2lnbmF0dXJl") -> str:
    """A token whose signature is garbage: refusing it before step 3 is what these cases test."""
    return f.forge(header, payload, signature)


HEADER = {"alg": "RS256", "kid": f.KID}


def test_every_ported_case_is_named_by_a_test():
    """The index above and the tests agree: each case is named outside the index."""
    with open(__file__, encoding="utf-8") as source:
        text = source.read()
    tests = text[text.index("def test_every_ported_case_is_named_by_a_test"):]
    missing = [(file, case) for file, cases in PORTED.items() for case in cases if case not in tests]
    assert not missing, missing


# --- jwt-verifier.test.ts > verifySync > basic cases ---------------------------------------------

@pytest.mark.parametrize("jwks", [f.jwks(), f.jwks(f.jwk(f.rsa_key("other"), kid="other"), f.jwk(f.rsa_key()))],
                         ids=[f"{JV} > basic cases > happy flow with RS256 jwk",
                              f"{JV} > basic cases > happy flow with jwks"])
def test_happy_flow_rs256(jwks):
    assert passes(f.token(), v=verifier(jwks=jwks))["sub"] == f.claims()["sub"]


def test_happy_flow_with_jwk_without_alg():
    """jwt-verifier.test.ts > basic cases > happy flow with jwk without alg."""
    key = {k: v for k, v in f.jwk(f.rsa_key()).items() if k != "alg"}
    assert passes(f.token(), v=verifier(jwks={"keys": [key]}))


def test_happy_flow_with_mixed_jwks():
    """jwt-verifier.test.ts > basic cases > happy flow with mixed JWKS - JWKS that includes
    unsupported keys: other keys (an EC key, an encryption key, junk) do not matter."""
    others = [{"kty": "EC", "kid": "ec", "crv": "P-256", "x": "AA", "y": "AA", "alg": "ES256"},
              {"kty": "RSA", "kid": "enc", "use": "enc", "n": "AQAB", "e": "AQAB"}, "junk", {"kid": 5}]
    assert passes(f.token(), v=verifier(jwks={"keys": [*others, f.jwk(f.rsa_key())]}))


def test_multiple_audience_values_are_refused():
    """jwt-verifier.test.ts > basic cases > happy flow JWT with multiple audience values; happy flow
    JWT with multiple audience values verified by string. stricter: Cognito's ID token has one
    ``aud`` string, so a list is refused at step 5 even when it holds the client."""
    refused(f.token(aud=[f.CLIENT_ID, "other"]), ClientIdError, 5)
    refused(f.token(aud=[f.CLIENT_ID]), ClientIdError, 5)


def test_happy_flow_with_unicode_characters():
    """jwt-verifier.test.ts > basic cases > happy flow with unicode characters in JWT."""
    assert passes(f.token(name="Zoë 山田 🦄"))["name"] == "Zoë 山田 🦄"


@pytest.mark.parametrize("alg", ["RS384", "RS512", "PS256", "ES256", "HS256", "none", "rs256"])
def test_error_flow_with_wrong_algorithm(alg):
    """jwt-verifier.test.ts > basic cases > error flow with wrong algorithm (RS384 against an RS256
    JWK); stricter: RS384, RS512 and ES256, which aws-jwt-verify supports, are refused too."""
    refused(f.forge({"alg": alg, "kid": f.KID}, f.claims(), b"x" * 256), AlgorithmError, 3)


def test_invalid_signature():
    """jwt-verifier.test.ts > basic cases > invalid signature; invalid signature - async."""
    tok = f.token()
    header, payload, signature = tok.split(".")
    flipped = ("A" if signature[0] != "A" else "B") + signature[1:]
    refused(f"{header}.{payload}.{flipped}", SignatureError, 3)


def test_invalid_audience():
    """jwt-verifier.test.ts > basic cases > invalid audience; and cognito-verifier: the client id."""
    refused(f.token(aud="actualAudience"), ClientIdError, 5)


def test_missing_issuer():
    """jwt-verifier.test.ts > basic cases > missing issuer;
    JwtVerifier > verifySync > jwt without iss claim."""
    refused(f.token(iss=f.DROP), IssuerError, 6)


# --- jwt-verifier.test.ts > verifySync > parse errors ---------------------------------------------

@pytest.mark.parametrize("tok", [
    pytest.param("", id=f"{JV} > parse errors > empty JWT"),
    pytest.param(None, id=f"{JV} > parse errors > empty JWT (undefined)"),
    pytest.param({"foo": "bar"}, id=f"{JV} > parse errors > non-string JWT"),
    pytest.param("header.payload", id=f"{JV} > parse errors > JWT with less than 3 parts"),
    pytest.param("header.payload.signature.other.garbage", id=f"{JV} > parse errors > JWT with more than 3 parts"),
    pytest.param(f"{f.b64url('abc')}.{f.b64url({})}.sig",
                 id=f"{JV} > parse errors > header that is not JSON parseable"),
    pytest.param(f"{f.b64url('123')}.{f.b64url({})}.sig", id=f"{JV} > parse errors > header that is not an object"),
    pytest.param(f"{f.b64url(HEADER)}.{f.b64url('abc')}.sig",
                 id=f"{JV} > parse errors > payload that is not JSON parseable"),
    pytest.param(f"{f.b64url(HEADER)}.{f.b64url('123')}.sig",
                 id=f"{JV} > parse errors > payload that is not an object"),
])
def test_parse_errors_are_refused_at_step_1(tok):
    refused(tok, JwtStructureError, 1)


def test_alg_that_is_not_a_string():
    """jwt-verifier.test.ts > parse errors > JWT with alg that is not a string: refused at step 3,
    before the signature is checked (aws-jwt-verify refuses it while parsing)."""
    refused(unsigned({"alg": 12345, "kid": f.KID}, f.claims()), AlgorithmError, 3)


def test_jwt_alg_different_from_jwk_alg():
    """jwt-verifier.test.ts > parse errors > JWT alg different from JWK alg."""
    refused(unsigned({"alg": "RS512", "kid": f.KID}, f.claims()), AlgorithmError, 3)


#: A claim of the wrong JSON type in a genuine, correctly signed token, and where it is refused.
#: (claim, wrong value, step, error, the aws-jwt-verify case or the check it mirrors)
WRONG_TYPES = [
    ("iss", 12345, 6, IssuerError, f"{JV} > parse errors > JWT with iss that is not a string"),
    ("sub", 12345, 1, JwtStructureError, f"{JV} > parse errors > JWT with sub that is not a string"),
    ("aud", 12345, 5, ClientIdError, f"{JV} > parse errors > JWT with aud that is not a string"),
    ("aud", ["1234", 5678], 5, ClientIdError, f"{JV} > parse errors > JWT with aud that is not a string array"),
    ("iat", "12345", 1, JwtStructureError, f"{JV} > parse errors > JWT with iat that is not a number"),
    ("scope", 12345, 1, JwtStructureError, f"{JV} > parse errors > JWT with scope that is not a string"),
    ("jti", 12345, 1, JwtStructureError, f"{JV} > parse errors > JWT with jti that is not a string"),
    ("exp", "Garbage", 4, ExpiredError, f"{JV} > expiry > jwt with nonsense exp"),
    ("nbf", "foobar", 4, NotYetValidError, f"{JV} > not before > invalid nbf"),
    # stricter: aws-jwt-verify types these in jwt-model.ts (CognitoJwtFields and the ID/access token
    # fields) but checks them only when an option (groups) or a step uses them.
    ("token_use", 1, 7, TokenUseError, "assert.test.ts > assert equals requires strings"),
    ("client_id", 42, 5, ClientIdError, "assert.test.ts > assert contains requires strings"),
    ("auth_time", "now", 1, JwtStructureError, "jwt-model.ts CognitoJwtFields.auth_time: number"),
    ("cognito:groups", "admins", 1, JwtStructureError, "assert.test.ts > assert overlaps requires array"),
    ("cognito:groups", ["admins", 7], 1, JwtStructureError,
     "assert.test.ts > assert overlaps requires array of strings"),
    ("username", 7, 1, JwtStructureError, "jwt-model.ts CognitoAccessTokenFields.username: string"),
    ("cognito:username", ["alice"], 1, JwtStructureError,
     "jwt-model.ts CognitoIdTokenFields['cognito:username']: string"),
    ("origin_jti", {}, 1, JwtStructureError, "jwt-model.ts CognitoJwtFields.origin_jti: string"),
    ("event_id", 1, 1, JwtStructureError, "Cognito's ID and access tokens: event_id is a UUID string"),
    ("version", "2", 1, JwtStructureError, "jwt-model.ts CognitoAccessTokenFields.version: number"),
    ("at_hash", 1, 1, JwtStructureError, "jwt-model.ts CognitoIdTokenFields.at_hash: string"),
    ("iat", True, 1, JwtStructureError, "jwt.ts assertJwtPayload: Number.isFinite(iat) (a boolean is no number)"),
]


@pytest.mark.parametrize("shape", ["id", "access"])
@pytest.mark.parametrize("claim, value, step, error", [c[:4] for c in WRONG_TYPES], ids=[c[4] for c in WRONG_TYPES])
def test_a_genuine_token_with_a_claim_of_the_wrong_type_is_refused(claim, value, step, error, shape):
    """Each row in an ID and an access token: ``aud`` in an access token and ``client_id`` in an ID
    token (the claims the client is not checked against) are still refused at step 5."""
    refused(f.token(shape, **{claim: value}), error, step)


def test_wrong_types_are_refused_before_the_signature_check():
    """The step-1 claims are refused even when the signature is garbage: before step 3."""
    for claim, value, step, error, _ in WRONG_TYPES:
        if step == 1:
            refused(unsigned(HEADER, f.claims(**{claim: value})), JwtStructureError, 1)


def test_the_right_types_pass():
    """The types Cognito uses pass: a float time, an empty group list, a numeric version."""
    assert passes(f.token(iat=f.NOW + 0.5, **{"cognito:groups": []}))
    assert passes(f.token("access", version=2, scope="openid email"))


# --- jwt-verifier.test.ts > verifySync > expiry / not before -------------------------------------

def test_expired_jwt():
    """jwt-verifier.test.ts > expiry > expired jwt. stricter at the boundary: at ``now == exp``
    the token is expired (aws-jwt-verify: only after)."""
    refused(f.token(exp=f.NOW), ExpiredError, 4)
    refused(f.token(exp=f.NOW - 1), ExpiredError, 4)


def test_jwt_with_empty_exp_is_refused():
    """jwt-verifier.test.ts > expiry > jwt with empty exp. stricter: aws-jwt-verify accepts a
    token without ``exp``; Cognito always sends one, so the verifier requires it."""
    refused(f.token(exp=f.DROP), ExpiredError, 4)


def test_expiry_grace_seconds():
    """jwt-verifier.test.ts > expiry > just enough graceSeconds / just too little graceSeconds."""
    assert passes(f.token(exp=f.NOW - 999), v=verifier(grace_seconds=1000))
    refused(f.token(exp=f.NOW - 1000), ExpiredError, 4, v=verifier(grace_seconds=1000))


def test_not_before():
    """jwt-verifier.test.ts > not before > not before."""
    refused(f.token(nbf=f.NOW + 100), NotYetValidError, 4)


def test_not_before_grace_seconds():
    """jwt-verifier.test.ts > not before > just enough graceSeconds / just too little graceSeconds."""
    assert passes(f.token(nbf=f.NOW + 100), v=verifier(grace_seconds=100))
    refused(f.token(nbf=f.NOW + 100), NotYetValidError, 4, v=verifier(grace_seconds=99))


def test_happy_flow_not_requiring_any_scope():
    """jwt-verifier.test.ts > scope > happy flow not requiring any scope."""
    assert passes(f.token("access", scope="blah blah2"))["scope"] == "blah blah2"


# --- jwt-verifier.test.ts > verifySync > kid errors / invalid JWK ---------------------------------

def test_kid_is_not_a_string():
    """jwt-verifier.test.ts > kid errors > kid is not a string (refused before any fetch)."""
    v = verifier(jwks=None)
    with responses.RequestsMock():  # no request may be made
        refused(unsigned({"alg": "RS256", "kid": {"foo": "bar"}}, f.claims()), KidNotFoundError, 2, v=v)


def test_kid_not_in_jwks():
    """jwt-verifier.test.ts > kid errors > kid not in jwks (no kid, and an unknown kid);
    JwtVerifier > verifySync > jwt without kid claim; jwk.test.ts > Fetch JWK error flow: kid empty,
    Simple JWKS cache error flow: kid empty."""
    refused(f.sign(f.claims(), kid=None), KidNotFoundError, 2)
    refused(f.sign(f.claims(), kid="abcd"), KidNotFoundError, 2)


@pytest.mark.parametrize("change, error, step", [
    pytest.param({"alg": "RS384"}, AlgorithmError, 3, id=f"{JV} > invalid JWK > wrong signature algorithm"),
    pytest.param({"alg": "PS256"}, AlgorithmError, 3, id=f"{JV} > invalid JWK > unsupported signature algorithm"),
    pytest.param({"use": "notsig"}, InvalidJwkError, 2, id=f"{JV} > invalid JWK > wrong JWK use"),
    pytest.param({"n": None}, InvalidJwkError, 2, id=f"{JV} > invalid JWK > missing modulus on JWK"),
    pytest.param({"e": None}, InvalidJwkError, 2, id=f"{JV} > invalid JWK > missing exponent on JWK"),
    pytest.param({"kty": "EC"}, InvalidJwkError, 2, id="an EC JWK under the token's kid (RS256 only)"),
    pytest.param({"alg": 256}, AlgorithmError, 3, id="jwk.test.ts > validate > JWK optional field alg is not a string"),
])
def test_invalid_jwk_for_token_verification(change, error, step):
    key = {k: v for k, v in (f.jwk(f.rsa_key()) | change).items() if v is not None}
    refused(f.token(), error, step, v=verifier(jwks={"keys": [key]}))


def test_missing_signature_algorithm():
    """jwt-verifier.test.ts > invalid JWK > missing signature algorithm (no alg in the header)."""
    refused(unsigned({"kid": f.KID}, f.claims()), AlgorithmError, 3)


def test_missing_jwk_use():
    """jwt-verifier.test.ts > invalid JWK > missing JWK use: a JWK without ``use`` is fine."""
    key = {k: v for k, v in f.jwk(f.rsa_key()).items() if k != "use"}
    assert passes(f.token(), v=verifier(jwks={"keys": [key]}))


# --- jwt-verifier.test.ts > JwtVerifier (fetching) -----------------------------------------------

@responses.activate
def test_jwks_uri_defaults_from_issuer():
    """jwt-verifier.test.ts > JwtVerifier > verify > happy flow - jwks uri defaults from issuer;
    jwk.test.ts > Fetch JWKS works, Fetch JWK works; https.test.ts > Fetch happy flow works."""
    responses.get(JWKS_URL, json=f.jwks())
    assert passes(f.token(), v=verifier(jwks=None))
    assert [c.request.url for c in responses.calls] == [JWKS_URL]


# --- jwt-verifier.test.ts > JwtVerifier used for Cognito tokens; cognito-verifier.test.ts ----------

@pytest.mark.parametrize("shape", ["access", "id"])
def test_verify_cognito_token(shape):
    """jwt-verifier.test.ts > JwtVerifier used for Cognito tokens > verify access token;
    verify id token; cognito-verifier.test.ts > verify > happy flow; verifySync > happy flow."""
    assert passes(f.token(shape), v=verifier(shape))["token_use"] == shape


@pytest.mark.parametrize("shape, expected", [("access", "id"), ("id", "access")])
def test_token_use_check(shape, expected):
    """jwt-verifier.test.ts > JwtVerifier used for Cognito tokens >
    error flow: receive access token but id token expected;
    cognito-verifier.test.ts > verifySync > id token check; access token check."""
    refused(f.token(shape), TokenUseError, 7, v=verifier(expected))


@pytest.mark.parametrize("token_use", [f.DROP, "", "refresh"])
def test_missing_token_use(token_use):
    """cognito-verifier.test.ts > verifySync > missing token use; assert.test.ts > assert equals
    requires non-empty value."""
    refused(f.token("id", token_use=token_use), TokenUseError, 7, v=verifier(None, client_id=None))


def test_client_id_and_token_use_must_be_given():
    """cognito-verifier.test.ts > verifySync > clientId undefined / tokenUse undefined: the
    verifier cannot be made without saying them (``None`` must be explicit)."""
    with pytest.raises(TypeError):
        CognitoJwtVerifier(user_pool_id=f.POOL_ID, token_use="id")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        CognitoJwtVerifier(user_pool_id=f.POOL_ID, client_id=f.CLIENT_ID)  # type: ignore[call-arg]


@pytest.mark.parametrize("pool", ["", "eu-west-1", "local_abc", "eu-west-1_", "EU-WEST-1_abc", "eu_west_1_x"])
def test_invalid_user_pool_id(pool):
    """cognito-verifier.test.ts > CognitoJwtVerifier > verifySync > Invalid User Pool ID."""
    with pytest.raises(ValueError):
        CognitoJwtVerifier(user_pool_id=pool, client_id=f.CLIENT_ID, token_use="id")


@pytest.mark.parametrize("client", ["", "someone-else"])
def test_client_id_mismatch(client):
    """cognito-verifier.test.ts (validateCognitoJwtFields): the access token's client_id and the ID
    token's aud must be the client; assert.test.ts > assert equals requires non-empty value."""
    refused(f.token("access", client_id=client), ClientIdError, 5)
    refused(f.token("id", aud=client), ClientIdError, 5)


# --- jwk.test.ts ---------------------------------------------------------------------------------

@responses.activate
@pytest.mark.parametrize("body", [b"\xff", b'{"keys": []}}', b""],
                         ids=["jwk.test.ts > Fetch JWK error flow: invalid JSON",
                              "jwk.test.ts > Simple JWKS cache error flow: invalid JSON", "empty body"])
def test_fetch_jwk_invalid_json(body):
    responses.get(JWKS_URL, body=body)
    refused(f.token(), JwksFetchError, 2, v=verifier(jwks=None))


@responses.activate
def test_fetch_jwk_kid_not_found():
    """jwk.test.ts > Fetch JWK error flow: kid not found; > Simple JWKS cache returns JWK."""
    responses.get(JWKS_URL, json=f.jwks())
    v = verifier(jwks=None)
    refused(f.sign(f.claims(), kid="kiddoesnotexist"), KidNotFoundError, 2, v=v)
    assert passes(f.token(), v=v)


@pytest.mark.parametrize("jwks", ["", "foo", {}, {"keys": "nope"}, {"keys": {}}],
                         ids=["jwk.test.ts > Validate JWKS error flow: no jwks",
                              "jwk.test.ts > Validate JWKS error flow: jwks is not an object",
                              "jwk.test.ts > validate > JWKS > no keys",
                              "jwk.test.ts > validate > JWKS > keys not an array",
                              "jwk.test.ts > validate > JWKS > not a valid jwks"])
def test_invalid_jwks_is_refused(jwks):
    with pytest.raises(ValueError):
        verifier(jwks=jwks)


@pytest.mark.parametrize("key", [{}, "not a JWK"],
                         ids=["jwk.test.ts > validate > JWK > empty JWK",
                              "jwk.test.ts > validate > JWK > JWK is not an object"])
def test_invalid_jwk_is_never_used(key):
    refused(f.token(), KidNotFoundError, 2, v=verifier(jwks={"keys": [key]}))


def test_valid_jwks():
    """jwk.test.ts > validate > JWKS > is a valid jwks."""
    assert verifier(jwks=f.jwks()).verify(f.token(), now=f.NOW)


@responses.activate
def test_simple_jwks_cache_fetches_uri_one_attempt_at_a_time():
    """jwk.test.ts > Simple JWKS cache fetches URI one attempt at a time: parallel verifications
    of a cold verifier make one request."""
    responses.get(JWKS_URL, json=f.jwks())
    v = verifier(jwks=None)
    results, tok = [], f.token()
    threads = [threading.Thread(target=lambda: results.append(v.verify(tok, now=f.NOW))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 8 and len(responses.calls) == 1


@responses.activate
def test_simple_jwks_cache_throws_error_if_wait_time_did_not_yet_pass():
    """jwk.test.ts > Simple JWKS cache throws error if wait time did not yet pass: an unknown kid
    refetches once, then no fetch until the wait time passes; cached kids keep working."""
    responses.get(JWKS_URL, json=f.jwks())
    clock = [0.0]
    v = verifier(jwks=None, cooldown_seconds=0.5, clock=lambda: clock[0])
    refused(f.sign(f.claims(), kid="otherkid"), KidNotFoundError, 2, v=v)
    refused(f.sign(f.claims(), kid="otherkid2"), KidNotFoundError, 2, v=v)
    assert passes(f.token(), v=v)
    assert len(responses.calls) == 1
    clock[0] = 0.6
    refused(f.sign(f.claims(), kid="otherkid2"), KidNotFoundError, 2, v=v)
    assert len(responses.calls) == 2


@responses.activate
@pytest.mark.parametrize("status", [404, 500])
def test_fetch_error_flow_http_status(status):
    """https.test.ts > Fetch error flow works: 404 (a JWKS that cannot be fetched is step 2)."""
    responses.get(JWKS_URL, status=status)
    refused(f.token(), JwksFetchError, 2, v=verifier(jwks=None))


@pytest.mark.parametrize("failure", [requests.ConnectionError("refused"), requests.ReadTimeout("slow")],
                         ids=["https.test.ts > Fetch error flow works: TCP error",
                              "https.test.ts > Fetch error flow works: response timeout"])
def test_fetch_error_flow_network(failure):
    with responses.RequestsMock() as mock:
        mock.get(JWKS_URL, body=failure)
        refused(f.token(), JwksFetchError, 2, v=verifier(jwks=None))


# --- safe-json-parse.test.ts ---------------------------------------------------------------------

def test_proto_and_constructor_members_are_plain_claims():
    """safe-json-parse.test.ts > safeJsonParse removes __proto__ and constructor: in Python they
    are ordinary members, and change nothing about the verification."""
    tok = f.token(__proto__={"token_use": "access"}, constructor={"x": 1})
    claims = passes(tok, v=verifier("id"))
    assert claims["token_use"] == "id" and claims["__proto__"] == {"token_use": "access"}


def test_duplicate_members_are_refused():
    """safe-json-parse.test.ts > safeJsonParse works like JSON parse. stricter: a payload with a
    duplicate member (JSON.parse keeps the last) is refused at step 1 (RFC 7519 §4)."""
    payload = json.dumps(f.claims())[:-1] + ', "token_use": "access"}'
    refused(f.sign_raw(HEADER, payload), JwtStructureError, 1)


def test_padded_segments_are_refused():
    """jwt.ts JWT_REGEX allows ``=`` padding; stricter: RFC 7515 §2 base64url has none."""
    header, payload, signature = f.token().split(".")
    refused(f"{header}.{payload}.{signature}==", JwtStructureError, 1)
