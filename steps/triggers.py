"""The Lambda-trigger steps every trigger feature shares: pools with the suite's trigger functions, what
a trigger is asked to answer for a person, and the invocation each scenario proves first (issue 22).

The events come from the run's Deployment (``cognito_triggers``): CloudWatch Logs on AWS and ministack,
the local Invoke API's record on cognito-local; moto never has any.
"""

from __future__ import annotations

import pytest
from pytest_bdd import given, then

from cognito_conformance.configurations import trigger_pool
from cognito_conformance.triggers import TriggerSet, behaviours
from cognito_conformance.triggers.deployment import TriggerEvent

from .grammar import phrase
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


@given(phrase("the {trigger:Trigger} trigger answers {answer} for {name:Person}"))
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


@then("Cognito refuses it with one of its Lambda exceptions")
def _(cognito_outcome):
    assert cognito_outcome.error_code in LAMBDA_ERRORS, \
        f"expected one of {', '.join(LAMBDA_ERRORS)}, got {cognito_outcome.describe()}"
