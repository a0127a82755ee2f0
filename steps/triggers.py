"""The Lambda-trigger steps every trigger feature shares: pools with the suite's trigger functions, what
a trigger is asked to answer for a person, and the invocation each scenario proves first (issue 22).

The events come from the run's Deployment (``cognito_triggers``): CloudWatch Logs on AWS and ministack,
the local Invoke API's record on cognito-local; moto never has any.
"""

from __future__ import annotations

import pytest
from pytest_bdd import given, then

from cognito_conformance.configurations import (trigger_pool, trigger_pool_remembering_devices,
                                                 trigger_pool_requiring_sms_mfa)
from cognito_conformance.triggers import TriggerSet, behaviours
from cognito_conformance.triggers.deployment import TriggerEvent

from .grammar import phrase
from .steps_support import latest, request_of
from .trigger_requests import CLIENT_METADATA, VALIDATION_DATA
from .user_pools import provision

#: The exceptions the API Reference lists for a trigger's failure on every operation that invokes one.
LAMBDA_ERRORS = ("UserLambdaValidationException", "InvalidLambdaResponseException", "UnexpectedLambdaException")
#: The documented members of every event (Developer Guide, "Customizing user pool workflows with Lambda
#: triggers", "User pool Lambda trigger event").
COMMON_FIELDS = ("version", "triggerSource", "region", "userPoolId", "userName", "callerContext", "request",
                 "response")


@pytest.fixture
def cognito_trigger_events():
    """The events a scenario's invocation steps found, by (trigger, person), for later Thens."""
    return {}


@given(phrase("a user pool with a {trigger:Trigger} trigger"), target_fixture="cognito_user_pool")
def _(trigger, cognito_provisioner):
    return provision(cognito_provisioner, trigger_pool(TriggerSet((trigger,))))


@given(phrase("a user pool with {first:Trigger} and {second:Trigger} triggers"), target_fixture="cognito_user_pool")
def _(first, second, cognito_provisioner):
    return provision(cognito_provisioner, trigger_pool(TriggerSet((first, second))))


@given(phrase("a user pool that remembers devices when the user agrees, with a {trigger:Trigger} trigger"),
       target_fixture="cognito_user_pool")
def _(trigger, cognito_provisioner):
    return provision(cognito_provisioner, trigger_pool_remembering_devices(TriggerSet((trigger,))))


@given(phrase("a user pool that requires MFA by SMS, with a {trigger:Trigger} trigger"), target_fixture="cognito_user_pool")
def _(trigger, cognito_provisioner):
    return provision(cognito_provisioner, trigger_pool_requiring_sms_mfa(TriggerSet((trigger,))))


@given(phrase("the {trigger:Trigger} trigger answers {answer:TriggerAnswer} for {name:Person}"))
def _(trigger, answer, name, cognito_people):
    behaviours.give(cognito_people[name], behaviours.word_for(trigger, answer))


@given(phrase("the {trigger:Trigger} trigger {behaviour:CommonBehaviour} for {name:Person}"))
def _(trigger, behaviour, name, cognito_people):
    behaviours.give(cognito_people[name], behaviours.common_word(trigger, behaviour))


def is_for(event: TriggerEvent, person) -> bool:
    """Whether an event is about this person: their username, or (a pool whose usernames Cognito makes) their
    email address."""
    if event.user_name == person.username:
        return True
    attributes = event.request.get("userAttributes") or {}
    return isinstance(attributes, dict) and attributes.get("email") == person.email


def received(deployment, pool, trigger: str, source: str, person) -> list[TriggerEvent]:
    """The events of this trigger source for this person, waiting (up to the deployment's deadline) for one."""
    def wanted(found):
        return [e for e in found if e.source == source and is_for(e, person)]

    return wanted(deployment.events(pool.id, trigger, until=lambda found: bool(wanted(found))))


@then(phrase("the {trigger:Trigger} trigger received a {source:TriggerSource} event for {name:Person}"))
def _(trigger, source, name, cognito_triggers, cognito_user_pool, cognito_people, cognito_trigger_events):
    """Invocation first: every trigger scenario proves the function ran before its other Thens."""
    person = cognito_people[name]
    found = received(cognito_triggers, cognito_user_pool, trigger, source, person)
    if not found:
        seen = sorted({f"{e.source} for {e.user_name}" for e in cognito_triggers.events(cognito_user_pool.id)})
        raise AssertionError(f"the {trigger} trigger received no {source} event for {name} "
                             f"(the pool's functions received: {seen or 'nothing'})")
    event = found[-1].event
    missing = [member for member in COMMON_FIELDS if member not in event]
    assert not missing, f"the {source} event lacks the documented member(s) {missing}: it has {sorted(event)}"
    assert event["userPoolId"] == cognito_user_pool.id, f"the event names pool {event['userPoolId']!r}"
    for member in ("version", "region", "userName"):
        assert isinstance(event[member], str) and event[member], f"the event's {member} is {event[member]!r}"
    caller = event["callerContext"]
    assert isinstance(caller, dict) and {"awsSdkVersion", "clientId"} <= set(caller), \
        f"the event's callerContext is {caller!r}: the documented members are awsSdkVersion and clientId"
    cognito_trigger_events[(trigger, name)] = event
    cognito_trigger_events["latest"] = event


@then(phrase("the {trigger:Trigger} trigger received no {source:TriggerSource} event for {name:Person}"))
def _(trigger, source, name, cognito_triggers, cognito_user_pool, cognito_people, cognito_trigger_events):
    """After an earlier step proved the pool's functions run in this scenario: this one did not run for it."""
    latest(cognito_trigger_events)
    person = cognito_people[name]
    found = [e for e in cognito_triggers.events(cognito_user_pool.id, trigger) if e.source == source and is_for(e, person)]
    assert not found, f"the {trigger} trigger received {len(found)} {source} event(s) for {name}"


@then(phrase("the event carries the client metadata {name:Person} sent"))
def _(name, cognito_trigger_events):
    got = request_of(latest(cognito_trigger_events)).get("clientMetadata")
    assert got == CLIENT_METADATA, f"the event's request.clientMetadata is {got!r}, {name} sent {CLIENT_METADATA!r}"


@then(phrase("the event carries the client metadata {name:Person} sent as its validation data"))
def _(name, cognito_trigger_events):
    got = request_of(latest(cognito_trigger_events)).get("validationData")
    assert got == CLIENT_METADATA, f"the event's request.validationData is {got!r}, {name} sent {CLIENT_METADATA!r}"


@then("the event carries no client metadata")
def _(cognito_trigger_events):
    got = request_of(latest(cognito_trigger_events)).get("clientMetadata")
    assert not got, f"the event's request.clientMetadata is {got!r}"


@then(phrase("the event carries the validation data {name:Person} sent"))
def _(name, cognito_trigger_events):
    got = request_of(latest(cognito_trigger_events)).get("validationData")
    assert got == VALIDATION_DATA, f"the event's request.validationData is {got!r}, {name} sent {VALIDATION_DATA!r}"


@then(phrase("the event's user attributes include {name:Person}'s email address"))
def _(name, cognito_people, cognito_trigger_events):
    attributes = request_of(latest(cognito_trigger_events)).get("userAttributes") or {}
    assert isinstance(attributes, dict) and attributes.get("email") == cognito_people[name].email, \
        f"the event's request.userAttributes are {sorted(attributes) if isinstance(attributes, dict) else attributes!r}"


@then("the event names the pool's region and the app client")
def _(cognito_trigger_events, cognito_user_pool, cognito_app_client):
    event = latest(cognito_trigger_events)
    region = cognito_user_pool.id.split("_", 1)[0]
    assert event.get("region") == region, f"the event's region is {event.get('region')!r}, the pool's is {region!r}"
    client = (event.get("callerContext") or {}).get("clientId")
    assert client == cognito_app_client.id, f"the event's callerContext.clientId is {client!r}"


@then("the event says the user was not found")
def _(cognito_trigger_events):
    got = request_of(latest(cognito_trigger_events)).get("userNotFound")
    assert got is True, f"the event's request.userNotFound is {got!r}"


@then("the event says the user signed in on a new device")
def _(cognito_trigger_events):
    got = request_of(latest(cognito_trigger_events)).get("newDeviceUsed")
    assert got is True, f"the event's request.newDeviceUsed is {got!r}"



@then("Cognito refuses it with one of its Lambda exceptions")
def _(cognito_outcome):
    assert cognito_outcome.error_code in LAMBDA_ERRORS, \
        f"expected one of {', '.join(LAMBDA_ERRORS)}, got {cognito_outcome.describe()}"



@given(phrase("a user pool of the scenario's own with a {trigger:Trigger} trigger"), target_fixture="cognito_user_pool")
def _(trigger, cognito_provisioner):
    """A pool no other scenario uses (per run and worker), for a scenario that changes it."""
    from dataclasses import replace

    spec = trigger_pool(TriggerSet((trigger,)))
    return provision(cognito_provisioner, replace(spec, key=f"{spec.key} changed by a scenario"))


@then("the pool names no Lambda trigger")
def _(cognito, cognito_user_pool):
    config = cognito.describe_user_pool(UserPoolId=cognito_user_pool.id)["UserPool"].get("LambdaConfig") or {}
    assert not config, f"the pool's LambdaConfig is still {config}"
