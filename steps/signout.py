"""Global sign-out by the user or an administrator, and what it does to the user's tokens."""

from __future__ import annotations

from pytest_bdd import given, then, when

from cognito_conformance import auth
from cognito_conformance.outcome import attempt

from .common import expect_ok
from .grammar import phrase


def sign_out_everywhere(cognito, person):
    return attempt("GlobalSignOut", cognito.global_sign_out, AccessToken=person.access_token)


@when(phrase("{name:Person} signs out everywhere"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito):
    return sign_out_everywhere(cognito, cognito_people[name])


@given(phrase("{name:Person} has signed out everywhere"))
def _(name, cognito_people, cognito):
    expect_ok(sign_out_everywhere(cognito, cognito_people[name]), f"GlobalSignOut for {name}")


@when(phrase("an administrator signs {name:Person} out everywhere"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_user_pool):
    return attempt("AdminUserGlobalSignOut", cognito.admin_user_global_sign_out, UserPoolId=cognito_user_pool.id,
                   Username=cognito_people[name].username)


@then(phrase("{name:Person}'s refresh token is refused with {code:ErrorCode}"))
def _(name, code, cognito_people, cognito, cognito_app_client):
    person = cognito_people[name]
    outcome = auth.refresh(cognito, cognito_app_client, person.refresh_token, person.username)
    assert outcome.error_code == code, f"refreshing after the sign-out: {outcome.describe()}"


@then(phrase("{name:Person}'s access token is refused with {code:ErrorCode}"))
def _(name, code, cognito_people, cognito):
    outcome = attempt("GetUser", cognito.get_user, AccessToken=cognito_people[name].access_token)
    assert outcome.error_code == code, f"GetUser after the sign-out: {outcome.describe()}"
