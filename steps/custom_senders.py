"""Custom sender trigger scenarios: the code Cognito hands the CustomEmailSender / CustomSMSSender function
instead of sending it, encrypted with the pool's KMS key, and what that code does (issue 22).

The suite's sender functions deliver nothing: their read-back line carries the event, and the steps here
decrypt ``request.code`` with the pool's key (cognito_conformance/triggers/sender_codes.py) using the run's
own KMS access.
"""

from __future__ import annotations

import html

import pytest
from pytest_bdd import then, when

from cognito_conformance import auth
from cognito_conformance.outcome import attempt
from cognito_conformance.triggers import CUSTOM_SENDERS
from cognito_conformance.triggers.sender_codes import EncryptionSdkMissing, decrypt

from .grammar import phrase
from .passwords import confirm_forgot_password
from .signup import confirm_sign_up
from .triggers import is_for

#: The request type each custom sender's event carries (Developer Guide, "Custom email sender Lambda trigger").
REQUEST_TYPES = {"CustomEmailSender": "customEmailSenderRequestV1", "CustomSMSSender": "customSMSSenderRequestV1"}


def pool_key(cognito, user_pool) -> str:
    """The KMS key the pool's custom senders encrypt with (LambdaConfig.KMSKeyID, as the pool states it)."""
    described = cognito.describe_user_pool(UserPoolId=user_pool.id)["UserPool"]
    key = (described.get("LambdaConfig") or {}).get("KMSKeyID")
    assert key, f"pool {user_pool.id} states no LambdaConfig.KMSKeyID"
    return key


def sent_code(cognito_triggers, cognito_user_pool, person, source: str) -> str:
    trigger = source.split("_", 1)[0]
    found = [e for e in cognito_triggers.events(cognito_user_pool.id, trigger,
                                                until=lambda f: any(e.source == source and is_for(e, person) for e in f))
             if e.source == source and is_for(e, person)]
    assert found, f"the {trigger} trigger received no {source} event for {person.name}"
    code = found[-1].request.get("code")
    assert isinstance(code, str) and code, f"the {source} event carries no request.code: {sorted(found[-1].request)}"
    return code


def decrypted(cognito_backend, cognito, user_pool, code: str) -> str:
    try:
        return decrypt(code, pool_key(cognito, user_pool), cognito_backend.service_client("kms"))
    except EncryptionSdkMissing as why:
        pytest.skip(str(why))


@then(phrase("the {trigger:Trigger} event for {name:Person} is a {request_type} request"))
def _(trigger, name, request_type, cognito_trigger_events):
    assert trigger in CUSTOM_SENDERS, f"{trigger} is not a custom sender trigger"
    event = cognito_trigger_events.get((trigger, name))
    assert event is not None, "this step follows the one that proves the trigger ran"
    got = (event.get("request") or {}).get("type")
    assert got == request_type == REQUEST_TYPES[trigger], f"the event's request.type is {got!r}"


@then(phrase("the code of the {source:TriggerSource} event for {name:Person} is not in clear and decrypts with "
             "the user pool's KMS key"))
def _(source, name, cognito_triggers, cognito_user_pool, cognito_people, cognito, cognito_backend):
    person = cognito_people[name]
    code = sent_code(cognito_triggers, cognito_user_pool, person, source)
    plaintext = decrypted(cognito_backend, cognito, cognito_user_pool, code)
    assert plaintext and plaintext != code, "the code decrypted to nothing"
    assert plaintext not in code, "the event carries the code in clear"


@when(phrase("{name:Person} confirms the sign-up with the code the {source:TriggerSource} event carried"),
      target_fixture="cognito_outcome")
def _(name, source, cognito_triggers, cognito_user_pool, cognito_people, cognito, cognito_backend,
      cognito_app_client):
    person = cognito_people[name]
    code = decrypted(cognito_backend, cognito, cognito_user_pool,
                     sent_code(cognito_triggers, cognito_user_pool, person, source))
    return confirm_sign_up(cognito, cognito_app_client, person, code)


@when(phrase("{name:Person} sets a new password with the code the {source:TriggerSource} event carried"),
      target_fixture="cognito_outcome")
def _(name, source, cognito_triggers, cognito_user_pool, cognito_people, cognito, cognito_backend,
      cognito_app_client):
    person = cognito_people[name]
    code = decrypted(cognito_backend, cognito, cognito_user_pool,
                     sent_code(cognito_triggers, cognito_user_pool, person, source))
    return confirm_forgot_password(cognito, cognito_app_client, person, code)


#: A phone number of the range reserved for fiction (+1 555 0100-0199), for invitations by SMS.
PHONE = "+15555550142"


@when(phrase("an administrator invites {name:Person} by {medium:w} with a temporary password"),
      target_fixture="cognito_outcome")
def _(name, medium, cognito_people, cognito, cognito_user_pool):
    """AdminCreateUser that sends the invitation (no MessageAction): by EMAIL to the person's address, or by SMS
    to a phone number of the fiction range."""
    person = cognito_people[name]
    person.pool_id = cognito_user_pool.id
    attributes = [{"Name": "email", "Value": person.email}, {"Name": "email_verified", "Value": "true"}]
    if medium == "SMS":
        attributes += [{"Name": "phone_number", "Value": PHONE}, {"Name": "phone_number_verified", "Value": "true"}]
    return attempt("AdminCreateUser", cognito.admin_create_user, UserPoolId=cognito_user_pool.id,
                   Username=person.username, TemporaryPassword=person.password, UserAttributes=attributes,
                   DesiredDeliveryMediums=[medium])


@when(phrase("{name:Person} signs in with {flow:Flow} using the temporary password the {source:TriggerSource} "
             "event carried"), target_fixture="cognito_outcome")
def _(name, flow, source, cognito_triggers, cognito_user_pool, cognito_people, cognito, cognito_backend,
      cognito_app_client):
    """The temporary password as the sender function would deliver it: decrypted, and HTML-unescaped (the
    Developer Guide's example function unescapes it before sending)."""
    person = cognito_people[name]
    password = html.unescape(decrypted(cognito_backend, cognito, cognito_user_pool,
                                       sent_code(cognito_triggers, cognito_user_pool, person, source)))
    outcome = auth.sign_in(cognito, cognito_app_client, flow, person.username, password)
    outcome.flow = flow
    return outcome
