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


@when(phrase("{name:Person} refreshes the tokens through {operation:w}"), target_fixture="cognito_outcome")
def _(name, operation, cognito_people, cognito, cognito_app_client):
    return refresh(cognito, cognito_app_client, cognito_people[name], operation)


@given(phrase("{name:Person} has refreshed the tokens"))
def _(name, cognito_people, cognito, cognito_app_client):
    expect_ok(refresh(cognito, cognito_app_client, cognito_people[name]), f"{name} refreshes the tokens")


@then(phrase("{name:Person} receives an ID token and an access token"))
def _(name, cognito_outcome):
    assert cognito_outcome.ok, f"{name}'s refresh failed: {cognito_outcome.describe()}"
    assert all(kind.of(cognito_outcome.result) for kind in JWTS)


@then("no refresh token comes back")
def _(cognito_outcome):
    assert REFRESH.of(cognito_outcome.result) is None, "a refresh returned a RefreshToken"
