"""MFA: software tokens (TOTP) and SMS, their setup, preferences and the sign-in challenges."""

from __future__ import annotations

import base64
import binascii
import json

from pytest_bdd import given, then, when

from cognito_conformance import auth
from cognito_conformance.outcome import attempt
from cognito_conformance.totp import seconds_to_next_code, totp_code

from .common import expect_ok
from .grammar import phrase
from .signup import delivered_code

PHONE = "+15555550100"
WRONG_CODE = "000000"


def authenticator_code(person, notes, clock) -> str:
    """The app's current code; a code is used once, so wait for the next one if this was used."""
    code = totp_code(person.totp_secret)
    if code == notes.last_totp_code:
        clock.advance(seconds_to_next_code())
        code = totp_code(person.totp_secret)
    notes.last_totp_code = code
    return code


def add_software_token(cognito, person, session=None):
    credentials = {"Session": session} if session else {"AccessToken": person.access_token}
    outcome = attempt("AssociateSoftwareToken", cognito.associate_software_token, **credentials)
    if outcome.ok:
        person.totp_secret = outcome.response["SecretCode"]
    return outcome


def confirm_software_token(cognito, person, code, session=None):
    credentials = {"Session": session} if session else {"AccessToken": person.access_token}
    return attempt("VerifySoftwareToken", cognito.verify_software_token, UserCode=code,
                   FriendlyDeviceName="authenticator", **credentials)


def prefer_software_token(cognito, person):
    return attempt("SetUserMFAPreference", cognito.set_user_mfa_preference, AccessToken=person.access_token,
                   SoftwareTokenMfaSettings={"Enabled": True, "PreferredMfa": True})


@when(phrase("{name:Person} adds a software token"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito):
    return add_software_token(cognito, cognito_people[name])


@given(phrase("{name:Person} has added a software token"))
def _(name, cognito_people, cognito):
    expect_ok(add_software_token(cognito, cognito_people[name]), f"AssociateSoftwareToken for {name}")


def add_and_confirm_software_token(cognito, person, notes, clock) -> None:
    expect_ok(add_software_token(cognito, person), f"AssociateSoftwareToken for {person.name}")
    expect_ok(confirm_software_token(cognito, person, authenticator_code(person, notes, clock)), "VerifySoftwareToken")


@given(phrase("{name:Person} has added and confirmed a software token"))
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_clock):
    add_and_confirm_software_token(cognito, cognito_people[name], cognito_scenario_notes[name], cognito_clock)


@given(phrase("{name:Person} has set up a software token"))
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_clock):
    add_and_confirm_software_token(cognito, cognito_people[name], cognito_scenario_notes[name], cognito_clock)
    expect_ok(prefer_software_token(cognito, cognito_people[name]), "SetUserMFAPreference")


#: How long the code that set up a software token must stay the app's current code, for a scenario
#: that uses it again at sign-in within the same 30 seconds (a sign-in takes a few requests).
FRESH_CODE_SECONDS = 15


@given(phrase("{name:Person} has set up a software token with a code the app has just shown"))
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_clock):
    """As "has set up a software token", but the code is confirmed early in its 30 seconds (waiting for
    the next one if needed), so that it is still the app's current code when the scenario uses it again."""
    if seconds_to_next_code() < FRESH_CODE_SECONDS:
        cognito_clock.advance(seconds_to_next_code())
    add_and_confirm_software_token(cognito, cognito_people[name], cognito_scenario_notes[name], cognito_clock)
    expect_ok(prefer_software_token(cognito, cognito_people[name]), "SetUserMFAPreference")


@then(phrase("Cognito gives {name:Person} a secret for an authenticator app"))
def _(name, cognito_outcome):
    secret = cognito_outcome.response["SecretCode"]
    try:
        key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    except binascii.Error:
        raise AssertionError("the secret is not base32, which authenticator apps read") from None
    assert len(key) >= 16, f"the secret has {len(key) * 8} bits; RFC 4226 asks for at least 128"


@then(phrase("{name:Person}'s and {other:Person}'s secrets differ"))
def _(name, other, cognito_people):
    assert cognito_people[name].totp_secret != cognito_people[other].totp_secret, "both were handed the same secret"


@when(phrase("{name:Person} confirms the software token with a code from the authenticator app"),
      target_fixture="cognito_outcome")
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_clock):
    person = cognito_people[name]
    return confirm_software_token(cognito, person, authenticator_code(person, cognito_scenario_notes[name], cognito_clock))


@when(phrase("{name:Person} confirms the software token with a wrong code"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito):
    return confirm_software_token(cognito, cognito_people[name], WRONG_CODE)


@then("the software token is confirmed")
def _(cognito_outcome):
    assert cognito_outcome.ok and cognito_outcome.response.get("Status") == "SUCCESS", cognito_outcome.describe()


@when(phrase("{name:Person} makes the software token the preferred MFA"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito):
    return prefer_software_token(cognito, cognito_people[name])


@then(phrase("an administrator sees no MFA setting on {name:Person}'s account"))
def _(name, cognito_people, cognito, cognito_user_pool):
    user = cognito.admin_get_user(UserPoolId=cognito_user_pool.id, Username=cognito_people[name].username)
    named = {key: user[key] for key in ("UserMFASettingList", "PreferredMfaSetting") if key in user}
    assert not named, f"AdminGetUser names {named}"


@then(phrase("{name:Person}'s preferred MFA is {factor:w}"))
def _(name, factor, cognito_people, cognito, cognito_user_pool):
    user = cognito.admin_get_user(UserPoolId=cognito_user_pool.id, Username=cognito_people[name].username)
    assert user.get("PreferredMfaSetting") == factor, f"PreferredMfaSetting is {user.get('PreferredMfaSetting')!r}"


def answer(cognito, app_client, challenge, person, code):
    key = auth.ANSWER_KEYS[challenge.response["ChallengeName"]]
    outcome = auth.answer_challenge(cognito, app_client, challenge, person.username, {key: code})
    if outcome.result:
        person.keep_tokens(outcome.result)
    return outcome


@when(phrase("{name:Person} answers with a code from the authenticator app"), target_fixture="cognito_outcome")
def _(name, challenge, cognito_people, cognito_scenario_notes, cognito, cognito_app_client, cognito_clock):
    person = cognito_people[name]
    return answer(cognito, cognito_app_client, challenge, person, authenticator_code(person, cognito_scenario_notes[name], cognito_clock))


@when(phrase("{name:Person} answers with the code that set up the software token"), target_fixture="cognito_outcome")
def _(name, challenge, cognito_people, cognito_scenario_notes, cognito, cognito_app_client):
    person, used = cognito_people[name], cognito_scenario_notes[name].last_totp_code
    assert used, f"{name} set up no software token with a code in this scenario"
    assert totp_code(person.totp_secret) == used, (
        "the code that set up the software token is no longer the app's current code (its 30 seconds passed "
        "during the sign-in): the scenario could not reuse a current code; run it again")
    return answer(cognito, cognito_app_client, challenge, person, used)


@when(phrase("{name:Person} answers with a wrong code"), target_fixture="cognito_outcome")
def _(name, challenge, cognito_people, cognito, cognito_app_client):
    return answer(cognito, cognito_app_client, challenge, cognito_people[name], WRONG_CODE)


@when(phrase("{name:Person} answers with the code Cognito sent"), target_fixture="cognito_outcome")
def _(name, challenge, cognito_people, cognito_scenario_notes, cognito, cognito_app_client, cognito_code_source):
    person = cognito_people[name]
    cognito_scenario_notes[name].deliveries["mfa_sms"] = challenge.response
    code = delivered_code(cognito_code_source, person, cognito_scenario_notes[name], "mfa_sms")
    return answer(cognito, cognito_app_client, challenge, person, code)


@then("the challenge offers SOFTWARE_TOKEN_MFA in a JSON list")
def _(cognito_outcome):
    offered = cognito_outcome.response["ChallengeParameters"].get("MFAS_CAN_SETUP")
    try:
        factors = json.loads(offered)
    except (TypeError, ValueError):
        raise AssertionError(f"MFAS_CAN_SETUP is not a JSON list: {offered!r}") from None
    assert isinstance(factors, list) and "SOFTWARE_TOKEN_MFA" in factors, f"MFAS_CAN_SETUP is {offered!r}"


@when(phrase("{name:Person} sets up a software token through the challenge"), target_fixture="cognito_outcome")
def _(name, challenge, cognito_people, cognito_scenario_notes, cognito, cognito_app_client, cognito_clock):
    person = cognito_people[name]
    added = add_software_token(cognito, person, session=challenge.response["Session"])
    if not added.ok:
        return added
    confirmed = confirm_software_token(cognito, person, authenticator_code(person, cognito_scenario_notes[name], cognito_clock),
                                       session=added.response["Session"])
    if not confirmed.ok:
        return confirmed
    outcome = auth.answer_challenge(cognito, cognito_app_client, challenge, person.username, {},
                                    session=confirmed.response["Session"])
    if outcome.result:
        person.keep_tokens(outcome.result)
    return outcome


@given(phrase("{name:Person} has a verified phone number"))
def _(name, cognito_people, cognito, cognito_user_pool):
    cognito.admin_update_user_attributes(
        UserPoolId=cognito_user_pool.id, Username=cognito_people[name].username,
        UserAttributes=[{"Name": "phone_number", "Value": PHONE}, {"Name": "phone_number_verified", "Value": "true"}])


@given(phrase("{name:Person} prefers SMS MFA"))
def _(name, cognito_people, cognito, cognito_user_pool):
    expect_ok(attempt("AdminSetUserMFAPreference", cognito.admin_set_user_mfa_preference, UserPoolId=cognito_user_pool.id,
                      Username=cognito_people[name].username, SMSMfaSettings={"Enabled": True, "PreferredMfa": True}),
              "AdminSetUserMFAPreference with SMS preferred")


@given(phrase("{name:Person} has asked for SMS as the preferred MFA"))
def _(name, cognito_people, cognito):
    """SetUserMFAPreference with SMS preferred. What Cognito answers on a pool without MFA is not
    documented, so the answer is not checked: the scenario is about the sign-in that follows."""
    attempt("SetUserMFAPreference", cognito.set_user_mfa_preference, AccessToken=cognito_people[name].access_token,
            SMSMfaSettings={"Enabled": True, "PreferredMfa": True})


@then("the challenge names where the code went, masked")
def _(cognito_outcome):
    destination = cognito_outcome.response["ChallengeParameters"].get("CODE_DELIVERY_DESTINATION")
    assert destination, "the SMS_MFA challenge has no CODE_DELIVERY_DESTINATION"
    assert PHONE not in destination and "*" in destination, "the destination is not masked"
