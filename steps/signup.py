"""Signing up, confirming, and accounts made by an administrator."""

from __future__ import annotations

import pytest
from pytest_bdd import given, then, when

from cognito_conformance.codes import CodeUnavailable
from cognito_conformance.existing_pool import require
from cognito_conformance.outcome import attempt
from cognito_conformance.people import strong_password
from cognito_conformance import secret_hash

from .common import expect_ok, required_attributes
from .grammar import phrase

#: Passwords that break exactly one rule of the strict policy, by the rule they break.
BREAKING = {
    "is shorter than 8 characters": "Aa1!bcd",
    "has no upper-case letter": "aa1!bcdefgh",
    "has no lower-case letter": "AA1!BCDEFGH",
    "has no number": "Aab!cdefgh",
    "has no symbol": "Aa1bcdefgh",
}
WRONG_CODE = "000000"


def sign_up(cognito, app_client, person, notes, password=None, with_secret_hash=True, with_email=True):
    person.pool_id = app_client.pool_id
    params = {
        "ClientId": app_client.id,
        "Username": person.username,
        "Password": password or person.password,
        "UserAttributes": [{"Name": "email", "Value": person.email}] if with_email else [],
    }
    if with_secret_hash:
        params.update(secret_hash.for_client(app_client, person.username, secret_hash.REQUEST_MEMBER))
    outcome = attempt("SignUp", cognito.sign_up, **params)
    if outcome.ok:
        notes.deliveries["sign_up"] = outcome.response
    return outcome


def confirm_sign_up(cognito, app_client, person, code):
    params = {"ClientId": app_client.id, "Username": person.username, "ConfirmationCode": code}
    params.update(secret_hash.for_client(app_client, person.username, secret_hash.REQUEST_MEMBER))
    return attempt("ConfirmSignUp", cognito.confirm_sign_up, **params)


def delivered_code(code_source, person, notes, purpose):
    try:
        return code_source.code_for(person.username, purpose, notes.deliveries.get(purpose))
    except CodeUnavailable as why:
        pytest.skip(str(why))


@when(phrase("{name:Person} signs up"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_app_client):
    return sign_up(cognito, cognito_app_client, cognito_people[name], cognito_scenario_notes[name])


@given(phrase("{name:Person} has signed up"))
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_app_client):
    expect_ok(sign_up(cognito, cognito_app_client, cognito_people[name], cognito_scenario_notes[name]), f"{name} signs up")


@when(phrase("{name:Person} signs up without an email address"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_app_client):
    return sign_up(cognito, cognito_app_client, cognito_people[name], cognito_scenario_notes[name], with_email=False)


@then("Cognito says it sent no confirmation code")
def _(cognito_outcome):
    assert cognito_outcome.ok, f"the sign-up failed: {cognito_outcome.describe()}"
    assert "CodeDeliveryDetails" not in cognito_outcome.response, \
        f"Cognito names where it sent a code: {cognito_outcome.response.get('CodeDeliveryDetails')}"


@when(phrase("{name:Person} signs up without the secret hash"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_app_client):
    return sign_up(cognito, cognito_app_client, cognito_people[name], cognito_scenario_notes[name], with_secret_hash=False)


@when(phrase("{name:Person} signs up again with the same username"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_app_client):
    return sign_up(cognito, cognito_app_client, cognito_people[name], cognito_scenario_notes[name], password=strong_password())


@when(phrase("{name:Person} signs up with a password that {rule}"), target_fixture="cognito_outcome")
def _(name, rule, cognito_people, cognito_scenario_notes, cognito, cognito_app_client):
    return sign_up(cognito, cognito_app_client, cognito_people[name], cognito_scenario_notes[name], password=BREAKING[rule])


@given("the pool requires passwords of at least 8 characters with upper case, lower case, numbers and symbols")
def _(cognito, cognito_user_pool):
    policy = cognito.describe_user_pool(UserPoolId=cognito_user_pool.id)["UserPool"]["Policies"]["PasswordPolicy"]
    strict = policy.get("MinimumLength") == 8 and all(
        policy.get(rule) for rule in ("RequireUppercase", "RequireLowercase", "RequireNumbers", "RequireSymbols"))
    require(strict, cognito_user_pool, f"this pool's PasswordPolicy is {policy}; the scenario needs 8 characters "
                               "with upper case, lower case, numbers and symbols")


@then(phrase("Cognito answers that {name:Person}'s account is not confirmed yet"))
def _(cognito_outcome):
    assert cognito_outcome.response["UserConfirmed"] is False


@then(phrase("Cognito gives {name:Person} a user sub"))
def _(name, cognito_outcome, cognito_people, cognito, cognito_user_pool):
    user = cognito.admin_get_user(UserPoolId=cognito_user_pool.id, Username=cognito_people[name].username)
    sub = next(a["Value"] for a in user["UserAttributes"] if a["Name"] == "sub")
    assert cognito_outcome.response["UserSub"] == sub


@when(phrase("{name:Person} confirms the sign-up with the code Cognito sent"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_app_client, cognito_code_source):
    person = cognito_people[name]
    code = delivered_code(cognito_code_source, person, cognito_scenario_notes[name], "sign_up")
    return confirm_sign_up(cognito, cognito_app_client, person, code)


@when(phrase("{name:Person} confirms the sign-up with a wrong code"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client):
    return confirm_sign_up(cognito, cognito_app_client, cognito_people[name], WRONG_CODE)


@when(phrase("an administrator confirms {name:Person}'s sign-up"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_user_pool):
    return attempt("AdminConfirmSignUp", cognito.admin_confirm_sign_up, UserPoolId=cognito_user_pool.id,
                   Username=cognito_people[name].username)


def admin_create(cognito, user_pool, person):
    person.pool_id = user_pool.id
    return attempt("AdminCreateUser", cognito.admin_create_user, UserPoolId=user_pool.id,
                   Username=person.username, TemporaryPassword=person.password, MessageAction="SUPPRESS",
                   UserAttributes=[{"Name": "email", "Value": person.email},
                                   {"Name": "email_verified", "Value": "true"},
                                   *required_attributes(user_pool, person)])


@when(phrase("an administrator creates an account for {name:Person} with a temporary password"),
      target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_user_pool):
    return admin_create(cognito, cognito_user_pool, cognito_people[name])


@given(phrase("an administrator has created an account for {name:Person} with a temporary password"))
def _(name, cognito_people, cognito, cognito_user_pool):
    expect_ok(admin_create(cognito, cognito_user_pool, cognito_people[name]), f"AdminCreateUser for {name}")
