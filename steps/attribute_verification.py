"""Verifying an email address, changing it, and resending the sign-up code."""

from __future__ import annotations

from pytest_bdd import given, then, when

from cognito_conformance.outcome import attempt
from cognito_conformance import secret_hash

from .attributes import stored_attributes
from .common import expect_ok
from .grammar import phrase
from .signup import WRONG_CODE, delivered_code


def ask_for_email_code(cognito, person, notes):
    outcome = attempt("GetUserAttributeVerificationCode", cognito.get_user_attribute_verification_code,
                      AccessToken=person.access_token, AttributeName="email")
    if outcome.ok:
        notes.deliveries["verify_email"] = outcome.response
    return outcome


def verify_email(cognito, person, code):
    return attempt("VerifyUserAttribute", cognito.verify_user_attribute, AccessToken=person.access_token,
                   AttributeName="email", Code=code)


@given(phrase("{name:Person}'s email address is not verified"))
def _(name, cognito_people, cognito, cognito_user_pool):
    # The address goes with email_verified=false, as an update of the email attribute: real Cognito
    # documents that an updated address "can become active and unverified immediately" (Developer
    # Guide "Verifying updates to email addresses and phone numbers") and takes email_verified in
    # the same AdminUpdateUserAttributes request (API Reference); cognito-local requires the pair.
    person = cognito_people[name]
    attributes = [{"Name": "email", "Value": person.email}, {"Name": "email_verified", "Value": "false"}]
    expect_ok(attempt("AdminUpdateUserAttributes", cognito.admin_update_user_attributes, UserPoolId=cognito_user_pool.id,
                      Username=person.username, UserAttributes=attributes),
              "AdminUpdateUserAttributes email and email_verified=false")


@when(phrase("{name:Person} asks for a code to verify the email address"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito_scenario_notes, cognito):
    return ask_for_email_code(cognito, cognito_people[name], cognito_scenario_notes[name])


@given(phrase("{name:Person} has asked for a code to verify the email address"))
def _(name, cognito_people, cognito_scenario_notes, cognito):
    expect_ok(ask_for_email_code(cognito, cognito_people[name], cognito_scenario_notes[name]), "GetUserAttributeVerificationCode")


@when(phrase("{name:Person} verifies the email address with the code Cognito sent"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_code_source):
    person = cognito_people[name]
    return verify_email(cognito, person, delivered_code(cognito_code_source, person, cognito_scenario_notes[name], "verify_email"))


@when(phrase("{name:Person} verifies the email address with a wrong code"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito):
    return verify_email(cognito, cognito_people[name], WRONG_CODE)


@when(phrase("{name:Person} changes the email address"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito_scenario_notes, cognito):
    person = cognito_people[name]
    cognito_scenario_notes[name].new_email = f"new-{person.email}"
    return attempt("UpdateUserAttributes", cognito.update_user_attributes, AccessToken=person.access_token,
                   UserAttributes=[{"Name": "email", "Value": cognito_scenario_notes[name].new_email}])


@then(phrase("{name:Person}'s email address is the {which:w} one"))
def _(name, which, cognito_people, cognito_scenario_notes, cognito, cognito_user_pool):
    person = cognito_people[name]
    expected = {"new": cognito_scenario_notes[name].new_email, "old": person.email}[which]
    assert stored_attributes(cognito, cognito_user_pool, person).get("email") == expected


@when(phrase("{name:Person} asks for the sign-up code again"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_app_client):
    person = cognito_people[name]
    extra = secret_hash.for_client(cognito_app_client, person.username, secret_hash.REQUEST_MEMBER)
    outcome = attempt("ResendConfirmationCode", cognito.resend_confirmation_code, ClientId=cognito_app_client.id,
                      Username=person.username, **extra)
    if outcome.ok:
        cognito_scenario_notes[name].deliveries["sign_up"] = outcome.response
    return outcome
