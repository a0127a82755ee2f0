"""What an administrator does to an account: passwords, resets, disabling, enabling, deleting."""

from __future__ import annotations

from botocore import xform_name
from pytest_bdd import given, then, when

from cognito_conformance.outcome import attempt
from cognito_conformance.people import strong_password

from .common import expect_ok
from .grammar import phrase
from .passwords import confirm_forgot_password
from .signin import sign_in
from .signup import delivered_code


def set_password(cognito, user_pool, person, permanent: bool):
    new_password = strong_password()
    outcome = attempt("AdminSetUserPassword", cognito.admin_set_user_password, UserPoolId=user_pool.id,
                      Username=person.username, Password=new_password, Permanent=permanent)
    if outcome.ok:
        person.change_password(new_password)
    return outcome


def admin(operation: str, cognito, user_pool, person):
    """Call an Admin* operation on one user: 'AdminDisableUser' is boto3's admin_disable_user."""
    return attempt(operation, getattr(cognito, xform_name(operation)), UserPoolId=user_pool.id,
                   Username=person.username)


@when(phrase("an administrator sets a permanent password for {name:Person}"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_user_pool):
    return set_password(cognito, cognito_user_pool, cognito_people[name], permanent=True)


@given(phrase("an administrator has set a permanent password for {name:Person}"))
def _(name, cognito_people, cognito, cognito_user_pool):
    expect_ok(set_password(cognito, cognito_user_pool, cognito_people[name], permanent=True), "AdminSetUserPassword")


@given(phrase("an administrator has set a temporary password for {name:Person}"))
def _(name, cognito_people, cognito, cognito_user_pool):
    expect_ok(set_password(cognito, cognito_user_pool, cognito_people[name], permanent=False), "AdminSetUserPassword")


@given(phrase("an administrator has reset {name:Person}'s password"))
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_user_pool):
    person = cognito_people[name]
    outcome = admin("AdminResetUserPassword", cognito, cognito_user_pool, person)
    expect_ok(outcome, "AdminResetUserPassword")
    cognito_scenario_notes[name].deliveries["password_reset"] = outcome.response


@when(phrase("{name:Person} sets a new password with the code sent by the reset"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_app_client, cognito_code_source):
    person = cognito_people[name]
    code = delivered_code(cognito_code_source, person, cognito_scenario_notes[name], "password_reset")
    return confirm_forgot_password(cognito, cognito_app_client, person, code)


@when(phrase("an administrator disables {name:Person}'s account"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_user_pool):
    return admin("AdminDisableUser", cognito, cognito_user_pool, cognito_people[name])


@given(phrase("an administrator has disabled {name:Person}'s account"))
def _(name, cognito_people, cognito, cognito_user_pool):
    expect_ok(admin("AdminDisableUser", cognito, cognito_user_pool, cognito_people[name]), "AdminDisableUser")


@when(phrase("an administrator enables {name:Person}'s account"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_user_pool):
    return admin("AdminEnableUser", cognito, cognito_user_pool, cognito_people[name])


@when(phrase("an administrator deletes {name:Person}'s account"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_user_pool):
    return admin("AdminDeleteUser", cognito, cognito_user_pool, cognito_people[name])


@when(phrase("{name:Person} deletes the account"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito):
    return attempt("DeleteUser", cognito.delete_user, AccessToken=cognito_people[name].access_token)


@then(phrase("{name:Person}'s sign-in with {flow:Flow} fails with {code:ErrorCode}"))
def _(name, flow, code, cognito_people, cognito, cognito_app_client):
    outcome = sign_in(cognito, cognito_app_client, cognito_people[name], flow)
    assert outcome.error_code == code, f"expected {code}, got {outcome.describe()}"
