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
def cognito_rotated_out() -> dict:
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


@when(phrase("{name:Person} gets new tokens with GetTokensFromRefreshToken"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client, cognito_rotated_out):
    return rotate(cognito, cognito_app_client, cognito_people[name], cognito_rotated_out)


@given(phrase("{name:Person} has got new tokens with GetTokensFromRefreshToken"))
def _(name, cognito_people, cognito, cognito_app_client, cognito_rotated_out):
    expect_ok(rotate(cognito, cognito_app_client, cognito_people[name], cognito_rotated_out), f"GetTokensFromRefreshToken for {name}")


@when(phrase("{name:Person} uses the earlier refresh token again"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client, cognito_rotated_out):
    return get_tokens(cognito, cognito_app_client, cognito_rotated_out[name])


@given("the grace period of 10 seconds has passed")
def _(cognito_clock):
    cognito_clock.advance(GRACE_SECONDS + 2)


@then(phrase("{name:Person} receives a new refresh token"))
def _(name, cognito_outcome, cognito_rotated_out):
    assert cognito_outcome.ok, f"{name}'s refresh failed: {cognito_outcome.describe()}"
    new = REFRESH.of(cognito_outcome.result)
    assert new, "the refresh returned no RefreshToken"
    assert new != cognito_rotated_out.get(name), "the refresh returned the refresh token it was given"


@then("the refresh is refused")
def _(cognito_outcome):
    assert refused(cognito_outcome) and not cognito_outcome.result, f"the refresh was not refused: {cognito_outcome.describe()}"
