"""Changing a password, and resetting a forgotten one with the code Cognito sends."""

from __future__ import annotations

from pytest_bdd import given, then, when

from cognito_conformance.outcome import attempt
from cognito_conformance.people import strong_password
from cognito_conformance import secret_hash

from .common import expect_ok
from .grammar import phrase
from .signup import BREAKING, WRONG_CODE, delivered_code


def change_password(cognito, person, previous, proposed):
    outcome = attempt("ChangePassword", cognito.change_password, AccessToken=person.access_token,
                      PreviousPassword=previous, ProposedPassword=proposed)
    if outcome.ok:
        person.change_password(proposed)
    return outcome


def _secret(app_client, person) -> dict:
    return secret_hash.for_client(app_client, person.username, secret_hash.REQUEST_MEMBER)


def forgot_password(cognito, app_client, person, notes):
    outcome = attempt("ForgotPassword", cognito.forgot_password, ClientId=app_client.id,
                      Username=person.username, **_secret(app_client, person))
    if outcome.ok:
        notes.deliveries["forgot_password"] = outcome.response
    return outcome


def confirm_forgot_password(cognito, app_client, person, code):
    new_password = strong_password()
    outcome = attempt("ConfirmForgotPassword", cognito.confirm_forgot_password, ClientId=app_client.id,
                      Username=person.username, ConfirmationCode=code, Password=new_password,
                      **_secret(app_client, person))
    if outcome.ok:
        person.change_password(new_password)
    return outcome


@when(phrase("{name:Person} changes the password"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito):
    person = cognito_people[name]
    return change_password(cognito, person, person.password, strong_password())


@when(phrase("{name:Person} changes the password giving a wrong previous password"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito):
    return change_password(cognito, cognito_people[name], strong_password(), strong_password())


@when(phrase("{name:Person} changes the password to one that {rule}"), target_fixture="cognito_outcome")
def _(name, rule, cognito_people, cognito):
    person = cognito_people[name]
    return change_password(cognito, person, person.password, BREAKING[rule])


@when(phrase("{name:Person} asks to reset the password"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_app_client):
    return forgot_password(cognito, cognito_app_client, cognito_people[name], cognito_scenario_notes[name])


@given(phrase("{name:Person} has asked to reset the password"))
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_app_client):
    expect_ok(forgot_password(cognito, cognito_app_client, cognito_people[name], cognito_scenario_notes[name]), f"ForgotPassword for {name}")


@then(phrase("Cognito says the code went by {medium:w} to a masked address"))
def _(medium, cognito_outcome, cognito_people):
    delivery = cognito_outcome.response.get("CodeDeliveryDetails")
    assert isinstance(delivery, dict), f"the answer names no CodeDeliveryDetails: {cognito_outcome.describe()}"
    assert delivery.get("DeliveryMedium") == medium, f"delivered by {delivery.get('DeliveryMedium')!r}"
    assert isinstance(delivery.get("Destination"), str), "the answer names no Destination"
    assert "*" in delivery["Destination"], "the destination is not masked"
    assert all(delivery["Destination"] != person.email for person in cognito_people)


@when(phrase("{name:Person} sets a new password with the code Cognito sent"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_app_client, cognito_code_source):
    person = cognito_people[name]
    code = delivered_code(cognito_code_source, person, cognito_scenario_notes[name], "forgot_password")
    return confirm_forgot_password(cognito, cognito_app_client, person, code)


@when(phrase("{name:Person} sets a new password with a wrong code"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client):
    return confirm_forgot_password(cognito, cognito_app_client, cognito_people[name], WRONG_CODE)


@when(phrase("{name:Person}, who has no account, asks to reset the password"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_app_client):
    return forgot_password(cognito, cognito_app_client, cognito_people[name], cognito_scenario_notes[name])


@then(phrase("Cognito does not say that {name:Person} has no account"))
def _(name, cognito_outcome):
    assert cognito_outcome.error_code != "UserNotFoundException", f"{name}'s nonexistence was disclosed: {cognito_outcome.describe()}"
