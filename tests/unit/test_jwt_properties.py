"""Robustness properties of the JWT verifier (hypothesis): only JwtError ever escapes,
no tampered token is accepted, huge tokens are refused before any decoding."""

from __future__ import annotations

import json
import string
import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from . import jwt_factory as f
from cognito_conformance import jwt as cj
from cognito_conformance.jwt import CognitoJwtVerifier, JwtError, JwtStructureError

SETTINGS = settings(max_examples=150, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
VERIFIER = CognitoJwtVerifier(user_pool_id=f.POOL_ID, client_id=f.CLIENT_ID, token_use=None,
                              jwks=f.jwks())  # never fetches: no network in these tests
ID_TOKEN = f.token("id")
ACCESS_TOKEN = f.token("access")
B64URL = string.ascii_letters + string.digits + "-_"

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(-(10**500), 10**500)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def refuses(token: object) -> JwtError:
    """verify() must raise JwtError (any other exception fails the test) and never accept."""
    try:
        claims = VERIFIER.verify(token, now=f.NOW)
    except JwtError as exc:
        assert 1 <= exc.step <= 7 and str(exc).startswith(f"JWT refused at step {exc.step} (")
        return exc
    raise AssertionError(f"accepted {token!r}: {claims}")


@SETTINGS
@given(st.text(max_size=300) | st.text(alphabet=B64URL + ".=+/ ", max_size=300))
def test_random_text_raises_only_jwt_error(text):
    refuses(text)


@SETTINGS
@given(st.lists(st.binary(max_size=120), min_size=0, max_size=5))
def test_random_base64_segments_raise_only_jwt_error(segments):
    refuses(".".join(f.b64url(s) for s in segments))


@SETTINGS
@given(header=st.fixed_dictionaries({}, optional={
           "alg": st.sampled_from(["RS256", "none", "HS256", "RS512"]) | json_values,
           "kid": st.just(f.KID) | json_values, "typ": json_values, "jwk": json_values}),
       payload=st.dictionaries(st.sampled_from(["exp", "iss", "aud", "client_id", "token_use", "nbf",
                                                "sub"]), json_values) | json_values,
       signature=st.binary(max_size=300) | st.just(b"\x00" * 256))
def test_random_json_parts_raise_only_jwt_error(header, payload, signature):
    refuses(f.forge(header, f.b64url(json.dumps(payload)), signature))


CLAIM_VALUES = {
    "exp": st.integers(f.NOW - 10, f.NOW + 10) | st.integers(-(10**500), 10**500) | json_values,
    "nbf": st.integers(f.NOW - 10, f.NOW + 10) | json_values,
    "aud": st.sampled_from([f.CLIENT_ID, "other"]) | json_values,
    "client_id": st.sampled_from([f.CLIENT_ID, "other"]) | json_values,
    "iss": st.sampled_from([f.ISSUER, f.ISSUER + "/"]) | json_values,
    "token_use": st.sampled_from(["id", "access", "refresh"]) | json_values,
}


@SETTINGS
@given(shape=st.sampled_from(["id", "access"]),
       changes=st.fixed_dictionaries({}, optional={k: v | st.just(f.DROP) for k, v in CLAIM_VALUES.items()}))
def test_signed_tokens_with_random_claims_are_accepted_or_refused_cleanly(shape, changes):
    """Past the signature, any claim values give claims back or a step 4-7 JwtError."""
    tok = f.sign(f.claims(shape, **changes))
    try:
        claims = VERIFIER.verify(tok, now=f.NOW)
    except JwtError as exc:
        assert 4 <= exc.step <= 7, exc
        return
    assert claims["iss"] == f.ISSUER and claims["token_use"] in ("id", "access")
    assert claims[{"id": "aud", "access": "client_id"}[claims["token_use"]]] == f.CLIENT_ID
    assert claims["exp"] > f.NOW


@SETTINGS
@given(data=st.data(), tok=st.sampled_from([ID_TOKEN, ACCESS_TOKEN]))
@example(data=None, tok=ID_TOKEN)
def test_changing_any_char_of_a_genuine_token_is_never_accepted(data, tok):
    signed_len = tok.rindex(".")
    if data is None:  # explicit example: the '.' between header and payload
        index, char = tok.index("."), "A"
    else:
        index = data.draw(st.integers(0, len(tok) - 1), label="index")
        char = data.draw(st.characters(codec="utf-8") | st.sampled_from(B64URL + "."), label="char")
    if char == tok[index]:
        return
    err = refuses(tok[:index] + char + tok[index + 1:])
    if index < signed_len:  # a change in the signed part: refused by step 3 at the latest
        assert err.step <= 3


@SETTINGS
@given(data=st.data(), tok=st.sampled_from([ID_TOKEN, ACCESS_TOKEN]))
def test_inserting_or_deleting_chars_is_never_accepted(data, tok):
    index = data.draw(st.integers(0, len(tok)), label="index")
    if data.draw(st.booleans(), label="delete") and index < len(tok):
        refuses(tok[:index] + tok[index + 1:])
    else:
        refuses(tok[:index] + data.draw(st.text(min_size=1, max_size=3), label="text") + tok[index:])


@SETTINGS
@given(exp=st.integers(f.NOW - 10**6, f.NOW + 10**6) | st.floats(f.NOW - 1e6, f.NOW + 1e6),
       now=st.integers(f.NOW - 10**6, f.NOW + 10**6) | st.floats(f.NOW - 1e6, f.NOW + 1e6))
def test_expiry_boundary(exp, now):
    tok = f.sign(f.claims("access", exp=exp))
    if now < exp:
        assert VERIFIER.verify(tok, now=now)["exp"] == exp
    else:
        with pytest.raises(cj.ExpiredError):
            VERIFIER.verify(tok, now=now)


@pytest.mark.parametrize("token", [
    pytest.param("A" * 5_000_000, id="5MB-garbage"),
    pytest.param(ID_TOKEN.replace(".", "." + "A" * 5_000_000, 1), id="5MB-well-formed"),
    pytest.param("." * 5_000_000, id="5MB-dots"),
])
def test_huge_tokens_are_refused_at_step1_before_decoding(monkeypatch, token):
    def no_decoding(segment):
        raise AssertionError("a huge token reached base64 decoding")

    monkeypatch.setattr(cj, "_b64decode", no_decoding)
    started = time.perf_counter()
    with pytest.raises(JwtStructureError, match="over the 65536-char limit"):
        VERIFIER.verify(token, now=f.NOW)
    assert time.perf_counter() - started < 0.5


def test_a_token_just_under_the_limit_is_still_parsed():
    padding = cj.MAX_TOKEN_CHARS - len(ID_TOKEN) - len(',"x":""') * 4 // 3 - 8
    tok = f.token("id", x="A" * (padding * 3 // 4))
    assert len(tok) <= cj.MAX_TOKEN_CHARS
    assert VERIFIER.verify(tok, now=f.NOW)["x"]
