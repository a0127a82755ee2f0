"""What the trigger step modules share without being steps: the event the last invocation step found."""

from __future__ import annotations


def latest(cognito_trigger_events) -> dict:
    """The event the scenario's last invocation step found ("the event")."""
    if "latest" not in cognito_trigger_events:
        raise AssertionError("a Then about the event came before any step proved the trigger received one")
    return cognito_trigger_events["latest"]


def request_of(event: dict) -> dict:
    found = event.get("request")
    return found if isinstance(found, dict) else {}


def request_of_latest(cognito_trigger_events) -> dict:
    return request_of(latest(cognito_trigger_events))
