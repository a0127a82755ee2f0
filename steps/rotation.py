"""GetTokensFromRefreshToken and refresh-token rotation: a new refresh token, and the old one's grace period."""

from __future__ import annotations

import pytest
from pytest_bdd import given, then, when

from cognito_conformance.outcome import attempt, refused
from cognito_conformance.session_configurations import GRACE_SECONDS
from cognito_conformance.token_kinds import REFRESH

from .common import expect_ok
from .grammar import phrase


@pytest.fixture
def rotated_out() -> dict:
    """The refresh token each person held before rotating it, by name."""
    return {}


def get_tokens(cognito, client, refresh_token):
    secret = {"ClientSecret": client.secret} if client.secret else {}
    return attempt("GetTokensFromRefreshToken", cognito.get_tokens_from_refresh_token, RefreshToken=refresh_token,
                   ClientId=client.id, **secret)


def rotate(cognito, client, person, rotated_out):
    used = person.refresh_token
    outcome = get_tokens(cognito, client, used)
    if outcome.result:
        rotated_out[person.name] = used
        person.keep_tokens(outcome.result)
    return outcome


@when(phrase("{name:Person} gets new tokens with GetTokensFromRefreshToken"), target_fixture="outcome")
def _(name, people, cognito, app_client, rotated_out):
    return rotate(cognito, app_client, people[name], rotated_out)


@given(phrase("{name:Person} has got new tokens with GetTokensFromRefreshToken"))
def _(name, people, cognito, app_client, rotated_out):
    expect_ok(rotate(cognito, app_client, people[name], rotated_out), f"GetTokensFromRefreshToken for {name}")


@when(phrase("{name:Person} uses the earlier refresh token again"), target_fixture="outcome")
def _(name, people, cognito, app_client, rotated_out):
    return get_tokens(cognito, app_client, rotated_out[name])


@given("the grace period of 10 seconds has passed")
def _(clock):
    clock.advance(GRACE_SECONDS + 2)


@then(phrase("{name:Person} receives a new refresh token"))
def _(name, outcome, rotated_out):
    assert outcome.ok, f"{name}'s refresh failed: {outcome.describe()}"
    new = REFRESH.of(outcome.result)
    assert new, "the refresh returned no RefreshToken"
    assert new != rotated_out.get(name), "the refresh returned the refresh token it was given"


@then("the refresh is refused")
def _(outcome):
    assert refused(outcome) and not outcome.result, f"the refresh was not refused: {outcome.describe()}"
