"""Migrate user trigger scenarios: a legacy store's user signing in or resetting the password (issue 22).

The emails Cognito sent a migrated user are read from ministack's mailbox; elsewhere those steps skip, saying
so (steps/custom_message.py, ``mailbox``)."""

from __future__ import annotations

from pytest_bdd import given, then

from cognito_conformance.codes import codes_in
from cognito_conformance.triggers.handlers.common import password_digest
from cognito_conformance.triggers.handlers.user_migration import email_of

from .custom_message import mailbox
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


def emails_to_migrated(cognito_settings, person) -> list[dict]:
    """The emails sent to the address the suite's legacy store answered for the person (handlers/user_migration)."""
    return mailbox(cognito_settings).messages_to(email_of(person.username))


def welcome_problem(sent: list[dict], welcome: bool) -> str | None:
    """What is wrong with the emails a user migrated on a password reset was sent, or None: the reset code, and
    besides it a welcome message (``welcome``) or nothing else."""
    subjects = "; ".join(repr(m.get("Subject")) for m in sent) or "none"
    if not any(codes_in(message) for message in sent):
        return f"no email carries the password reset code (subjects: {subjects})"
    if welcome and len(sent) < 2:
        return f"the reset code is the only email: no welcome message (subjects: {subjects})"
    if not welcome and len(sent) != 1:
        return f"{len(sent)} emails, where the reset code should be the only one (subjects: {subjects})"
    return None


@then(phrase("Cognito emailed {name:Person} the password reset code and nothing else"))
def _(name, cognito_people, cognito_settings):
    problem = welcome_problem(emails_to_migrated(cognito_settings, cognito_people[name]), welcome=False)
    assert problem is None, f"Cognito emailed {name}: {problem}"


@then(phrase("Cognito emailed {name:Person} a welcome message as well as the password reset code"))
def _(name, cognito_people, cognito_settings):
    problem = welcome_problem(emails_to_migrated(cognito_settings, cognito_people[name]), welcome=True)
    assert problem is None, f"Cognito emailed {name}: {problem}"
