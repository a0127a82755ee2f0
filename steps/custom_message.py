"""Custom message trigger scenarios: the placeholders the function gets and the message Cognito sends
(issue 22). The message sent is read from ministack's mailbox; elsewhere that step skips, saying so."""

from __future__ import annotations

import pytest
from pytest_bdd import then, when

from cognito_conformance.codes import MinistackMailbox, body_of
from cognito_conformance.outcome import attempt
from cognito_conformance.triggers.handlers.custom_message import SUBJECT, message

from .steps_support import request_of_latest
from .grammar import phrase


@when(phrase("an administrator creates an account for {name:Person} and Cognito sends the invitation"),
      target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_user_pool):
    person = cognito_people[name]
    person.pool_id = cognito_user_pool.id
    return attempt("AdminCreateUser", cognito.admin_create_user, UserPoolId=cognito_user_pool.id,
                   Username=person.username, TemporaryPassword=person.password, DesiredDeliveryMediums=["EMAIL"],
                   UserAttributes=[{"Name": "email", "Value": person.email},
                                   {"Name": "email_verified", "Value": "true"}])


@then("the event offers a code placeholder and a username placeholder")
def _(cognito_trigger_events):
    request = request_of_latest(cognito_trigger_events)
    assert request.get("codeParameter"), f"the event's request has no codeParameter: {sorted(request)}"
    assert request.get("usernameParameter"), f"the event's request has no usernameParameter: {sorted(request)}"


@then("the event offers a code placeholder and no username placeholder")
def _(cognito_trigger_events):
    request = request_of_latest(cognito_trigger_events)
    assert request.get("codeParameter"), f"the event's request has no codeParameter: {sorted(request)}"
    assert not request.get("usernameParameter"), \
        f"the event's request.usernameParameter is {request.get('usernameParameter')!r}"


def mailbox(cognito_settings) -> MinistackMailbox:
    source = cognito_settings.code_source
    if not isinstance(source, MinistackMailbox):
        pytest.skip("the message Cognito sent can be read here only from ministack's mailbox; "
                    f"this run's code source is {source.description}")
    return source


def sent_to(source: MinistackMailbox, person) -> dict:
    to_person = source.messages_to(person.email)
    assert to_person, f"no email was sent to {person.name}"
    return to_person[-1]


@then(phrase("the email Cognito sent {name:Person} is the function's message with the code filled in"))
def _(name, cognito_people, cognito_settings, cognito_trigger_events):
    person = cognito_people[name]
    event = cognito_trigger_events["latest"]
    sent = sent_to(mailbox(cognito_settings), person)
    request = request_of_latest(cognito_trigger_events)
    template = message(request.get("codeParameter"), request.get("usernameParameter"))
    before, after = template.split(request["codeParameter"], 1)
    body = body_of(sent)
    assert sent.get("Subject") == SUBJECT.format(source=event.get("triggerSource")), \
        f"the email's subject is {sent.get('Subject')!r}"
    expected_after = after.replace(request.get("usernameParameter") or "\0", person.username)
    assert body.startswith(before) and body.endswith(expected_after), f"the email reads {body!r}"
    code = body[len(before):len(body) - len(expected_after)]
    assert code and request["codeParameter"] not in body, f"the email carries no code in place of the placeholder"
