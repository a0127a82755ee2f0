"""Global sign-out by the user or an administrator, and what it does to the user's tokens."""

from __future__ import annotations

from pytest_bdd import given, then, when

from cognito_conformance import auth
from cognito_conformance.outcome import attempt

from .common import expect_ok
from .grammar import phrase


def sign_out_everywhere(cognito, person):
    return attempt("GlobalSignOut", cognito.global_sign_out, AccessToken=person.access_token)


@when(phrase("{name:Person} signs out everywhere"), target_fixture="outcome")
def _(name, people, cognito):
    return sign_out_everywhere(cognito, people[name])


@given(phrase("{name:Person} has signed out everywhere"))
def _(name, people, cognito):
    expect_ok(sign_out_everywhere(cognito, people[name]), f"GlobalSignOut for {name}")


@when(phrase("an administrator signs {name:Person} out everywhere"), target_fixture="outcome")
def _(name, people, cognito, user_pool):
    return attempt("AdminUserGlobalSignOut", cognito.admin_user_global_sign_out, UserPoolId=user_pool.id,
                   Username=people[name].username)


@then(phrase("{name:Person}'s refresh token is refused with {code:ErrorCode}"))
def _(name, code, people, cognito, app_client):
    person = people[name]
    outcome = auth.refresh(cognito, app_client, person.refresh_token, person.username)
    assert outcome.error_code == code, f"refreshing after the sign-out: {outcome.describe()}"


@then(phrase("{name:Person}'s access token is refused with {code:ErrorCode}"))
def _(name, code, people, cognito):
    outcome = attempt("GetUser", cognito.get_user, AccessToken=people[name].access_token)
    assert outcome.error_code == code, f"GetUser after the sign-out: {outcome.describe()}"
