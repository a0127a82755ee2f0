"""The calls of the trigger scenarios that carry what a trigger receives: ClientMetadata, ValidationData,
a phone number (issue 22). The plain calls (signing up, signing in, confirming) are the other step modules'."""

from __future__ import annotations

from pytest_bdd import given, when

from cognito_conformance import auth, secret_hash
from cognito_conformance.outcome import attempt
from cognito_conformance.people import strong_password

from .grammar import phrase

#: What the scenarios send as ClientMetadata, and as ValidationData (which SignUp takes as attribute pairs).
CLIENT_METADATA = {"cc_purpose": "trigger scenario"}
VALIDATION_DATA = {"cc_check": "validation data"}
#: A phone number of the range reserved for fiction (+1 555 0100-0199), for the phone verification flag.
PHONE = "+15555550123"


def sign_up(cognito, app_client, person, notes, **extra):
    person.pool_id = app_client.pool_id
    attributes = [{"Name": "email", "Value": person.email}, *extra.pop("more_attributes", [])]
    params = {"ClientId": app_client.id, "Username": person.username, "Password": person.password,
              "UserAttributes": attributes, **extra}
    params.update(secret_hash.for_client(app_client, person.username, secret_hash.REQUEST_MEMBER))
    outcome = attempt("SignUp", cognito.sign_up, **params)
    if outcome.ok:
        notes.deliveries["sign_up"] = outcome.response
    return outcome


@when(phrase("{name:Person} signs up with client metadata"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_app_client):
    return sign_up(cognito, cognito_app_client, cognito_people[name], cognito_scenario_notes[name],
                   ClientMetadata=CLIENT_METADATA)


@when(phrase("{name:Person} signs up with validation data"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_app_client):
    return sign_up(cognito, cognito_app_client, cognito_people[name], cognito_scenario_notes[name],
                   ValidationData=[{"Name": k, "Value": v} for k, v in VALIDATION_DATA.items()])


@when(phrase("{name:Person} signs up with a phone number"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_app_client):
    return sign_up(cognito, cognito_app_client, cognito_people[name], cognito_scenario_notes[name],
                   more_attributes=[{"Name": "phone_number", "Value": PHONE}])


@when(phrase("an administrator confirms {name:Person}'s sign-up with client metadata"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_user_pool):
    return attempt("AdminConfirmSignUp", cognito.admin_confirm_sign_up, UserPoolId=cognito_user_pool.id,
                   Username=cognito_people[name].username, ClientMetadata=CLIENT_METADATA)


def sign_in_with_metadata(cognito, app_client, person, flow):
    params = {"USERNAME": person.username, "PASSWORD": person.password,
              **secret_hash.for_client(app_client, person.username)}
    if flow == "ADMIN_USER_PASSWORD_AUTH":
        outcome = attempt("AdminInitiateAuth", cognito.admin_initiate_auth, UserPoolId=app_client.pool_id,
                          ClientId=app_client.id, AuthFlow=flow, AuthParameters=params, ClientMetadata=CLIENT_METADATA)
    else:
        outcome = attempt("InitiateAuth", cognito.initiate_auth, ClientId=app_client.id, AuthFlow=flow,
                          AuthParameters=params, ClientMetadata=CLIENT_METADATA)
    outcome.flow = flow
    if outcome.result:
        person.keep_tokens(outcome.result)
    return outcome


@when(phrase("{name:Person} signs in with {flow:Flow} and client metadata"), target_fixture="cognito_outcome")
def _(name, flow, cognito_people, cognito, cognito_app_client):
    return sign_in_with_metadata(cognito, cognito_app_client, cognito_people[name], flow)


@when(phrase("{name:Person} answers with a new password and client metadata"), target_fixture="cognito_outcome")
def _(name, challenge, cognito_people, cognito, cognito_app_client):
    person = cognito_people[name]
    new_password = strong_password()
    responses = {"USERNAME": person.username, "NEW_PASSWORD": new_password,
                 **secret_hash.for_client(cognito_app_client, person.username)}
    outcome = attempt("RespondToAuthChallenge", cognito.respond_to_auth_challenge, ClientId=cognito_app_client.id,
                      ChallengeName="NEW_PASSWORD_REQUIRED", ChallengeResponses=responses,
                      Session=challenge.response["Session"], ClientMetadata=CLIENT_METADATA)
    if outcome.result:
        person.change_password(new_password)
        person.keep_tokens(outcome.result)
    return outcome


@when(phrase("{name:Person} asks to reset the password with client metadata"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_app_client):
    person = cognito_people[name]
    person.pool_id = cognito_app_client.pool_id
    outcome = attempt("ForgotPassword", cognito.forgot_password, ClientId=cognito_app_client.id,
                      Username=person.username, ClientMetadata=CLIENT_METADATA,
                      **secret_hash.for_client(cognito_app_client, person.username, secret_hash.REQUEST_MEMBER))
    if outcome.ok:
        cognito_scenario_notes[name].deliveries["forgot_password"] = outcome.response
    return outcome


@when(phrase("{name:Person}, who is not in the pool yet, signs in with {flow:Flow}"), target_fixture="cognito_outcome")
def _(name, flow, cognito_people, cognito, cognito_app_client):
    """A user the pool does not know (a legacy store's user, for the migrate user trigger)."""
    person = cognito_people[name]
    person.pool_id = cognito_app_client.pool_id  # if migrated, the account is deleted after the scenario
    outcome = auth.sign_in(cognito, cognito_app_client, flow, person.username, person.password)
    outcome.flow = flow
    if outcome.result:
        person.keep_tokens(outcome.result)
    return outcome


@given(phrase("{name:Person} has signed up and been confirmed by an administrator"))
def _(name, cognito_people, cognito_scenario_notes, cognito, cognito_app_client):
    from .common import expect_ok

    person = cognito_people[name]
    expect_ok(sign_up(cognito, cognito_app_client, person, cognito_scenario_notes[name]), f"{name} signs up")
    expect_ok(attempt("AdminConfirmSignUp", cognito.admin_confirm_sign_up, UserPoolId=cognito_app_client.pool_id,
                      Username=person.username), f"an administrator confirms {name}'s sign-up")


@when(phrase("an administrator creates an account for {name:Person} with client metadata"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_user_pool):
    person = cognito_people[name]
    person.pool_id = cognito_user_pool.id
    return attempt("AdminCreateUser", cognito.admin_create_user, UserPoolId=cognito_user_pool.id,
                   Username=person.username, TemporaryPassword=person.password, MessageAction="SUPPRESS",
                   UserAttributes=[{"Name": "email", "Value": person.email},
                                   {"Name": "email_verified", "Value": "true"}], ClientMetadata=CLIENT_METADATA)
