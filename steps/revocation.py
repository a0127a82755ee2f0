"""RevokeToken: a refresh token and the tokens issued with it stop working in Cognito; the jti and origin_jti
that tie tokens to their refresh token; the API and the hosted UI's tokens revoked either way."""

from __future__ import annotations

import uuid

import pytest
from pytest_bdd import given, then, when

from cognito_conformance import auth
from cognito_conformance.existing_pool import PreconditionUnmet
from cognito_conformance.jwt import decode_unverified
from cognito_conformance.outcome import attempt, refused
from cognito_conformance.token_kinds import JWTS

from .common import expect_ok
from .grammar import phrase


def revoke(cognito, client, refresh_token):
    secret = {"ClientSecret": client.secret} if client.secret else {}
    return attempt("RevokeToken", cognito.revoke_token, Token=refresh_token, ClientId=client.id, **secret)


def other_revoking_client(user_pool, app_client):
    other = next((c for c in user_pool.clients.values()
                  if c.id != app_client.id and c.spec.revokes_tokens and not c.secret), None)
    if other is None:
        raise PreconditionUnmet("the scenario needs a second app client, without a secret, that revokes tokens")
    return other


@when(phrase("{name:Person} revokes the refresh token"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client):
    return revoke(cognito, cognito_app_client, cognito_people[name].refresh_token)


@when(phrase("{name:Person}'s refresh token is revoked through another app client of the pool"),
      target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_user_pool, cognito_app_client):
    return revoke(cognito, other_revoking_client(cognito_user_pool, cognito_app_client), cognito_people[name].refresh_token)


@then("the revocation is refused")
def _(cognito_outcome):
    assert refused(cognito_outcome), f"RevokeToken through another app client was not refused: {cognito_outcome.describe()}"


@then(phrase("{name:Person}'s refresh token still works"))
def _(name, cognito_people, cognito, cognito_app_client):
    person = cognito_people[name]
    outcome = auth.refresh(cognito, cognito_app_client, person.refresh_token, person.username)
    assert outcome.ok, f"refreshing with the refresh token: {outcome.describe()}"


@pytest.fixture
def cognito_tokens_before() -> dict:
    """Each person's tokens as a Given noted them, by name."""
    return {}


@given(phrase("{name:Person}'s tokens at this point are noted"))
def _(name, cognito_people, cognito_tokens_before):
    cognito_tokens_before[name] = dict(cognito_people[name].tokens)


@then("the new tokens keep the origin_jti and have new jti values")
def _(cognito_outcome, cognito_tokens_before):
    assert cognito_outcome.ok, f"the refresh failed: {cognito_outcome.describe()}"
    (before,) = cognito_tokens_before.values()
    for key in (kind.result_key for kind in JWTS):
        old, new = decode_unverified(before[key])[1], decode_unverified(cognito_outcome.result[key])[1]
        assert new.get("origin_jti") and new.get("origin_jti") == old.get("origin_jti"), \
            f"the refreshed {key}'s origin_jti differs from the original's"
        assert new.get("jti") and new.get("jti") != old.get("jti"), f"the refreshed {key} has the same jti"


def _uuid(value) -> bool:
    try:
        return isinstance(value, str) and str(uuid.UUID(value)) == value.lower()
    except ValueError:
        return False


@then(phrase("{name:Person}'s ID and access tokens share one origin_jti and each has a jti of its own, all UUIDs"))
def _(name, cognito_people):
    claims = {kind.result_key: decode_unverified(kind.of(cognito_people[name].tokens))[1] for kind in JWTS}
    (id_claims, access_claims) = (claims["IdToken"], claims["AccessToken"])
    found = {f"{key}'s {claim}": body.get(claim) for key, body in claims.items() for claim in ("jti", "origin_jti")}
    assert all(_uuid(value) for value in found.values()), f"not all UUIDs: {found}"
    assert id_claims["origin_jti"] == access_claims["origin_jti"], f"the origin_jti differ: {found}"
    assert id_claims["jti"] != access_claims["jti"], f"the ID and access tokens have the same jti: {found}"


@then("the new tokens have a new origin_jti")
def _(cognito_outcome, cognito_tokens_before):
    assert cognito_outcome.ok, f"the sign-in failed: {cognito_outcome.describe()}"
    (before,) = cognito_tokens_before.values()
    old = {decode_unverified(before[kind.result_key])[1].get("origin_jti") for kind in JWTS}
    new = {decode_unverified(cognito_outcome.result[kind.result_key])[1].get("origin_jti") for kind in JWTS}
    assert len(new) == 1 and None not in new, f"the new tokens' origin_jti: {new}"
    assert not (new & old), f"the new sign-in kept the origin_jti {new & old}"


@given(phrase("Cognito's API accepts {name:Person}'s access token and refresh token"))
def _(name, cognito_people, cognito, cognito_app_client):
    person = cognito_people[name]
    read = attempt("GetUser", cognito.get_user, AccessToken=person.access_token)
    expect_ok(read, f"GetUser with {name}'s access token")
    expect_ok(auth.refresh(cognito, cognito_app_client, person.refresh_token, person.username),
              f"REFRESH_TOKEN_AUTH with {name}'s refresh token")
