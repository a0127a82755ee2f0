"""Migrate user trigger scenarios: a legacy store's user signing in or resetting the password (issue 22)."""

from __future__ import annotations

from pytest_bdd import given, then

from cognito_conformance.triggers.handlers.common import password_digest

from .grammar import phrase
from .steps_support import request_of_latest


@given(phrase("{name:Person}'s password in the legacy store is shorter than the pool's policy allows"))
def _(name, cognito_people):
    """7 characters, where the pool asks for 8 (the suite's pools' strict policy)."""
    cognito_people[name].password = "Aa1!bcd"


@then(phrase("the event carries the password {name:Person} signed in with"))
def _(name, cognito_people, cognito_trigger_events):
    got = request_of_latest(cognito_trigger_events).get("password")
    # The function prints the password as its digest (handlers/common.py), never as itself.
    assert got == password_digest(cognito_people[name].password), "the event's request.password is not the one used"


@then("the event carries no password")
def _(cognito_trigger_events):
    assert not request_of_latest(cognito_trigger_events).get("password"), "the event's request carries a password"


@then(phrase("the {trigger:Trigger} trigger received exactly one {source:TriggerSource} event for {name:Person}"))
def _(trigger, source, name, cognito_triggers, cognito_user_pool, cognito_people):
    from .triggers import is_for

    person = cognito_people[name]
    found = [e for e in cognito_triggers.events(cognito_user_pool.id, trigger) if e.source == source and is_for(e, person)]
    assert len(found) == 1, f"the {trigger} trigger received {len(found)} {source} events for {name}"
