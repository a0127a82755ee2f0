"""REFRESH_TOKEN_AUTH: new ID and access tokens for the refresh token, and never a new refresh token."""

from __future__ import annotations

from pytest_bdd import given, then, when

from cognito_conformance import auth
from cognito_conformance.token_kinds import JWTS, REFRESH

from .common import expect_ok
from .grammar import phrase


def refresh(cognito, app_client, person, operation="InitiateAuth"):
    outcome = auth.refresh(cognito, app_client, person.refresh_token, person.username,
                           admin=operation == "AdminInitiateAuth")
    if outcome.result:
        person.keep_tokens(outcome.result)
    return outcome


@when(phrase("{name:Person} refreshes the tokens through {operation:w}"), target_fixture="outcome")
def _(name, operation, people, cognito, app_client):
    return refresh(cognito, app_client, people[name], operation)


@given(phrase("{name:Person} has refreshed the tokens"))
def _(name, people, cognito, app_client):
    expect_ok(refresh(cognito, app_client, people[name]), f"{name} refreshes the tokens")


@then(phrase("{name:Person} receives an ID token and an access token"))
def _(name, outcome):
    assert outcome.ok, f"{name}'s refresh failed: {outcome.describe()}"
    assert all(kind.of(outcome.result) for kind in JWTS)


@then("no refresh token comes back")
def _(outcome):
    assert REFRESH.of(outcome.result) is None, "a refresh returned a RefreshToken"
